// The console's only script of its own (Content-Security-Policy: script-src 'self', nothing inline).
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
}());
