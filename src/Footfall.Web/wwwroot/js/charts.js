// Draws the history charts with Chart.js from the JSON blocks the pages render
// (<script type="application/json">; the CSP allows no inline script). Each chart has a table
// with the same figures beside it for screen readers and for browsers without JavaScript.
(function () {
  'use strict';
  if (!window.Chart) { return; }
  var styles = getComputedStyle(document.documentElement);
  var brand = styles.getPropertyValue('--brand').trim() || '#0f6b5c';
  var text = styles.getPropertyValue('--text').trim() || '#1b2a27';
  var accent = '#b4531a';
  var band = 'rgba(15, 107, 92, 0.12)';
  Chart.defaults.color = text;
  Chart.defaults.font.family = styles.getPropertyValue('--font').trim() || 'system-ui, sans-serif';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function series(source, key, color, label, reverse) {
    return {
      type: 'line',
      data: {
        labels: source.minutes,
        datasets: [{ label: label, data: source[key], borderColor: color, borderWidth: 1.5, pointRadius: 0, spanGaps: true, tension: 0.2 }]
      },
      options: {
        plugins: { legend: { display: false } },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'Minutes' } },
          y: { reverse: !!reverse, title: { display: true, text: label } }
        }
      }
    };
  }

  function weekly(source) {
    var low = source.labels.map(function () { return source.bandLow; });
    var high = source.labels.map(function () { return source.bandHigh; });
    return {
      data: {
        labels: source.labels,
        datasets: [
          { type: 'bar', label: 'Distance (km)', data: source.distanceKm, backgroundColor: brand, yAxisID: 'y', order: 3 },
          { type: 'line', label: 'Acute:chronic ratio', data: source.ratio, borderColor: accent, backgroundColor: accent, pointRadius: 2, borderWidth: 2, spanGaps: false, yAxisID: 'ratio', order: 1 },
          { type: 'line', label: 'Usual band 0.8', data: low, borderColor: 'transparent', pointRadius: 0, yAxisID: 'ratio', order: 2 },
          { type: 'line', label: 'Usual band 0.8–1.3', data: high, borderColor: 'transparent', backgroundColor: band, pointRadius: 0, fill: '-1', yAxisID: 'ratio', order: 2 }
        ]
      },
      options: {
        plugins: {
          legend: { labels: { filter: function (item) { return item.text !== 'Usual band 0.8'; } } }
        },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'km per week' } },
          ratio: { position: 'right', min: 0, suggestedMax: 2, grid: { drawOnChartArea: false }, title: { display: true, text: 'Acute:chronic ratio' } }
        }
      }
    };
  }

  var builders = {
    weekly: weekly,
    pace: function (s) { return series(s, 'pace', brand, 'Pace (min/km)', true); },
    heartRate: function (s) { return series(s, 'heartRate', '#a4262c', 'Heart rate (bpm)'); },
    cadence: function (s) { return series(s, 'cadence', '#1a56db', 'Cadence (spm)'); }
  };

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var build = builders[canvas.getAttribute('data-chart')];
    var source = data(canvas.getAttribute('data-source'));
    if (!build || !source) { return; }
    new Chart(canvas, build(source));
  });
  document.querySelectorAll('[data-charts]').forEach(function (box) { box.hidden = false; });
  // With the charts drawn, the tables stay available but folded.
  document.querySelectorAll('[data-chart-table]').forEach(function (table) { table.open = false; });
})();
