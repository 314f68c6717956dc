// The running class's timer: follows the class exercise by exercise, set by set, timing holds and rests
// and waiting for "Next" on sets of repetitions. Everything it says is also announced through an
// aria-live region; it only enhances a page that works without it (the list and the print version).
(function () {
  'use strict';
  var root = document.querySelector('[data-class-player]');
  if (!root) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-class-item]'));
  if (items.length === 0) { return; }

  var nameEl = root.querySelector('[data-player-name]');
  var setEl = root.querySelector('[data-player-set]');
  var clockEl = root.querySelector('[data-player-clock]');
  var positionEl = root.querySelector('[data-player-position]');
  var barEl = root.querySelector('[data-player-bar]');
  var statusEl = root.querySelector('[data-player-status]');
  var toggle = root.querySelector('[data-player-toggle]');
  var next = root.querySelector('[data-player-next]');
  var previous = root.querySelector('[data-player-previous]');

  // The class as a list of steps: each set (each side of it) is one step, each rest another.
  var steps = [];
  items.forEach(function (el, index) {
    var sets = parseInt(el.dataset.sets, 10) || 1;
    var reps = el.dataset.reps ? parseInt(el.dataset.reps, 10) : null;
    var hold = el.dataset.hold ? parseInt(el.dataset.hold, 10) : null;
    var rest = parseInt(el.dataset.rest, 10) || 0;
    var sides = el.dataset.perSide === 'true' ? ['left side', 'right side'] : [null];
    for (var set = 1; set <= sets; set++) {
      sides.forEach(function (side) {
        steps.push({ kind: hold ? 'hold' : 'reps', item: index, name: el.dataset.name, set: set, sets: sets, side: side, seconds: hold, reps: reps });
      });
      var last = index === items.length - 1 && set === sets;
      if (rest > 0 && !last) {
        steps.push({ kind: 'rest', item: index, name: el.dataset.name, set: set, sets: sets, seconds: rest });
      }
    }
  });

  var current = 0;
  var remaining = 0;
  var running = false;
  var started = false;
  var timer = null;

  function clock(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function say(text) {
    // A fresh node each time so that screen readers announce a repeated sentence again.
    statusEl.textContent = '';
    window.setTimeout(function () { statusEl.textContent = text; }, 50);
  }

  function nextName(index) {
    for (var i = index + 1; i < steps.length; i++) {
      if (steps[i].kind !== 'rest') { return steps[i].name; }
    }
    return null;
  }

  function describe(step) {
    if (step.kind === 'rest') {
      var upcoming = nextName(current);
      return 'Rest for ' + step.seconds + ' seconds.' + (upcoming ? ' Next: ' + upcoming + '.' : '');
    }
    var where = 'Set ' + step.set + ' of ' + step.sets + (step.side ? ', ' + step.side : '');
    return step.name + '. ' + where + ': ' + (step.kind === 'hold' ? 'hold for ' + step.seconds + ' seconds.' : 'do ' + step.reps + ', then press Next.');
  }

  function render() {
    var step = steps[current];
    nameEl.textContent = step.kind === 'rest' ? 'Rest' : step.name;
    setEl.textContent = step.kind === 'rest'
      ? (nextName(current) ? 'Next: ' + nextName(current) : '')
      : 'Set ' + step.set + ' of ' + step.sets + (step.side ? ' · ' + step.side : '');
    clockEl.textContent = step.kind === 'reps' ? step.reps + ' reps' : clock(remaining);
    positionEl.textContent = 'Exercise ' + (step.item + 1) + ' of ' + items.length;
    barEl.value = current / steps.length;
    toggle.textContent = !started ? 'Start' : running ? 'Pause' : 'Resume';
    next.textContent = step.kind === 'reps' && started ? 'Done, next' : 'Next';
    previous.disabled = current === 0;
    items.forEach(function (el, index) {
      if (index === step.item) {
        el.classList.add('class-item-current');
        el.setAttribute('aria-current', 'step');
      } else {
        el.classList.remove('class-item-current');
        el.removeAttribute('aria-current');
      }
    });
  }

  function stopTicking() {
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  }

  function tick() {
    var step = steps[current];
    if (!running || step.kind === 'reps') { return; }
    remaining -= 1;
    if (remaining === 10 && step.seconds >= 20) {
      say('10 seconds left.');
    }
    if (remaining <= 0) {
      go(current + 1, true);
      return;
    }
    render();
  }

  function go(index, announce) {
    if (index >= steps.length) {
      running = false;
      stopTicking();
      current = steps.length - 1;
      remaining = 0;
      render();
      nameEl.textContent = 'Class complete';
      setEl.textContent = 'Well done.';
      clockEl.textContent = '0:00';
      barEl.value = 1;
      toggle.textContent = 'Start again';
      started = false;
      current = 0;
      say('Class complete. Well done.');
      return;
    }
    current = Math.max(0, index);
    remaining = steps[current].seconds || 0;
    render();
    if (announce) { say(describe(steps[current])); }
    var el = items[steps[current].item];
    if (el.scrollIntoView) { el.scrollIntoView({ block: 'nearest' }); }
  }

  toggle.addEventListener('click', function () {
    if (!started) {
      started = true;
      running = true;
      go(current, true);
    } else {
      running = !running;
      say(running ? 'Resumed.' : 'Paused at ' + clock(remaining) + '.');
      render();
    }
    if (running && timer === null) {
      timer = window.setInterval(tick, 1000);
    }
  });
  next.addEventListener('click', function () { go(current + 1, started); });
  previous.addEventListener('click', function () { go(current - 1, started); });

  root.hidden = false;
  go(0, false);
  clockEl.textContent = steps[0].kind === 'reps' ? steps[0].reps + ' reps' : clock(steps[0].seconds);
})();
