// embed.js: the host page's side of r1-explainer embeds. Finds the iframe that sent each resize
// message (by comparing event.source), checks the message's shape and the frame's origin, and sets
// that iframe's height. No dependencies; safe to include more than once.
(function () {
  'use strict';
  if (window.__r1ExplainerEmbedHost) return;
  window.__r1ExplainerEmbedHost = true;

  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  function heightFrom(data) {
    if (!data || typeof data !== 'object') return null;
    var ours = data.type === 'r1-explainer:resize';
    var amp = data.sentinel === 'amp' && data.type === 'embed-size';
    if (!ours && !amp) return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return null;
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  }

  function embedFrameFor(source, origin) {
    var frames = document.querySelectorAll('iframe[data-r1-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== source) continue;
      try {
        if (new URL(frame.src, location.href).origin !== origin) return null;
      } catch (error) {
        return null;
      }
      return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightFrom(event.data);
    if (height === null) return;
    var frame = embedFrameFor(event.source, event.origin);
    if (!frame) return;
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
  });

  /** Lets the host switch an embed's theme: r1ExplainerEmbed.setTheme(iframe, 'dark'). */
  window.r1ExplainerEmbed = {
    setTheme: function (frame, theme) {
      if (!frame || !frame.contentWindow || ['light', 'dark', 'auto'].indexOf(theme) < 0) return;
      frame.contentWindow.postMessage({ type: 'r1-explainer:theme', theme: theme }, new URL(frame.src, location.href).origin);
    },
  };
})();
