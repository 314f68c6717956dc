// Account page: the grouped time-zone list gets a search box, and this browser's own zone comes first
// (chosen already while the account is still on UTC). Without JavaScript the grouped list works as it is.
(function () {
  var select = document.getElementById('time-zone-choice');
  if (!select) { return; }
  var guess = '';
  try { guess = (window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone) || ''; } catch (e) { guess = ''; }
  var known = Array.prototype.some.call(select.options, function (o) { return o.value === guess; });
  if (guess && known) {
    var group = document.createElement('optgroup');
    group.label = 'This browser\u2019s time zone';
    var option = document.createElement('option');
    option.value = guess;
    option.textContent = guess.replace(/_/g, ' ').replace(/\//g, ' / ');
    group.appendChild(option);
    select.insertBefore(group, select.firstChild);
    if (select.value === 'UTC' || select.value === guess) { option.selected = true; }
  }

  var field = select.closest('.field');
  var label = document.createElement('label');
  label.htmlFor = 'time-zone-search';
  label.textContent = 'Search time zones';
  var input = document.createElement('input');
  input.type = 'search';
  input.id = 'time-zone-search';
  input.autocomplete = 'off';
  input.placeholder = 'City or region, e.g. Chicago';
  input.setAttribute('aria-controls', select.id);
  var status = document.createElement('p');
  status.className = 'hint';
  status.id = 'time-zone-matches';
  status.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', status.id);
  var search = document.createElement('div');
  search.className = 'field';
  search.appendChild(label);
  search.appendChild(input);
  search.appendChild(status);
  field.parentNode.insertBefore(search, field);

  function normal(text) { return text.toLowerCase().replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim(); }
  input.addEventListener('input', function () {
    var query = normal(input.value);
    var first = null;
    var count = 0;
    Array.prototype.forEach.call(select.options, function (o) {
      var show = !query || normal(o.value + ' ' + o.textContent).indexOf(query) >= 0;
      o.hidden = !show;
      if (show) { count++; first = first || o; }
    });
    Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (g) {
      g.hidden = !Array.prototype.some.call(g.children, function (o) { return !o.hidden; });
    });
    if (first && select.selectedOptions.length && select.selectedOptions[0].hidden) { first.selected = true; }
    status.textContent = !query ? '' : count === 0 ? 'No time zone matches.' : count === 1 ? 'One match, chosen: ' + first.textContent + '.' : count + ' matches; the first is chosen: ' + first.textContent + '.';
  });
})();
