// Fills the hidden time-zone field of the registration form with the browser's zone (an IANA id).
// Without JavaScript the field stays empty and the account starts on UTC; it can be changed later.
(function () {
  var field = document.getElementById('time-zone');
  if (!field || !window.Intl || !Intl.DateTimeFormat) { return; }
  try { field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { field.value = ''; }
})();
