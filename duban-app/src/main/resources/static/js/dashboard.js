// The start page's chart: how many targets of each year were met, missed, have no figure yet or
// wait for their report.
(function () {
  const el = document.getElementById('chart');
  if (!el || !window.echarts || !el.dataset.summary) return;
  const VERDICTS = [['met', '达成'], ['missed', '未达成'], ['no_result', '无数据'], ['pending', '待报告']];
  fetch(el.dataset.summary)
    .then(r => r.json())
    .then(summary => {
      // The last fifteen years with targets: older ones are history, not supervision.
      const years = Object.keys(summary).filter(p => /^\d{4}$/.test(p)).sort().slice(-15);
      if (!years.length) {
        el.hidden = true;
        return;
      }
      const chart = echarts.init(el);
      chart.setOption({
        // Drawn on the canvas: an HTML tooltip would carry inline styles the CSP refuses.
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        legend: { data: VERDICTS.map(v => v[1]) },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value', name: '目标数' },
        color: ['#2e8b57', '#c0392b', '#d4a300', '#8a99a8'],
        series: VERDICTS.map(([key, label]) => ({
          name: label, type: 'bar', stack: 'n',
          data: years.map(y => (summary[y] && summary[y][key.toUpperCase()]) || 0)
        }))
      });
      chart.on('click', p => { window.location = '/targets?period=' + years[p.dataIndex]; });
      window.addEventListener('resize', () => chart.resize());
    });
})();
