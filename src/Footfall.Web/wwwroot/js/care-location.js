// "Use my location" on the practitioner directory: only when the browser can and the runner allows it.
// The position is posted with the form, never put in the address bar.
(function () {
  const button = document.getElementById('use-location');
  const form = document.getElementById('find-form');
  const status = document.getElementById('location-status');
  if (!button || !form || !('geolocation' in navigator)) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    status.textContent = 'Asking your browser for your location…';
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('find-lat').value = position.coords.latitude.toFixed(4);
      document.getElementById('find-lon').value = position.coords.longitude.toFixed(4);
      document.getElementById('find-town').value = '';
      form.submit();
    }, function () {
      status.textContent = 'Your location is not available; type a town instead.';
    }, { timeout: 10000, maximumAge: 600000 });
  });
})();
