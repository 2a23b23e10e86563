// The ring counter of "log a call" (loaded by reception/call.html; no inline script under the CSP).
// "The phone is ringing" starts counting seconds and the rings they make (the dealer's rule: N rings in S
// seconds); "Answered" stops and writes both into the form's fields, which stay editable.
(function () {
  'use strict';
  var start = document.getElementById('ring-start');
  var answered = document.getElementById('ring-answered');
  var counter = document.getElementById('ring-counter');
  if (!start || !answered || !counter) {
    return;
  }
  document.querySelector('.ring-buttons').hidden = false;
  var rings = Number(counter.dataset.rings) || 3;
  var secondsPerRing = (Number(counter.dataset.secondsPerRing) || 9) / rings;
  var startedAt = null;
  var timer = null;
  function elapsed() {
    return Math.floor((Date.now() - startedAt) / 1000);
  }
  function ringsAfter(seconds) {
    return Math.max(1, Math.ceil(seconds / secondsPerRing));
  }
  function show() {
    var s = elapsed();
    counter.textContent = s + ' ' + counter.dataset.labelSeconds + ' · ' + ringsAfter(s) + ' ' + counter.dataset.labelRings;
    counter.classList.toggle('late', s > rings * secondsPerRing);
  }
  start.addEventListener('click', function () {
    startedAt = Date.now();
    start.disabled = true;
    answered.disabled = false;
    answered.focus();
    show();
    timer = window.setInterval(show, 250);
  });
  answered.addEventListener('click', function () {
    if (startedAt === null) {
      return;
    }
    window.clearInterval(timer);
    var s = elapsed();
    document.getElementById('secondsToAnswer').value = s;
    document.getElementById('ringCount').value = ringsAfter(s);
    answered.disabled = true;
    start.disabled = false;
    show();
    var first = document.querySelector('fieldset.checkpoints input');
    if (first) {
      first.focus();
    }
  });
}());
