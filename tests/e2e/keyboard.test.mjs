// Keyboard only (issue 7): Tab walks the whole page, and every interactive control is reached in
// tab order, shows a visible focus indicator, and does something observable when operated with
// the keys a keyboard user would press. Nothing here knows the site's controls by name: they are
// found and operated by their role and type, so controls added later (Share, Cite, Download…) are
// covered without touching this file. Run on the main page and on one embed view.
//
// How it works: a first pass presses Tab from the top until focus leaves the document (or comes
// back round), recording every stop with its focused and unfocused styles, and compares the stops
// with every visible, enabled, focusable element in the DOM. Roving-tabindex groups (one Tab stop,
// arrow keys inside, like the timeline) must reach their other members with the arrows. A second
// pass operates each stop: it moves focus there with element.focus() (the first pass already proved
// Tab reaches it; walking there again after each change of state would be slow and fragile) and
// then uses keys only. Controls that an operation reveals (a source card's links, an embed panel,
// the timeline's details) must then be reached by Tab from where focus is, and are operated too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHydration, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ORIGIN = new URL(BASE_URL).origin;
// Hard ceiling on Tab presses per walk: the main page has about 300 stops.
const MAX_STOPS = 1500;

/**
 * Installed into the page (page.evaluate runs under the site's CSP, unlike an injected <script>):
 * stable paths to elements, the list of controls a keyboard user must be able to reach, and a
 * counter of DOM changes, so "did anything happen" can be asked of any control.
 */
function install() {
  const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], iframe';
  const NATIVE = 'a[href], button, input, select, textarea, summary';
  const idOk = (id) => id && document.querySelectorAll(`#${CSS.escape(id)}`).length === 1;
  // A CSS path from the nearest uniquely id'd ancestor: survives re-renders that keep the structure.
  const pathOf = (el) => {
    if (!el || el === document.body || el === document.documentElement) return null;
    const parts = [];
    for (let node = el; node && node !== document.documentElement; node = node.parentElement) {
      if (idOk(node.id)) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        return parts.join(' > ');
      }
      const tag = node.tagName.toLowerCase();
      const index = [...node.parentElement.children].filter((c) => c.tagName === node.tagName).indexOf(node) + 1;
      parts.unshift(`${tag}:nth-of-type(${index})`);
    }
    return parts.join(' > ');
  };
  const byPath = (path) => (path ? document.querySelector(path) : null);
  const disabled = (el) => el.matches(':disabled') || el.closest('[inert]') !== null;
  const shown = (el) => el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: false })
    && !el.closest('details:not([open]) > :not(summary)');
  // What a keyboard user must be able to reach with Tab: focusable, shown, enabled, not taken out
  // of the tab order with tabindex=-1.
  const tabbable = () => [...document.querySelectorAll(FOCUSABLE)].filter((el) =>
    shown(el) && !disabled(el) && el.getAttribute('tabindex') !== '-1'
    && (el.matches(NATIVE) || el.hasAttribute('tabindex') || el.isContentEditable || el.tagName === 'IFRAME'));
  // Native controls taken out of the tab order: they must be members of a roving group.
  const roving = () => [...document.querySelectorAll(NATIVE)].filter((el) =>
    shown(el) && !disabled(el) && el.getAttribute('tabindex') === '-1');
  // Whether the element, or an ancestor, is clipped away (a visually hidden list whose focus is
  // mirrored elsewhere): then its own outline is no evidence of a visible indicator.
  const box = (el) => {
    const r = el.getBoundingClientRect();
    let clipped = false;
    for (let node = el; node && node !== document.body && !clipped; node = node.parentElement) {
      const s = getComputedStyle(node);
      const nr = node.getBoundingClientRect();
      clipped = s.clipPath !== 'none' || s.clip !== 'auto' || (s.overflow !== 'visible' && (nr.width <= 1 || nr.height <= 1));
    }
    return { width: r.width, height: r.height, clipped };
  };
  const look = (el) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      shadow: s.boxShadow,
      border: s.borderColor,
      background: s.backgroundColor,
      decoration: s.textDecorationLine,
    };
  };
  const describe = (el) => ({
    path: pathOf(el),
    tag: el.tagName.toLowerCase(),
    type: el.type ?? '',
    role: el.getAttribute('role') ?? '',
    name: (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 50),
    box: box(el),
    look: look(el),
  });
  let mutations = 0;
  new MutationObserver((records) => { mutations += records.length; })
    .observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  // Resolves once the DOM has been still for two frames (re-renders done), or after 500 ms.
  const settle = () => new Promise((resolve) => {
    let last = mutations;
    let frames = 0;
    const started = performance.now();
    const tick = () => {
      frames = mutations === last ? frames + 1 : 0;
      last = mutations;
      if (frames >= 2 || performance.now() - started > 500) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  window.__kb = { pathOf, byPath, tabbable, roving, describe, look, shown, settle, mutations: () => mutations };
}

async function open(context, path) {
  const page = await context.newPage();
  await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  await waitForHydration(page);
  await page.evaluate(install);
  return page;
}

const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el && el !== document.body ? window.__kb.describe(el) : null;
});

