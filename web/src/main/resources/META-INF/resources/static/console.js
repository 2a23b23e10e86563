// The console's own script beside charts.js (Content-Security-Policy: script-src 'self', nothing inline).
// htmx does the partial updates; this file handles what htmx leaves to the page.
(function () {
  'use strict';
  // a session that ended while the page was open: the server answers 499 to htmx instead of sending it
  // to Keycloak; reloading the page goes through the login and comes back here
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });
  // after a partial update, move the focus to the first field marked invalid (keyboard and screen readers)
  document.addEventListener('htmx:afterSwap', function (event) {
    var invalid = event.detail.target.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  });
  // the manager's menus (<details> in the navigation): one open at a time; Escape closes the open one (the focus
  // goes back to its summary) and a click elsewhere closes it
  var menus = Array.prototype.slice.call(document.querySelectorAll('nav.main details'));
  function closeMenus(except) {
    menus.forEach(function (menu) {
      if (menu !== except) {
        menu.open = false;
      }
    });
  }
  menus.forEach(function (menu) {
    menu.addEventListener('toggle', function () {
      if (menu.open) {
        closeMenus(menu);
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    var open = document.querySelector('nav.main details[open]');
    if (event.key === 'Escape' && open) {
      open.open = false;
      open.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest || !event.target.closest('nav.main details')) {
      closeMenus(null);
    }
  });
  // "print for the customer" (the quote sheet): the browser's print dialog; console.css has the paper's layout
  // (delegated: htmx renews the quote, button included, once the manager has approved it)
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('button[data-print]')) {
      window.print();
    }
  });
  // a report's table of figures (marked data-export: counts and rates, never a customer's name, which an erasure
  // could not reach in a file) downloads as CSV for a spreadsheet: the cells as shown, UTF-8 with a byte order mark
  // so that Excel reads Chinese, the period in the file's name
  var csvLabel = document.querySelector('meta[name="showroom-csv"]');
  function csvField(cell) {
    var text = cell.textContent.replace(/\s+/g, ' ').trim();
    if (/^[=+\-@]/.test(text) && isNaN(Number(text))) {
      text = "'" + text; // a spreadsheet would run it as a formula
    }
    return /[",]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text; // whitespace is one space by now
  }
  function csv(table) {
    var rows = [];
    [table.tHead, table.tBodies[0], table.tFoot].forEach(function (part) {
      Array.prototype.forEach.call(part ? part.rows : [], function (row) {
        rows.push(Array.prototype.map.call(row.cells, csvField).join(','));
      });
    });
    return '\ufeff' + rows.join('\r\n') + '\r\n';
  }
  function period() {
    return ['from', 'to'].map(function (name) {
      var field = document.querySelector('input[name="' + name + '"]');
      return field && field.value ? '_' + field.value : '';
    }).join('');
  }
  Array.prototype.forEach.call(csvLabel ? document.querySelectorAll('table[data-export][id]') : [], function (table) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'link csv';
    button.textContent = csvLabel.content;
    button.setAttribute('data-csv', table.id);
    if (table.caption) {
      button.setAttribute('aria-label', csvLabel.content + ': ' + table.caption.textContent.trim());
    }
    button.addEventListener('click', function () {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv(table)], { type: 'text/csv;charset=utf-8' }));
      link.download = table.id + period() + '.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    });
    var after = table.parentElement.classList.contains('table-scroll') ? table.parentElement : table;
    var holder = document.createElement('p');
    holder.className = 'export';
    holder.appendChild(button);
    after.insertAdjacentElement('afterend', holder);
  });
}());
