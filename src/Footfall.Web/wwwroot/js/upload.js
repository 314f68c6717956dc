// Upload progress for the import form: sends the same multipart POST with XMLHttpRequest so the browser's
// upload progress can be shown, then follows the server's redirect to the summary. Without JavaScript the
// form posts normally.
(function () {
  'use strict';
  var form = document.querySelector('[data-upload-form]');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var input = form.querySelector('input[type=file]');
  var box = form.querySelector('[data-upload-progress]');
  var bar = box.querySelector('progress');
  var status = box.querySelector('[data-upload-status]');
  var error = form.querySelector('[data-upload-error]');
  var button = form.querySelector('button[type=submit]');

  form.addEventListener('submit', function (event) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var total = 0;
    for (var i = 0; i < input.files.length; i++) { total += input.files[i].size; }
    if (max > 0 && total > max) {
      event.preventDefault();
      error.textContent = 'These files are ' + Math.ceil(total / 1048576) + ' MB in all; the limit is ' + Math.floor(max / 1048576) + ' MB. Upload them in parts.';
      return;
    }
    event.preventDefault();
    error.textContent = '';
    box.hidden = false;
    button.disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action || window.location.href);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(e.loaded / e.total * 100);
        bar.value = percent;
        status.textContent = percent < 100 ? percent + '% uploaded' : 'Uploaded. Importing…';
      }
    });
    request.addEventListener('load', function () {
      // The server answers with where the summary is shown.
      var next = null;
      try { next = JSON.parse(request.responseText).location; } catch (e) { next = null; }
      if (request.status === 200 && typeof next === 'string' && next.charAt(0) === '/') {
        window.location.assign(next);
        return;
      }
      button.disabled = false;
      box.hidden = true;
      error.textContent = request.status === 413
        ? 'The upload is too large. Upload it in parts.'
        : 'The import did not complete (error ' + request.status + '). Reload the page and try again.';
    });
    request.addEventListener('error', function () {
      button.disabled = false;
      box.hidden = true;
      error.textContent = 'The upload failed. Check your connection and try again.';
    });
    request.send(new FormData(form));
  });
})();
