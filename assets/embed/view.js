// The embed view's side, the end of its loader (after assets/scripts/islands.js and failure.js):
// report the content height to the host, accept a theme from the host, keep "Open the full
// explainer" on the same view, and start the WebAssembly only when the embed comes near the
// viewport.
const frameId = (new URLSearchParams(location.search).get('id') || '').slice(0, 64);
let lastHeight = 0;

function reportHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'r1-explainer:resize', id: frameId, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

if ('ResizeObserver' in window) new ResizeObserver(reportHeight).observe(document.documentElement);
addEventListener('load', reportHeight);
reportHeight();

const THEMES = ['light', 'dark', 'auto'];
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== 'r1-explainer:theme' || !THEMES.includes(data.theme)) return;
  if (data.theme === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', data.theme);
});

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.open-full') : null;
  if (link && location.hash.includes('=')) link.href = './' + location.hash;
});

let started = false;
function begin() {
  if (started) return;
  started = true;
  startIslands().catch(couldNotStart('view'));
}
if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      begin();
    }
  }, { rootMargin: '300px 0px' });
  observer.observe(document.body);
} else {
  begin();
}
