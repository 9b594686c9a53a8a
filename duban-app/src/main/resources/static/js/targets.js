// Charts of target tracking: an indicator over the years (target against actual) and one
// indicator across places, a range drawn as a lighter extension of its bar. Their data comes in
// JSON blocks of the page; tooltips are drawn on the canvas (the CSP refuses inline styles).
(function () {
  const data = id => {
    const el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  };
  const num = f => (f && f.value !== null && f.value !== undefined ? Number(f.value) : null);

  function seriesChart(data) {
    const el = document.getElementById('series-chart');
    if (!el || !window.echarts || !data || !data.points.length) return;
    const years = data.points.map(p => p.period);
    const targets = data.points.map(p => num(p.target));
    const highs = data.points.map(p => (p.target && p.target.high !== null ? Number(p.target.high) : null));
    const actuals = data.points.map(p => num(p.actual));
    const written = (p, key) => (p[key] ? p[key].written : '—');
    const chart = echarts.init(el);
    const series = [
      { name: '目标', type: 'line', data: targets, connectNulls: true, lineStyle: { type: 'dashed' }, symbol: 'diamond', symbolSize: 9 },
      { name: '实际', type: 'line', data: actuals, connectNulls: true, symbolSize: 8 }
    ];
    if (highs.some(h => h !== null)) {
      series.push({ name: '目标上限', type: 'line', data: highs, connectNulls: false, lineStyle: { type: 'dotted' }, symbol: 'triangle' });
    }
    chart.setOption({
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        formatter: items => {
          const p = data.points[items[0].dataIndex];
          return p.period + '年\n目标：' + written(p, 'target') + '\n实际：' + written(p, 'actual') +
            (p.verdictLabel ? '\n判定：' + p.verdictLabel : '');
        }
      },
      legend: { data: series.map(s => s.name) },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', scale: true, name: data.unit || '' },
      series
    });
    window.addEventListener('resize', () => chart.resize());
  }

  function compareChart(data) {
    const el = document.getElementById('compare-chart');
    if (!el || !window.echarts || !data || !data.values.length) return;
    const regions = data.values.map(v => v.region);
    const low = data.values.map(v => num(v.figure));
    const extra = data.values.map(v => (v.figure.high !== null ? Number(v.figure.high) - Number(v.figure.value) : 0));
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        axisPointer: { type: 'shadow' },
        formatter: items => {
          const v = data.values[items[0].dataIndex];
          return v.region + '：' + v.figure.written + '\n' + (v.figure.documentTitle || v.figure.doc);
        }
      },
      legend: { data: ['数值（区间下限）', '区间上限'] },
      grid: { left: 40, right: 20, top: 90, bottom: 90 },
      xAxis: { type: 'category', data: regions, axisLabel: { rotate: 60, interval: 0 } },
      yAxis: { type: 'value', scale: false, name: data.values[0].figure.unit || '' },
      series: [
        { name: '数值（区间下限）', type: 'bar', stack: 'v', data: low },
        { name: '区间上限', type: 'bar', stack: 'v', data: extra, itemStyle: { opacity: 0.35 },
          label: { show: true, position: 'top', rotate: 90, align: 'left', verticalAlign: 'middle', fontSize: 10,
                   formatter: p => data.values[p.dataIndex].figure.written } }
      ]
    });
    el.dataset.regions = String(regions.length);
    window.addEventListener('resize', () => chart.resize());
  }

  seriesChart(data('series-data'));
  compareChart(data('comparison-data'));
})();
