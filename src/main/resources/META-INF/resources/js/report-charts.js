// Charts of the funders' report (data written by the server into #report-data). The tables below them hold
// the same figures, so the page says everything without JavaScript too.
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  if (!window.Chart) { return; }
  function bar(id, series, label, horizontal) {
    var canvas = document.getElementById(id);
    if (!canvas || !series || series.labels.length === 0) { return; }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: series.labels, datasets: [{ label: label, data: series.values, backgroundColor: '#1d6b3a' }] },
      options: { animation: false, indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } } }
    });
  }
  bar('chart-tiers', data.tiers, 'Foyers');
  bar('chart-kilos', data.kilos, 'kg');
  bar('chart-quality', data.quality, '%');
  bar('chart-producers', data.producers, '€', true);
})();
