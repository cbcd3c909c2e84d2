// Balance of the solidarity fund over time (data written by the server into #balance-data).
(function () {
  var data = JSON.parse(document.getElementById('balance-data').textContent);
  if (!window.Chart || data.labels.length === 0) { return; }
  new Chart(document.getElementById('balance-chart'), {
    type: 'line',
    data: { labels: data.labels, datasets: [{ label: 'Solde (€)', data: data.values, borderColor: '#1d6b3a', stepped: true }] },
    options: { animation: false, plugins: { legend: { display: false } } }
  });
})();
