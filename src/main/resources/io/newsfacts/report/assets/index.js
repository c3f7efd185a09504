// Index page: sorts, filters and pages all rows of window.NEWSFACTS_INDEX (index-data.js).
// Rows are built with textContent only, so titles from articles can never become markup.
(function () {
  'use strict';
  var data = window.NEWSFACTS_INDEX;
  var table = document.getElementById('articles');
  if (!data || !table) { return; }
  document.documentElement.classList.add('js');
  var rows = data.rows;
  var pageSize = data.pageSize || 50;
  var numeric = { entities: true, dates: true, quotes: true, quotesWithSpeaker: true };
  var state = { key: null, direction: 1, page: 0, filter: '' };
  var tbody = table.tBodies[0];
  var pager = document.getElementById('pager');
  var pageStatus = document.getElementById('page-status');
  var prev = document.getElementById('page-prev');
  var next = document.getElementById('page-next');
  var tools = document.getElementById('table-tools');
  var filter = document.getElementById('filter');
  var headers = table.tHead.querySelectorAll('th[data-key]');

  function compare(a, b) {
    var key = state.key;
    var x = a[key];
    var y = b[key];
    var result;
    if (numeric[key]) {
      result = x - y;
    } else {
      // Missing values (no date, no title) sort last in both directions.
      if (x === null || x === '') { return y === null || y === '' ? 0 : 1; }
      if (y === null || y === '') { return -1; }
      result = String(x).localeCompare(String(y));
    }
    return result * state.direction || a.id.localeCompare(b.id);
  }

  function visibleRows() {
    var needle = state.filter.toLowerCase();
    var list = needle ? rows.filter(function (row) {
      return (row.title || '').toLowerCase().indexOf(needle) >= 0 || row.id.toLowerCase().indexOf(needle) >= 0;
    }) : rows.slice();
    if (state.key) { list.sort(compare); }
    return list;
  }

  function cell(tr, value, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    td.textContent = value === null || value === undefined ? '' : String(value);
    tr.appendChild(td);
    return td;
  }

  function rowElement(row) {
    var tr = document.createElement('tr');
    tr.className = 'status-' + row.status;
    tr.dataset.id = row.id;
    var titleCell = document.createElement('td');
    var label = document.createElement(row.href ? 'a' : 'span');
    if (row.href) { label.href = row.href; } else { label.className = 'no-page'; }
    label.textContent = row.title;
    titleCell.appendChild(label);
    if (row.error) {
      var error = document.createElement('div');
      error.className = 'error';
      error.textContent = row.error;
      titleCell.appendChild(error);
    }
    tr.appendChild(titleCell);
    cell(tr, row.publishedDate);
    cell(tr, row.entities, 'num');
    cell(tr, row.dates, 'num');
    cell(tr, row.quotes, 'num');
    cell(tr, row.quotesWithSpeaker, 'num');
    var status = cell(tr, '');
    var badge = document.createElement('span');
    badge.className = 'status';
    badge.textContent = row.status;
    status.appendChild(badge);
    return tr;
  }

  function render() {
    var list = visibleRows();
    var pages = Math.max(1, Math.ceil(list.length / pageSize));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * pageSize;
    var fragment = document.createDocumentFragment();
    list.slice(start, start + pageSize).forEach(function (row) { fragment.appendChild(rowElement(row)); });
    tbody.replaceChildren(fragment);
    pageStatus.textContent = list.length === 0 ? 'No articles match.'
      : 'Articles ' + (start + 1) + '–' + Math.min(start + pageSize, list.length) + ' of ' + list.length
        + ' · page ' + (state.page + 1) + ' of ' + pages;
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    headers.forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.key !== state.key ? 'none'
        : state.direction > 0 ? 'ascending' : 'descending');
    });
  }

  headers.forEach(function (th) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.setAttribute('aria-label', 'Sort by ' + th.textContent);
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      // Numbers sort largest first on the first click: that is usually the question.
      var firstDirection = numeric[th.dataset.key] ? -1 : 1;
      state.direction = state.key === th.dataset.key ? -state.direction : firstDirection;
      state.key = th.dataset.key;
      state.page = 0;
      render();
    });
  });
  prev.addEventListener('click', function () { state.page -= 1; render(); });
  next.addEventListener('click', function () { state.page += 1; render(); });
  filter.addEventListener('input', function () { state.filter = filter.value; state.page = 0; render(); });
  pager.hidden = false;
  tools.hidden = false;
  render();
}());
