// share.js: the share, cite and download tools of the page and of each widget (the markup is
// prerendered by src/components/share_tools.rs). Plain JavaScript on purpose: it adds nothing to
// the WebAssembly, which is at its size ceiling, and the tools work before the wasm has started and
// when it fails to start, reading the widgets' state from the URL and their data from the DOM.
// No inline script or style, so it runs under the site's Content-Security-Policy; files are
// handed over as data: URLs (allowed for images and downloads; blob: is not).
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var isEmbed = /\/embed-[a-z]+\.html$/.test(location.pathname);
  // Presentation properties copied from the computed style, so the SVG looks the same with no CSS.
  var PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight',
    'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'paint-order', 'visibility'];

  // The full page's address without the fragment; an embed view points at the full page.
  function pageBase() {
    var href = location.href.split('#')[0];
    return isEmbed ? new URL('./', href).href : href;
  }

  // The widgets' state in the fragment (its key=value pieces; a bare anchor is not state).
  function state() {
    return location.hash.replace(/^#/, '').split('&').filter(function (piece) {
      return piece.indexOf('=') > 0;
    }).join('&');
  }

  function linkFor(tools) {
    var key = tools.getAttribute('data-share');
    if (key === 'page') return isEmbed ? pageBase() + location.hash : location.href;
    var current = state();
    return pageBase() + '#widget-' + key + (current ? '&' + current : '');
  }

  // The page's words for what this script writes, where the page is not in English (the
  // Chinese edition carries them in <div id="r1-words" data-words>; src/components/page.rs).
  var WORDS = (function () {
    try {
      var holder = document.getElementById('r1-words');
      return holder ? JSON.parse(holder.getAttribute('data-words')) : {};
    } catch (error) {
      return {};
    }
  })();
  function w(english) {
    return Object.prototype.hasOwnProperty.call(WORDS, english) ? WORDS[english] : english;
  }

  function say(tools, text) {
    var status = tools.querySelector('.share-status');
    status.textContent = w(text);
    clearTimeout(status.r1Timer);
    status.r1Timer = setTimeout(function () { status.textContent = ''; }, 6000);
  }

  function copyText(text) {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return Promise.reject(new Error('no clipboard'));
    return navigator.clipboard.writeText(text);
  }

  // When the clipboard is refused (an iframe without clipboard-write, an old browser), the link is
  // put in a field and selected, so the reader can copy it by hand.
  function showFallback(tools, link) {
    var box = tools.querySelector('.share-fallback');
    var field = box.querySelector('input');
    field.value = link;
    box.hidden = false;
    field.focus();
    field.select();
    say(tools, 'Could not copy the link: it is selected in the field below.');
  }

  function copyLink(tools) {
    var link = linkFor(tools);
    copyText(link).then(function () {
      tools.querySelector('.share-fallback').hidden = true;
      say(tools, 'Copied');
    }, function () { showFallback(tools, link); });
  }

  function share(tools) {
    var link = linkFor(tools);
    navigator.share({ title: tools.getAttribute('data-share-title'), url: link }).then(function () {
      say(tools, 'Shared');
    }, function (error) {
      // The reader closed the share sheet: nothing to say.
      if (!error || error.name !== 'AbortError') showFallback(tools, link);
    });
  }

  function copyCitation(tools, which) {
    var text = tools.querySelector('pre[data-citation="' + which + '"]').textContent;
    copyText(text).then(function () {
      say(tools, 'Copied');
    }, function () {
      say(tools, 'Could not copy: select the citation above and copy it by hand.');
    });
  }

  // ---- data: the rows on screen, as CSV ----

  function csvLine(cells) {
    return cells.map(function (cell) {
      var text = String(cell);
      return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }).join(',');
  }

  function text(element) {
    if (!element) return '';
    var copy = element.cloneNode(true);
    // Citation markers ("[3]") are links to the Sources list, not data.
    Array.prototype.forEach.call(copy.querySelectorAll('sup.cite'), function (sup) { sup.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  // The benchmarks on the chart, in the chart's order, one column per model on show. Each bar's
  // text starts with its model's name (as the checkbox labels give it): that, rather than the
  // checkboxes' state, tells which models are on show, so it also reads the prerendered chart.
  function benchmarksCsv(island) {
    var models = Array.prototype.map.call(island.querySelectorAll('fieldset.models label'), text);
    var groups = Array.prototype.map.call(island.querySelectorAll('svg g.group'), function (group) {
      var label = group.querySelector('text.bar-label');
      // In parentheses, half- or full-width (the Chinese edition writes （…）).
      var metric = /[(（]([^)）]*)[)）]/.exec(text(label.querySelector('.metric'))) || ['', ''];
      var values = {};
      Array.prototype.forEach.call(group.querySelectorAll('text.bar-value'), function (bar) {
        var shown = text(bar);
        models.forEach(function (name, index) {
          if (shown.indexOf(name + ' ') === 0) values[index] = shown.slice(name.length + 1);
          else if (shown.indexOf(name + ':') === 0 || shown.indexOf(name + '：') === 0) values[index] = '';
        });
      });
      return { name: label.firstChild.textContent.trim(), metric: metric[1], values: values };
    });
    var columns = models.map(function (name, index) { return index; }).filter(function (index) {
      return groups.some(function (group) { return index in group.values; });
    });
    var lines = [csvLine([w('benchmark'), w('metric')].concat(columns.map(function (index) { return models[index]; })))];
    groups.forEach(function (group) {
      lines.push(csvLine([group.name, group.metric].concat(columns.map(function (index) { return group.values[index]; }))));
    });
    return lines.join('\n') + '\n';
  }

  // The events on show (after the filters and the zoom), with the selection.
  function timelineCsv(island) {
    var lines = [csvLine([w('date'), w('event'), w('summary'), w('selection')])];
    Array.prototype.forEach.call(island.querySelectorAll('ol.timeline-list > li[data-event]'), function (item) {
      var time = item.querySelector('time');
      var selection = item.classList.contains('selected') ? w('selected') : item.classList.contains('compared') ? w('compared') : '';
      lines.push(csvLine([time ? time.getAttribute('datetime') : '', text(item.querySelector('.event-title')),
        text(item.querySelector('.event-summary')), selection]));
    });
    return lines.join('\n') + '\n';
  }

  function csvFor(key, island) {
    // The cost widget writes its own CSV (inputs, prices with their dates and sources, costs).
    var own = island.querySelector('[data-csv]');
    if (own) return own.getAttribute('data-csv');
    return key === 'benchmarks' ? benchmarksCsv(island) : timelineCsv(island);
  }

  // ---- the chart, as a standalone SVG and as a PNG ----

  // Colours as rgb(): computed colour-mix() values come out as color(srgb …), which few SVG tools read.
  function plainColour(value) {
    return value.replace(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/g, function (all, r, g, b, a) {
      var channels = [r, g, b].map(function (c) { return Math.round(Math.min(1, Math.max(0, Number(c))) * 255); });
      return a === undefined ? 'rgb(' + channels.join(', ') + ')' : 'rgba(' + channels.join(', ') + ', ' + Number(a) + ')';
    });
  }

  // Copies the computed look onto `to` as presentation attributes, writing only what differs from
  // the parent's (children inherit the rest), and drops classes, ids, ARIA and data attributes.
  function inlineStyles(from, to, inherited) {
    var style = getComputedStyle(from);
    if (style.display === 'none') return false;
    var own = {};
    PAINT.forEach(function (name) {
      var value = plainColour(style.getPropertyValue(name));
      own[name] = value;
      if (value && value !== inherited[name] && to.localName !== 'title') to.setAttribute(name, value);
    });
    // Opacity is not inherited: children start again from fully opaque.
    own.opacity = '1';
    Array.prototype.slice.call(to.attributes).forEach(function (attribute) {
      var name = attribute.name;
      var foreign = /href$/.test(name) && attribute.value.charAt(0) !== '#';
      if (foreign || /^(class|id|style|role|tabindex|focusable|aria-.*|data-.*|on.*)$/.test(name)) to.removeAttribute(name);
    });
    var sources = from.children;
    var targets = Array.prototype.slice.call(to.children);
    for (var i = 0; i < targets.length; i++) {
      if (!inlineStyles(sources[i], targets[i], own)) targets[i].remove();
    }
    return true;
  }

  function background(element) {
    for (var node = element; node && node.nodeType === 1; node = node.parentElement) {
      var colour = getComputedStyle(node).backgroundColor;
      if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return '#ffffff';
  }

  // Splits text into lines no wider than `width`, measured in the font it will be drawn with; a
  // word wider than a line (a long link) is broken between characters.
  function wrap(words, font, width) {
    var context = document.createElement('canvas').getContext('2d');
    context.font = font;
    var fits = function (text) { return context.measureText(text).width <= width; };
    var lines = [];
    var line = '';
    words.split(' ').forEach(function (word) {
      var next = line ? line + ' ' + word : word;
      if (fits(next)) {
        line = next;
        return;
      }
      if (line) lines.push(line);
      line = '';
      Array.from(word).forEach(function (character) {
        if (line && !fits(line + character)) {
          lines.push(line);
          line = '';
        }
        line += character;
      });
    });
    if (line) lines.push(line);
    return lines;
  }

  function standaloneSvg(tools, chart) {
    var box = chart.getBoundingClientRect();
    var width = Math.round(box.width) || parseFloat(chart.getAttribute('width')) || 640;
    var height = Math.round(box.height) || parseFloat(chart.getAttribute('height')) || 320;
    // Labels may run past the chart's box (the page lets them show): widen the picture to hold them.
    var scale = chart.viewBox && chart.viewBox.baseVal && chart.viewBox.baseVal.width ? width / chart.viewBox.baseVal.width : 1;
    var content = { x: 0, width: 0 };
    try {
      content = chart.getBBox();
    } catch (notRendered) {
      // A chart that is not rendered (display: none) has no box; keep its own width.
    }
    var room = Math.max(width, Math.ceil((content.x + content.width) * scale));
    var pad = 16;
    var look = getComputedStyle(chart);
    var family = look.fontFamily;
    var colour = plainColour(look.color);
    var title = tools.getAttribute('data-share-title');
    var caption = tools.getAttribute('data-share-source') + w(' Data checked ') +
      tools.getAttribute('data-data-version') + '. ' + linkFor(tools);
    var titleLines = wrap(title, 'bold 16px ' + family, room);
    var captionLines = wrap(caption, '12px ' + family, room);
    var top = pad + titleLines.length * 20 + 8;
    var total = { width: room + 2 * pad, height: top + height + 12 + captionLines.length * 16 + pad };

    var root = document.createElementNS(SVG_NS, 'svg');
    root.setAttribute('xmlns', SVG_NS);
    root.setAttribute('width', total.width);
    root.setAttribute('height', total.height);
    root.setAttribute('viewBox', '0 0 ' + total.width + ' ' + total.height);
    root.setAttribute('font-family', family);
    var add = function (parent, name, attributes, content) {
      var node = document.createElementNS(SVG_NS, name);
      Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
      if (content !== undefined) node.textContent = content;
      parent.appendChild(node);
      return node;
    };
    add(root, 'title', {}, title);
    add(root, 'rect', { width: '100%', height: '100%', fill: plainColour(background(chart)) });
    titleLines.forEach(function (line, index) {
      add(root, 'text', { x: pad, y: pad + 15 + index * 20, fill: colour, 'font-size': '16px', 'font-weight': 'bold' }, line);
    });
    var copy = chart.cloneNode(true);
    inlineStyles(chart, copy, { opacity: '1' });
    // A nested viewport keeps the chart's percentage positions relative to its own width.
    copy.setAttribute('x', pad);
    copy.setAttribute('y', top);
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
    copy.setAttribute('overflow', 'visible');
    copy.removeAttribute('aria-label');
    root.appendChild(copy);
    captionLines.forEach(function (line, index) {
      add(root, 'text', { x: pad, y: top + height + 24 + index * 16, fill: colour, 'font-size': '12px' }, line);
    });
    return { text: new XMLSerializer().serializeToString(root), width: total.width, height: total.height };
  }

  function toPng(svg, done, fail) {
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      var context = canvas.getContext('2d');
      context.scale(2, 2);
      context.drawImage(image, 0, 0, svg.width, svg.height);
      done(canvas.toDataURL('image/png'));
    };
    image.onerror = fail;
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.text);
  }

  function save(name, url) {
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function download(tools, kind) {
    var key = tools.getAttribute('data-share');
    var island = tools.parentElement.querySelector('[data-island]');
    var name = 'r1-explainer-' + key + '.' + kind;
    if (kind === 'csv') {
      // A byte-order mark on the Chinese edition's files: spreadsheet apps in Chinese locales
      // read a CSV without one in the local code page and garble the headers.
      var bom = document.documentElement.lang === 'zh-CN' ? '\uFEFF' : '';
      save(name, 'data:text/csv;charset=utf-8,' + encodeURIComponent(bom + csvFor(key, island)));
      return;
    }
    var chart = island.querySelector('svg.tl-svg, figure.bar-chart svg');
    if (!chart) {
      say(tools, 'There is no chart to download.');
      return;
    }
    var svg = standaloneSvg(tools, chart);
    if (kind === 'svg') {
      save(name, 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.text));
      return;
    }
    toPng(svg, function (png) { save(name, png); }, function () {
      say(tools, 'Could not draw the PNG in this browser; the SVG download still works.');
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-share-do]');
    var tools = button && button.closest('.share-tools');
    if (!tools) return;
    var action = button.getAttribute('data-share-do');
    if (action === 'copy-link') copyLink(tools);
    else if (action === 'share') share(tools);
    else if (action === 'copy-citation') copyCitation(tools, button.getAttribute('data-citation-of'));
    else download(tools, action);
  });

  function start() {
    var canShare = typeof navigator.share === 'function';
    Array.prototype.forEach.call(document.querySelectorAll('[data-share-do]'), function (button) {
      button.hidden = button.getAttribute('data-share-do') === 'share' && !canShare;
    });
    // A build without PUBLIC_URL prerenders citations that name no address (data-add-url holds
    // the widget's anchor, if any): they cite the address the page was opened from. In BibTeX the
    // braces and backslash are percent-encoded, as src/model/citation.rs does.
    Array.prototype.forEach.call(document.querySelectorAll('pre.citation[data-add-url]'), function (pre) {
      var url = pageBase() + pre.getAttribute('data-add-url');
      if (pre.getAttribute('data-citation') === 'bibtex') {
        var field = '  url = {' + url.replace(/[{}\\]/g, encodeURIComponent) + '},\n  urldate = {' + pre.getAttribute('data-urldate') + '},\n';
        pre.textContent = pre.textContent.replace(/(\n  howpublished = [^\n]*\n)/, '$1' + field);
      } else {
        pre.textContent = pre.textContent + ' ' + url;
      }
      pre.removeAttribute('data-add-url');
    });
    // A widget link (#widget-cost&in=…) carries state, so the browser finds no element to scroll
    // to: go to the widget named by its first piece.
    var first = location.hash.replace(/^#/, '').split('&')[0];
    if (first && first.indexOf('=') < 0 && state()) {
      var target = null;
      try {
        target = document.getElementById(decodeURIComponent(first));
      } catch (malformed) {
        // A broken escape in a hand-edited link: stay at the top.
      }
      if (target) target.scrollIntoView();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
