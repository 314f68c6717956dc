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

  function weeklyDistance(source) {
    return {
      type: 'bar',
      data: {
        labels: source.labels,
        datasets: [{ label: 'Distance (' + (source.distanceUnit || 'km') + ')', data: source.distance, backgroundColor: brand }]
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, title: { display: true, text: (source.distanceUnit || 'km') + ' per week' } } }
      }
    };
  }

  // The ratio has its own chart and axis: the band belongs to the ratio's scale, not to kilometres.
  function weeklyRatio(source) {
    var low = source.labels.map(function () { return source.bandLow; });
    var high = source.labels.map(function () { return source.bandHigh; });
    var top = Math.max(2, Math.ceil(Math.max.apply(null, source.ratio.filter(function (v) { return v !== null; }).concat([0])) * 2) / 2);
    return {
      type: 'line',
      data: {
        labels: source.labels,
        datasets: [
          { label: 'Band low', data: low, borderColor: 'transparent', pointRadius: 0, order: 2 },
          { label: 'Usual band ' + source.bandLow + '–' + source.bandHigh, data: high, borderColor: 'transparent', backgroundColor: band, pointRadius: 0, fill: '-1', order: 2 },
          { label: 'Acute:chronic ratio', data: source.ratio, borderColor: accent, backgroundColor: accent, pointRadius: 3, borderWidth: 2, spanGaps: false, order: 1 }
        ]
      },
      options: {
        plugins: {
          legend: { labels: { filter: function (item) { return item.text !== 'Band low'; } } }
        },
        scales: {
          y: { min: 0, max: top, title: { display: true, text: 'Ratio' } }
        }
      }
    };
  }

  var builders = {
    weeklyDistance: weeklyDistance,
    weeklyRatio: weeklyRatio,
    speed: function (s) { return series(s, 'speed', brand, s.speedLabel, s.speedReversed); },
    power: function (s) { return series(s, 'power', '#6b3fa0', 'Power (W)'); },
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