/** Screenshots with focus on `path` and with nothing focused: a visible indicator makes them differ. */
async function focusChangesPixels(page, path) {
  const focused = await page.screenshot();
  await page.evaluate(() => document.activeElement?.blur());
  const blurred = await page.screenshot();
  await page.evaluate((p) => window.__kb.byPath(p)?.focus({ preventScroll: true }), path);
  return !focused.equals(blurred);
}

/**
 * Pass 1: Tab from the top of the page until focus leaves the document or comes back to the first
 * stop. Returns the stops in order, after checking them against the DOM and their focus styles.
 */
async function walk(page, label) {
  const stops = [];
  const seen = new Map();
  const started = Date.now();
  let repeats = 0;
  // Start where a reader who opens the page and presses Tab starts: at the top. Chromium moves
  // the starting point of Tab to where the page was scrolled (waking the widgets scrolls to one
  // and back), so put it before the first element again.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.remove();
  });
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await page.keyboard.press('Tab');
    const now = await active(page);
    if (!now || now.path === stops[0]?.path) break;
    // A date input's day, month and year fields are separate Tab stops within one element.
    if (now.path === stops.at(-1)?.path && ++repeats < 5) continue;
    repeats = 0;
    assert.ok(!seen.has(now.path), `${label}: Tab came back to ${now.path} (stop ${seen.get(now.path)}) before the end, at stop ${stops.length}`);
    seen.set(now.path, stops.length);
    stops.push(now);
    // Now and then, one Shift+Tab back and Tab forward again must retrace the same two steps.
    if (stops.length % 37 === 0 && stops.length > 1) {
      await page.keyboard.press('Shift+Tab');
      assert.equal((await active(page))?.path, stops[stops.length - 2].path, `${label}: Shift+Tab from stop ${stops.length - 1} goes back one stop`);
      await page.keyboard.press('Tab');
      assert.equal((await active(page))?.path, now.path, `${label}: Tab forward again`);
    }
  }
  assert.ok(stops.length < MAX_STOPS, `${label}: the walk ended`);

  // From the end, Shift+Tab walks the last stops backwards.
  await page.evaluate((p) => window.__kb.byPath(p).focus(), stops.at(-1).path);
  for (let back = 2; back <= Math.min(6, stops.length); back += 1) {
    await page.keyboard.press('Shift+Tab');
    assert.equal((await active(page))?.path, stops.at(-back).path, `${label}: Shift+Tab back to stop ${stops.length - back}`);
  }

  // (a) Every control a keyboard user must reach was reached.
  const reached = new Set(stops.map((s) => s.path));
  const expected = await page.evaluate(() => window.__kb.tabbable().map((el) => window.__kb.describe(el)));
  const missing = expected.filter((e) => !reached.has(e.path));
  assert.deepEqual(missing.map((m) => `${m.tag} "${m.name}" ${m.path}`), [], `${label}: controls never reached by Tab`);

  // (b) Each stop shows where focus is. Compared with the same element unfocused: a changed
  // outline, shadow, border or background; where none changes (or the element is clipped to a
  // pixel and mirrors its focus elsewhere, as the timeline's list does on the chart), the
  // screen itself must change when focus arrives.
  await page.evaluate(() => document.activeElement?.blur());
  const unfocused = await page.evaluate((paths) => paths.map((p) => window.__kb.look(window.__kb.byPath(p))), stops.map((s) => s.path));
  const noIndicator = [];
  let byPixels = 0;
  for (const [i, stop] of stops.entries()) {
    const before = unfocused[i];
    const changed = ['outline', 'shadow', 'border', 'background', 'decoration'].filter((k) => stop.look[k] !== before[k]);
    const visibleBox = stop.box.width > 2 && stop.box.height > 2 && !stop.box.clipped;
    if (changed.length && visibleBox) continue;
    await page.evaluate((p) => window.__kb.byPath(p).focus(), stop.path);
    byPixels += 1;
    if (!(await focusChangesPixels(page, stop.path))) noIndicator.push(`${stop.tag} "${stop.name}" ${stop.path}`);
  }
  assert.deepEqual(noIndicator, [], `${label}: stops without a visible focus indicator`);

  // Roving groups (checked last: arrows may select). Each native control outside the tab order is reached with the arrow keys from
  // the group's one tab stop (the closest reached stop sharing its parent list).
  const rovers = await page.evaluate(() => window.__kb.roving().map((el) => window.__kb.pathOf(el)));
  let arrowed = 0;
  if (rovers.length) {
    const groups = await page.evaluate(({ rovers, reached }) => {
      const out = {};
      for (const path of rovers) {
        const el = window.__kb.byPath(path);
        let stop = null;
        for (let node = el.parentElement; node && !stop; node = node.parentElement) {
          stop = [...node.querySelectorAll(el.tagName)].find((c) => reached.includes(window.__kb.pathOf(c)));
        }
        const key = stop ? window.__kb.pathOf(stop) : 'none';
        (out[key] ??= []).push(path);
      }
      return out;
    }, { rovers, reached: [...reached] });
    assert.equal(groups.none, undefined, `${label}: controls with tabindex=-1 and no tab stop to arrow from: ${groups.none}`);
    for (const [stop, members] of Object.entries(groups)) {
      const visited = new Set();
      for (const keys of [['Home', 'ArrowDown'], ['End', 'ArrowUp'], ['Home', 'ArrowRight']]) {
        await page.evaluate((p) => window.__kb.byPath(p).focus(), stop);
        await page.keyboard.press(keys[0]);
        for (let n = 0; n <= members.length + 1; n += 1) {
          visited.add((await active(page))?.path);
          await page.keyboard.press(keys[1]);
        }
      }
      const unreached = members.filter((m) => !visited.has(m));
      assert.deepEqual(unreached, [], `${label}: arrow keys from ${stop} reach every member`);
      arrowed += members.length;
    }
  }

  console.log(`# ${label}: ${stops.length} Tab stops (${expected.length} expected) in ${Date.now() - started} ms; ${arrowed} more by arrow keys; ${byPixels} focus indicators checked on screen`);
  return { stops, rovers };
}

