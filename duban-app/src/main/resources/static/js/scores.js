// The 考核 ranking as a bar chart, from the data attributes the page carries.
(function () {
  var el = document.getElementById('score-chart');
  if (!el || typeof echarts === 'undefined' || !el.dataset.names) {
    return;
  }
  var names = el.dataset.names.split('|');
  var values = el.dataset.values.split('|').map(Number);
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: 'axis'},
    grid: {left: 140, right: 30, top: 20, bottom: 30},
    xAxis: {type: 'value', name: '得分', min: 0},
    yAxis: {type: 'category', data: names.slice().reverse()},
    series: [{type: 'bar', name: '得分', data: values.slice().reverse(), itemStyle: {color: '#8b1a1a'},
              label: {show: true, position: 'right'}}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
