// embed-theme.js: applies a host-chosen theme (?theme=light|dark) before the first paint, so an
// embed never flashes the wrong colours. Anything else leaves the reader's system preference.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