/**
 * A snapshot of everything an operation could observably change; with `prepare`, first focuses the
 * element and lets the DOM settle (one round trip instead of three: the walk has ~600 controls).
 */
const snapshot = (page, path, prepare = false) => page.evaluate(async ([p, prepare]) => {
  const el = window.__kb.byPath(p);
  let clipboard = null;
  if (prepare) {
    el?.focus();
    await window.__kb.settle();
    try { clipboard = await navigator.clipboard.readText(); } catch { /* not granted: not compared */ }
  }
  return {
    clipboard,
    url: location.href,
    mutations: window.__kb.mutations(),
    pressed: el?.getAttribute('aria-pressed') ?? null,
    expanded: el?.getAttribute('aria-expanded') ?? null,
    checked: el?.checked ?? null,
    value: el?.value ?? null,
    active: window.__kb.pathOf(document.activeElement),
  };
}, [path, prepare]);

/** Waits until the DOM has been still for a moment (re-renders, timers that hide a "Copied"). */
async function settle(page) {
  await page.evaluate(() => window.__kb.settle());
}

/** Polls `check` until it returns a truthy value or the time runs out. */
async function until(check, ms = 1500) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

const clipboard = (page) => page.evaluate(async () => {
  try { return await navigator.clipboard.readText(); } catch { return null; }
});

