// Small enhancements for every page (the pages work without them): focus moves to the new screen's
// heading or question, the main menu stays open on wide screens, and "Print" buttons appear and print.
(function () {
  var target = document.querySelector('[data-focus]');
  if (target && document.activeElement !== target) {
    target.focus({ preventScroll: false });
  }
  // The main menu is a details disclosure; where ::details-content cannot show it on a wide screen, open it there.
  var menu = document.querySelector('[data-nav-menu]');
  if (menu && window.matchMedia && !(window.CSS && CSS.supports && CSS.supports('selector(::details-content)'))) {
    var wide = window.matchMedia('(min-width: 60.01rem)');
    var sync = function () { if (wide.matches) { menu.open = true; } menu.classList.toggle('nav-menu-static', wide.matches); };
    sync();
    if (wide.addEventListener) { wide.addEventListener('change', sync); }
  }
  if (menu) {
    // Escape closes the open menu on a phone and returns focus to its button.
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open && getComputedStyle(menu.querySelector('summary')).display !== 'none') {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
