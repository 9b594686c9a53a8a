// The start page's chart: facts per region, results and targets stacked.
(function () {
  const el = document.getElementById('chart');
  if (!el || !window.echarts || !el.dataset.regions) return;
  const split = s => (s ? s.split('|') : []);
  const chart = echarts.init(el);
  chart.setOption({
    // Drawn on the canvas: an HTML tooltip would carry inline styles the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: ['实际', '目标'] },
    xAxis: { type: 'category', data: split(el.dataset.regions) },
    yAxis: { type: 'value' },
    series: [
      { name: '实际', type: 'bar', stack: 'n', data: split(el.dataset.actual).map(Number) },
      { name: '目标', type: 'bar', stack: 'n', data: split(el.dataset.target).map(Number) }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();