/**
 * Pass 2: operates every stop with the keyboard and asserts an effect. Returns counts per kind.
 * `reset` reloads the page when an earlier operation has removed or hidden a control.
 */
async function operateAll(context, path, stops, label) {
  let page = await open(context, path);
  const counts = {};
  const problems = [];
  const done = new Set();
  const tabChecked = new Set();
  const count = (kind) => { counts[kind] = (counts[kind] ?? 0) + 1; };
  const reload = async () => {
    await page.close();
    page = await open(context, path);
    count('page reloads');
  };
  const present = (p) => page.evaluate((q) => { const el = window.__kb.byPath(q); return !!el && window.__kb.shown(el); }, p);
  const focus = (p) => page.evaluate((q) => { const el = window.__kb.byPath(q); el.focus(); return document.activeElement === el; }, p);
  const info = (p) => page.evaluate((q) => {
    const el = window.__kb.byPath(q);
    return {
      ...window.__kb.describe(el),
      href: el.getAttribute('href'),
      download: el.hasAttribute('download'),
      readOnly: !!el.readOnly,
      hasPressed: el.hasAttribute('aria-pressed'),
      hasExpanded: el.hasAttribute('aria-expanded'),
      opensDialog: el.getAttribute('aria-haspopup') === 'dialog',
      region: el.getAttribute('role') === 'region',
      overflows: el.scrollWidth > el.clientWidth + 1,
    };
  }, p);

  // Operates one control; `replay` re-creates the state in which it exists (after a reload).
  async function operate(p, replay = []) {
    if (done.has(p)) return;
    done.add(p);
    if (!(await present(p))) {
      await reload();
      for (const step of replay) await step();
      if (!(await present(p))) { problems.push(`${p}: gone, even on a fresh page`); return; }
    }
    const el = await info(p);
    const what = `${el.tag}${el.type ? `[${el.type}]` : ''} "${el.name}"`;
    const fail = (why) => problems.push(`${what} ${p}: ${why}`);
    if (el.tag === 'a' && el.href && !el.download && new URL(el.href, page.url()).origin !== ORIGIN) {
      // Not followed (no network in tests): it must at least be a real address.
      const url = new URL(el.href, page.url());
      if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return fail(`external href ${el.href}`);
      return count('external links (checked, not followed)');
    }
    let before = await snapshot(page, p, true);

    if (el.tag === 'a' && el.opensDialog) {
      // A glossary term: a link to its entry that, with the card island live, opens the term's
      // card in place instead; Escape puts focus back on the term.
      await page.keyboard.press('Enter');
      const opened = await until(() => page.evaluate((q) => window.__kb.byPath(q)?.getAttribute('aria-expanded') === 'true'
        && !document.getElementById('source-card').hidden, p));
      if (!opened) return fail('Enter opened no card');
      await page.keyboard.press('Escape');
      const back = await until(() => page.evaluate((q) => document.activeElement === window.__kb.byPath(q), p));
      if (!back) return fail('Escape did not put focus back on the term');
      return count('glossary terms (card opened and closed)');
    }

    if (el.region) {
      // A table too wide for the screen scrolls inside a labelled region that takes focus: the
      // arrow keys scroll it. Where it fits, there is nothing to scroll.
      if (!el.overflows) return count('scrolling regions (fitting at this width)');
      const scrolled = async () => page.evaluate((q) => window.__kb.byPath(q).scrollLeft, p);
      const start = await scrolled();
      await page.keyboard.press('ArrowRight');
      if (!(await until(async () => (await scrolled()) > start))) return fail('ArrowRight did not scroll the region');
      return count('scrolling regions (scrolled by keys)');
    }

    if (el.tag === 'a') {
      const url = new URL(el.href, page.url());
      if (el.download) {
        // Enter on a download link: the file arrives (a Playwright download event).
        const download = page.waitForEvent('download', { timeout: 5000 }).catch(() => null);
        await page.keyboard.press('Enter');
        const file = await download;
        if (!file) return fail('Enter downloaded nothing');
        await file.cancel().catch(() => {});
        return count('download links');
      }
      const here = new URL(page.url());
      if (url.pathname === here.pathname && url.hash) {
        await page.keyboard.press('Enter');
        const target = decodeURIComponent(url.hash.slice(1));
        const moved = await until(() => page.evaluate((id) => {
          const t = document.getElementById(id);
          if (!t || decodeURIComponent(location.hash.slice(1)) !== id) return false;
          const r = t.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }, target));
        if (!moved) return fail(`Enter did not move to #${target}`);
        return count('in-page links');
      }
      // Another page of the site: it exists (following it would leave the page under test).
      const response = await page.request.get(url.href);
      if (response.status() !== 200) return fail(`links to ${url.href}, HTTP ${response.status()}`);
      return count('links to other pages of the site');
    }

    if (el.tag === 'input' && ['checkbox', 'radio'].includes(el.type)) {
      await page.keyboard.press('Space');
      let after = await until(async () => (await snapshot(page, p)).checked !== before.checked, 600);
      if (!after && el.type === 'checkbox' && before.checked) {
        // A group may refuse to drop below a minimum ("at least two models"): tick the other
        // boxes of its group with the keyboard, then untick this one.
        const others = await page.evaluate((q) => {
          const box = window.__kb.byPath(q);
          const group = box.closest('fieldset, [role="group"]') ?? box.form ?? document;
          return [...group.querySelectorAll('input[type="checkbox"]')].filter((c) => !c.checked && window.__kb.shown(c)).map((c) => window.__kb.pathOf(c));
        }, p);
        for (const other of others) {
          await focus(other);
          await page.keyboard.press('Space');
        }
        await settle(page);
        await focus(p);
        await page.keyboard.press('Space');
        after = await until(async () => (await snapshot(page, p)).checked !== before.checked);
        if (after) count('checkboxes that needed another ticked first');
      }
      if (!after) return fail('Space did not change checked');
      if (el.type === 'checkbox') {
        await page.keyboard.press('Space');
        if (!(await until(async () => (await snapshot(page, p)).checked === before.checked))) fail('a second Space did not restore it');
      }
      return count(el.type === 'checkbox' ? 'checkboxes' : 'radio buttons');
    }

    if ((el.tag === 'input' && ['range', 'number', 'date', 'time', 'month', 'week', 'datetime-local'].includes(el.type)) || el.tag === 'select') {
      // Arrows step the value; at the end of its range the other way does.
      for (const [forward, backward] of [['ArrowUp', 'ArrowDown'], ['ArrowDown', 'ArrowUp']]) {
        await page.keyboard.press(forward);
        if (await until(async () => (await snapshot(page, p)).value !== before.value, 600)) {
          await settle(page);
          await page.keyboard.press(backward);
          await until(async () => (await snapshot(page, p)).value === before.value, 600);
          return count(el.tag === 'select' ? 'selects' : `${el.type} inputs`);
        }
      }
      return fail('arrow keys did not change the value');
    }

    if ((el.tag === 'input' && !['button', 'submit', 'reset', 'image', 'file', 'color'].includes(el.type)) || el.tag === 'textarea') {
      if (el.readOnly) {
        // A read-only field (a snippet to copy): the keyboard selects all of it.
        await page.keyboard.press('ControlOrMeta+a');
        const all = await page.evaluate((q) => { const f = window.__kb.byPath(q); return f.selectionStart === 0 && f.selectionEnd === f.value.length && f.value.length > 0; }, p);
        return all ? count('read-only fields (select all)') : fail('Ctrl+A did not select its text');
      }
      await page.keyboard.press('End');
      await page.keyboard.type('7');
      const changed = await until(async () => (await snapshot(page, p)).value !== before.value);
      await page.keyboard.press('Backspace');
      await until(async () => (await snapshot(page, p)).value === before.value, 600);
      return changed ? count('text fields') : fail('typing did not change the value');
    }

    // Buttons and anything else focusable: Space for toggle buttons, Enter for the rest.
    const key = el.hasPressed ? 'Space' : 'Enter';
    if (el.hasPressed && before.pressed === 'true') {
      // One of a set of mutually exclusive chips (presets, scale, order), pressed already:
      // press another of its set first, so pressing this one has something to change.
      const other = await page.evaluate((q) => {
        const chip = window.__kb.byPath(q);
        const sibling = [...chip.parentElement.querySelectorAll('[aria-pressed="false"]')].find((c) => window.__kb.shown(c));
        return sibling ? window.__kb.pathOf(sibling) : null;
      }, p);
      if (other) {
        await focus(other);
        await page.keyboard.press('Space');
        before = await snapshot(page, p, true);
      }
    }
    const download = page.waitForEvent('download', { timeout: 1500 }).catch(() => null);
    const shownBefore = await page.evaluate(() => [...window.__kb.tabbable(), ...window.__kb.roving()].map((c) => window.__kb.pathOf(c)));
    await page.keyboard.press(key);
    const after = await until(async () => {
      const now = await snapshot(page, p);
      return (now.pressed !== before.pressed || now.expanded !== before.expanded || now.url !== before.url
        || now.mutations !== before.mutations || now.active !== before.active) && now;
    });
    let effect = after ? 'dom' : null;
    if (!effect && (await download)) effect = 'download';
    if (!effect && before.clipboard !== null && (await clipboard(page)) !== before.clipboard) effect = 'clipboard';
    if (!effect && !replay.fresh) {
      // Perhaps a no-op in the state earlier operations left (the event already selected): once
      // more on a fresh page.
      done.delete(p);
      await reload();
      for (const step of replay) await step();
      return operate(p, Object.assign([...replay], { fresh: true }));
    }
    if (!effect) return fail(`${key} had no observable effect`);
    if (el.hasPressed && after && after.pressed === before.pressed) return fail(`${key} did not change aria-pressed`);
    count(el.hasExpanded ? 'disclosure buttons' : el.hasPressed ? 'toggle buttons' : 'other buttons');
    await settle(page);

    // Controls the operation revealed must be reachable by Tab from where focus now is, and work.
    const now = await snapshot(page, p);
    // A hand-off (a date sent from the timeline or the price chart to the calculator) changes
    // another widget, elsewhere on the page: what it revealed there is reached by Tab from that
    // widget, and the hand-off's own note links to it. Controls revealed inside the operated
    // control's own widget, or outside every widget (the source card), must follow it.
    const revealed = await page.evaluate(([old, operated]) => {
      const home = window.__kb.byPath(operated)?.closest('.widget');
      return window.__kb.tabbable()
        .filter((c) => !home || !c.closest('.widget') || c.closest('.widget') === home)
        .map((c) => window.__kb.pathOf(c))
        .filter((q) => !old.includes(q));
    }, [shownBefore, p]);
    // Checked once per distinct set (a hundred source cards share a few layouts).
    const signature = revealed.join('|');
    if (revealed.length && !tabChecked.has(signature)) {
      tabChecked.add(signature);
      const reachedByTab = new Set();
      // The revealed part may sit a little further on (the timeline's details after its chips).
      for (let n = 0; n < revealed.length + 40 && reachedByTab.size < revealed.length; n += 1) {
        await page.keyboard.press('Tab');
        const at = (await active(page))?.path;
        if (revealed.includes(at)) reachedByTab.add(at);
      }
      const unreached = revealed.filter((q) => !reachedByTab.has(q));
      if (unreached.length) fail(`revealed controls not reached by Tab: ${unreached.join(', ')}`);
      count('revealed controls reached by Tab');
    }
    // A popup that took focus closes on Escape and hands focus back.
    if (now.expanded === 'true' && before.expanded === 'false' && now.active !== p) {
      await page.keyboard.press('Escape');
      const closed = await until(async () => {
        const s = await snapshot(page, p);
        return s.expanded === 'false' && s.active === p;
      });
      if (!closed) fail('Escape did not close what it opened and return focus to it');
      else count('popups closed by Escape');
    } else if (now.expanded === 'true' && before.expanded === 'false') {
      // A disclosure that keeps focus closes with the same key.
      await focus(p);
      await page.keyboard.press(key);
      if (!(await until(async () => (await snapshot(page, p)).expanded === 'false'))) fail(`a second ${key} did not close it`);
    } else if (el.hasPressed && now.pressed !== before.pressed) {
      // Toggles (filters) are switched back; radio-like chips (presets, order) stay.
      if (await present(p)) {
        await focus(p);
        await page.keyboard.press(key);
        await until(async () => (await snapshot(page, p)).pressed === before.pressed, 400);
      }
    }
    await settle(page);

    // Then each revealed control is operated in the state that shows it.
    const reopen = async () => {
      if (await present(p)) {
        await focus(p);
        await page.keyboard.press(key);
        await settle(page);
      }
    };
    for (const q of revealed) {
      if (done.has(q)) continue;
      if (!(await present(q))) await reopen();
      await operate(q, [...replay, reopen]);
      // Close what is still open before the next top-level control.
      if ((await snapshot(page, p)).expanded === 'true') {
        await page.keyboard.press('Escape');
        await settle(page);
      }
    }
  }

  const started = Date.now();
  for (const stop of stops) await operate(stop.path);
  const operated = Object.entries(counts).filter(([k]) => k !== 'page reloads' && k !== 'revealed controls reached by Tab').reduce((n, [, v]) => n + v, 0);
  console.log(`# ${label}: operated ${operated} controls in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
  assert.deepEqual(problems, [], `${label}: controls that did nothing observable`);
  await page.close();
  return counts;
}

async function keyboardOnly(path, label, { minStops, lang }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const page = await open(context, path);
  if (lang) assert.equal(await page.locator('html').getAttribute('lang'), lang, `${label}: the edition walked`);
  const { stops, rovers } = await walk(page, label);
  assert.ok(stops.length >= minStops, `${label}: ${stops.length} stops`);
  await page.close();
  // The roving members are operated too (Enter on a timeline event selects it).
  const counts = await operateAll(context, path, [...stops, ...rovers.map((p) => ({ path: p }))], label);
  await context.close();
  return counts;
}

// Both editions (issue 16): the Chinese page has the same controls, with its own words.
for (const { path, label } of [{ path: '', label: 'main page' }, { path: 'zh/', label: 'Chinese edition' }]) {
  test(`keyboard only: the ${label}, every control reached by Tab, visibly focused, and operated`, async () => {
    const counts = await keyboardOnly(path, label, { minStops: 150, lang: path ? 'zh-CN' : 'en' });
    // The kinds the page is known to have must all have been exercised (a walk that silently
    // stopped early, or a classifier that skipped a kind, would miss some).
    for (const kind of ['in-page links', 'external links (checked, not followed)', 'download links', 'checkboxes', 'range inputs', 'date inputs', 'text fields', 'toggle buttons', 'disclosure buttons', 'popups closed by Escape', 'revealed controls reached by Tab']) {
      assert.ok(counts[kind] > 0, `${label}: operated some ${kind}: ${JSON.stringify(counts)}`);
    }
    assert.ok(counts['popups closed by Escape'] >= 20, 'source cards close on Escape with focus back on their figure');
  });
}

test('keyboard only: the cost embed view', async () => {
  const counts = await keyboardOnly('embed-cost.html', 'cost embed', { minStops: 10 });
  assert.ok(counts['range inputs'] > 0 && counts.checkboxes > 0);
});
