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
}());
