// The deck presents itself: one slide at a time, scaled to the window; arrow keys, space,
// Page Up/Down, Home and End to move, f for full screen, p for the scroll of slides. On a
// phone or tablet a swipe moves, and so does a tap (the back third of the window goes back, the
// rest on); the deck's previous and next buttons and the slide count show that it moves at all. The slide's
// number is in the address (#5), so a link opens at that slide. In a right-to-left deck (Arabic,
// Hebrew) the next slide is to the left, as a page is turned there: ArrowLeft goes forward. Reads no data, loads nothing;
// the page's Content-Security-Policy allows this script, by its hash, and no other.
(function () {
  var root = document.documentElement;
  var slides = document.querySelectorAll('.slide');
  if (!slides.length) return;
  var current = 0;
  var count = document.querySelector('.present-count');
  var controls = document.querySelector('.present-controls');

  function fromHash() {
    var n = parseInt(location.hash.slice(1), 10);
    return n >= 1 && n <= slides.length ? n - 1 : current;
  }

  // The slide is fitted above the controls, with their margin again above them, so they never
  // hide its footer or page number.
  function fit() {
    var room = 0;
    if (controls && controls.offsetHeight) {
      room = controls.offsetHeight + 2 * parseFloat(getComputedStyle(controls).bottom);
    }
    root.style.setProperty('--present-room', room + 'px');
    root.style.setProperty('--present-scale', String(Math.min(innerWidth / 1280, (innerHeight - room) / 720)));
  }

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    for (var i = 0; i < slides.length; i++) slides[i].classList.toggle('is-current', i === current);
    if (count) count.textContent = current + 1 + ' / ' + slides.length;
    if (location.hash !== '#' + (current + 1)) history.replaceState(null, '', '#' + (current + 1));
    if (!root.classList.contains('presenting')) slides[current].scrollIntoView();
  }

  var forward = root.dir === 'rtl' ? -1 : 1;
  var moves = { ArrowRight: forward, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -forward, ArrowUp: -1, PageUp: -1 };

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    if (key === 'f') {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (root.requestFullscreen) root.requestFullscreen();
    } else if (key === 'p') {
      root.classList.toggle('presenting');
      show(current);
    } else if (!root.classList.contains('presenting')) {
      return;
    } else if (key === 'Home') {
      show(0);
    } else if (key === 'End') {
      show(slides.length - 1);
    } else if (moves[key]) {
      show(current + (key === ' ' && event.shiftKey ? -1 : moves[key]));
    } else {
      return;
    }
    event.preventDefault();
  });

  // `forward` is the direction a page turns: a tap on the side the deck comes from goes back.
  function tapStep(x) {
    var third = innerWidth / 3;
    return (forward === 1 ? x < third : x > innerWidth - third) ? -1 : 1;
  }

  var touch = null;
  var swiped = false;
  document.addEventListener('touchstart', function (event) {
    // A swipe that scrolled is followed by no click: the flag must not swallow the next tap.
    swiped = false;
    touch = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
  }, { passive: true });
  document.addEventListener('touchend', function (event) {
    if (!touch || !root.classList.contains('presenting')) return;
    var dx = event.changedTouches[0].clientX - touch.x;
    var dy = event.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(dy)) return;
    swiped = true;
    show(current + (dx < 0 ? forward : -forward));
  });

  document.addEventListener('click', function (event) {
    if (swiped) return void (swiped = false);
    if (!root.classList.contains('presenting') || event.button !== 0) return;
    var target = event.target;
    if (target.closest('.present-previous')) show(current - 1);
    else if (target.closest('.present-next')) show(current + 1);
    else if (!target.closest('a, button, nav')) show(current + tapStep(event.clientX));
  });

  addEventListener('hashchange', function () {
    show(fromHash());
  });
  addEventListener('resize', fit);

  root.classList.add('presenting');
  fit();
  show(fromHash());
})();
