// theme.js: applies the reader's saved theme before the first paint and wires the theme button.
// Storage is optional: where localStorage is blocked or throws (private modes, sandboxed frames),
// the page follows the system preference and the button still works for this visit.
(function () {
  'use strict';
  var KEY = 'r1-explainer-theme';
  var CHOICES = ['auto', 'light', 'dark'];
  var root = document.documentElement;
  // Scripts run here: the share tools' buttons (revealed by the loader's share.js) may take their
  // place from the first paint, so nothing shifts when they come to life (styles/reader.css).
  root.classList.add('scripted');
  // Embed views take their theme from the host page (embed-theme.js), never from storage.
  var isEmbed = /\/embed-[a-z]+\.html$/.test(location.pathname);

  function read() {
    try {
      var saved = window.localStorage.getItem(KEY);
      return CHOICES.indexOf(saved) >= 0 ? saved : 'auto';
    } catch (error) {
      return 'auto';
    }
  }

  function write(choice) {
    try {
      window.localStorage.setItem(KEY, choice);
    } catch (error) {
      // Not remembered; still applied for this visit.
    }
  }

  function apply(choice) {
    if (choice === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', choice);
  }

  var current = isEmbed ? 'auto' : read();
  if (!isEmbed) apply(current);

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button || isEmbed) return;
    // The words come from the page (data-label-*, data-aria-*), in its own language.
    function label() {
      button.textContent = button.getAttribute('data-label-' + current);
      button.setAttribute('aria-label', button.getAttribute('data-aria-' + current));
    }
    label();
    button.hidden = false;
    button.addEventListener('click', function () {
      current = CHOICES[(CHOICES.indexOf(current) + 1) % CHOICES.length];
      apply(current);
      write(current);
      label();
    });
  });
})();
