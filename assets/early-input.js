// early-input.js: what a reader does in a widget before its WebAssembly is live is kept and
// applied once it is. Part of every loader (xtask/src/scripts.rs), ahead of the islands code, so it
// listens from the moment the page is interactive. The widgets' own code stays the one place that
// interprets input: this file only records the real DOM events (the value a field ended with, a
// click, a toggle, a key on a timeline event) and, when the island is live, sends the same events
// again, in order, to the same controls, so the Rust reducers see what the reader did.
//
// It also shows each widget's "starting" state (styles/main.css) and, before the timeline is live,
// lets its prerendered events take focus, so arrow keys pressed there are kept as well.
const earlyInput = (() => {
  const queues = new Map();
  const live = new Set();
  const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' '];

  function slotOf(element) {
    const slot = element instanceof Element ? element.closest('[data-island]') : null;
    return slot && slot.dataset.island !== 'cards' ? slot : null;
  }

  function pending(element) {
    const slot = slotOf(element);
    return slot && !live.has(slot.dataset.island) && slot.dataset.failed !== 'true' ? slot : null;
  }

  // A control is found again by its id, or by the data-action it carries; the prerendered node
  // itself is the last resort (hydration keeps it, a re-render may not).
  function locator(element) {
    if (element.id) return `#${CSS.escape(element.id)}`;
    if (element.dataset.action) return `[data-action="${CSS.escape(element.dataset.action)}"]`;
    return null;
  }

  function record(slot, entry) {
    const key = slot.dataset.island;
    if (!queues.has(key)) queues.set(key, []);
    const queue = queues.get(key);
    const last = queue[queue.length - 1];
    // Typing is many input events: only the value the field ends with matters.
    if (entry.kind === 'value' && last && last.kind === 'value' && last.element === entry.element) queue.pop();
    queue.push(entry);
  }

  function onValue(event) {
    const element = event.target;
    const slot = pending(element);
    if (!slot || !(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) return;
    if (element.type === 'checkbox' || element.type === 'radio') {
      if (event.type === 'change') record(slot, { kind: 'toggle', element, where: locator(element) });
      return;
    }
    // Sliders tell the widget on input, text boxes, dates and menus on change.
    const dispatch = element.type === 'range' ? 'input' : 'change';
    record(slot, { kind: 'value', element, where: locator(element), value: element.value, dispatch });
  }

  function onClick(event) {
    const slot = pending(event.target);
    if (!slot) return;
    const button = event.target.closest('button');
    // Figures open their card through the loader's own replay; the share tools need no wasm.
    if (button && !button.closest('.share-tools') && !button.matches('button.fact')) {
      record(slot, { kind: 'click', element: button, where: locator(button) });
      return;
    }
    // A timeline event, in the prerendered list or chart (but not a citation link in it).
    const event_ = event.target.closest('[data-event]');
    if (event_ && !event.target.closest('a[href]')) {
      record(slot, { kind: 'pick', event: event_.dataset.event, shift: event.shiftKey });
    }
  }

  function onKey(event) {
    const item = event.target instanceof Element ? event.target.closest('li[data-event]') : null;
    const slot = item && pending(item);
    if (!slot || !NAV_KEYS.includes(event.key)) return;
    event.preventDefault();
    record(slot, { kind: 'key', event: item.dataset.event, key: event.key, shift: event.shiftKey });
  }

  document.addEventListener('input', onValue, true);
  document.addEventListener('change', onValue, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);

  // The prerendered timeline list: one tab stop, so its events can be reached before it is live.
  function focusableTimeline() {
    for (const list of document.querySelectorAll('[data-island="timeline"] ol.timeline-list')) {
      list.querySelectorAll('li[data-event]').forEach((item, index) => {
        if (!item.hasAttribute('tabindex')) item.tabIndex = index === 0 ? 0 : -1;
      });
    }
  }

  function widgetOf(key) {
    const slot = document.querySelector(`[data-island="${key}"]`);
    return slot ? slot.closest('.widget') : null;
  }

  function setStatus(key, text, state) {
    const widget = widgetOf(key);
    if (!widget) return;
    const status = widget.querySelector('.island-status');
    if (status) status.textContent = text;
    if (state) widget.dataset.state = state;
    else delete widget.dataset.state;
  }

  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  function find(slot, entry) {
    const again = entry.where ? slot.querySelector(entry.where) : null;
    return again || (entry.element && entry.element.isConnected ? entry.element : null);
  }

  async function replay(key) {
    const slot = document.querySelector(`[data-island="${key}"]`);
    const queue = queues.get(key) || [];
    queues.delete(key);
    let keyTarget = null;
    for (const entry of queue) {
      if (!slot || !slot.isConnected) return;
      if (entry.kind === 'pick' || entry.kind === 'key') {
        const button = document.getElementById(`tl-ev-${entry.event}`);
        if (!button) continue;
        if (entry.kind === 'pick') {
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: entry.shift }));
          keyTarget = null;
        } else {
          // A run of keys was pressed on one event before it was live: the first goes to that
          // event, the next ones to wherever the widget has since moved the focus.
          const target = keyTarget && document.activeElement && slot.contains(document.activeElement) ? document.activeElement : button;
          target.focus();
          target.dispatchEvent(new KeyboardEvent('keydown', { key: entry.key, bubbles: true, cancelable: true, shiftKey: entry.shift }));
          keyTarget = target;
        }
      } else {
        const element = find(slot, entry);
        if (!element) continue;
        if (entry.kind === 'value') {
          element.value = entry.value;
          element.dispatchEvent(entry.dispatch === 'input'
            ? new InputEvent('input', { bubbles: true })
            : new Event('change', { bubbles: true }));
        } else if (entry.kind === 'toggle') {
          // The box already shows the reader's choice; the widget is told once per toggle.
          element.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          element.click();
        }
        keyTarget = null;
      }
      // Each event is handled and rendered before the next, as when the reader did it.
      await nextTask();
    }
  }

  return {
    // The wasm is on its way: every widget not yet live says so.
    starting(keys) {
      for (const key of keys) if (!live.has(key) && key !== 'cards') setStatus(key, widgetOf(key)?.querySelector('.island-status')?.dataset.starting ?? '', 'starting');
    },
    // The island's Rust code now handles its events: stop recording, then apply what was kept.
    async live(key) {
      live.add(key);
      await nextTask();
      await replay(key);
      setStatus(key, '', null);
    },
    // It could not start: nothing to apply; its static result stays (styles/main.css).
    failed(key) {
      live.add(key);
      queues.delete(key);
      setStatus(key, '', null);
    },
    focusableTimeline,
  };
})();

earlyInput.focusableTimeline();
