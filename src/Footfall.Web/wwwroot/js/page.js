// Small enhancements for every page (the pages work without them): focus moves to the new screen's
// heading or question, and "Print" buttons appear and print.
(function () {
  var target = document.querySelector('[data-focus]');
  if (target && document.activeElement !== target) {
    target.focus({ preventScroll: false });
  }
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
