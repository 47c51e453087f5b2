// Pointer interactions on the seat map: wheel zoom round the cursor, drag empty space to pan,
// pinch-zoom and pan with two fingers, click a seat to select it, and drag a person (mouse:
// press and move; touch: press and hold) onto an empty seat (pin) or onto another person (swap),
// with a ghost following the pointer.
const CLICK_SLOP = 4;   // px a press may move and still be a click
const HOLD_MS = 380;    // touch press-and-hold before a person is picked up

/**
 * hooks: {
 *   canDrag(): boolean              – the shown version is editable
 *   click(seatEl | null, event)     – a click on a seat or on empty space
 *   drop(person, seat)              – a person dropped on a seat (the hooks decide pin / swap)
 *   dropState(person, seat) → 'ok' | 'swap' | 'bad'
 * }
 */
export function attachInteractions(view, host, ghost, hooks) {
  const svgEl = view.svg;
  const pointers = new Map(); // id → {x, y}
  let press = null;  // {id, x, y, seatEl, person, mode: 'pending'|'pan'|'drag'|'pinch', timer}
  let pinch = null;  // {dist, midX, midY}
  let suppressClick = false;

  const local = (e) => {
    const box = host.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };

  host.addEventListener('wheel', (e) => {
    e.preventDefault();
    const p = local(e);
    const unit = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1;
    const delta = Math.max(-300, Math.min(300, e.deltaY * unit));
    view.zoomAt(Math.exp(-delta * (e.ctrlKey ? 0.01 : 0.0022)), p.x, p.y);
  }, { passive: false });

  svgEl.addEventListener('dblclick', (e) => {
    if (e.target.closest('[data-seat]')) return;
    const p = local(e);
    view.stopAnimation();
    view.zoomAt(2, p.x, p.y);
  });

  svgEl.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    try { svgEl.setPointerCapture(e.pointerId); } catch { /* synthetic or already released pointer */ }
    view.stopAnimation();
    if (pointers.size === 2) {
      cancelPress();
      const [a, b] = [...pointers.values()];
      pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y), midX: (a.x + b.x) / 2, midY: (a.y + b.y) / 2 };
      return;
    }
    if (pointers.size > 2) return;
    const seatEl = e.target.closest('[data-seat]');
    const person = seatEl && seatEl.dataset.attendee ? hooks.person(seatEl.dataset.attendee) : null;
    press = { id: e.pointerId, x: e.clientX, y: e.clientY, seatEl, person, mode: 'pending', timer: 0, touch: e.pointerType !== 'mouse' };
    if (person && press.touch && hooks.canDrag()) {
      press.timer = setTimeout(() => { if (press && press.mode === 'pending') startDrag(e); }, HOLD_MS);
    }
  });

  svgEl.addEventListener('pointermove', (e) => {
    const p = pointers.get(e.pointerId);
    if (!p) { hooks.hover?.(e); return; }
    const last = { ...p };
    p.x = e.clientX; p.y = e.clientY;
    if (pinch && pointers.size >= 2) {
      const [a, b] = [...pointers.values()];
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      const midX = (a.x + b.x) / 2; const midY = (a.y + b.y) / 2;
      const box = host.getBoundingClientRect();
      view.panBy(midX - pinch.midX, midY - pinch.midY);
      if (pinch.dist > 0) view.zoomAt(dist / pinch.dist, midX - box.left, midY - box.top);
      pinch = { dist, midX, midY };
      return;
    }
    if (!press || press.id !== e.pointerId) return;
    const moved = Math.hypot(e.clientX - press.x, e.clientY - press.y);
    if (press.mode === 'pending' && moved > CLICK_SLOP) {
      clearTimeout(press.timer);
      if (press.person && !press.touch && hooks.canDrag()) startDrag(e);
      else { press.mode = 'pan'; host.classList.add('is-panning'); hooks.hover?.(null); }
    }
    if (press.mode === 'pan') view.panBy(e.clientX - last.x, e.clientY - last.y);
    else if (press.mode === 'drag') moveDrag(e);
  });

  const end = (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.delete(e.pointerId);
    if (pinch) {
      if (pointers.size < 2) pinch = null;
      suppressClick = true;
      return;
    }
    if (!press || press.id !== e.pointerId) return;
    clearTimeout(press.timer);
    const p = press;
    press = null;
    host.classList.remove('is-panning');
    if (p.mode === 'drag') finishDrag(e, p, e.type === 'pointerup');
    else if (p.mode === 'pending' && e.type === 'pointerup') {
      if (suppressClick) { suppressClick = false; return; }
      hooks.click(p.seatEl, e);
    }
    if (pointers.size === 0) suppressClick = false;
  };
  svgEl.addEventListener('pointerup', end);
  svgEl.addEventListener('pointercancel', end);
  svgEl.addEventListener('pointerleave', (e) => { if (!pointers.has(e.pointerId)) hooks.hover?.(null); });

  function cancelPress() {
    if (!press) return;
    clearTimeout(press.timer);
    if (press.mode === 'drag') { ghost.hidden = true; view.setDrop(null); host.classList.remove('is-dragging'); }
    press = null;
  }

  function startDrag(e) {
    press.mode = 'drag';
    host.classList.add('is-dragging');
    hooks.hover?.(null);
    const person = press.person;
    ghost.replaceChildren();
    const name = document.createElement('b'); name.textContent = person.name;
    const unit = document.createElement('span'); unit.textContent = person.unit || '';
    const hint = document.createElement('small'); hint.className = 'ghost-hint'; hint.textContent = '拖到空座位：固定；拖到他人：对调';
    ghost.append(name, unit, hint);
    ghost.hidden = false;
    press.seatEl.classList.add('is-lifted');
    moveDrag(e);
  }

  function moveDrag(e) {
    ghost.style.transform = `translate(${Math.round(e.clientX + 14)}px, ${Math.round(e.clientY + 12)}px)`;
    const target = view.seatAt(e.clientX, e.clientY);
    if (!target || target === press.seatEl) { view.setDrop(null); ghost.dataset.state = ''; return; }
    const state = hooks.dropState(press.person, target.dataset.seat);
    view.setDrop(target.dataset.seat, state !== 'bad');
    ghost.dataset.state = state;
  }

  function finishDrag(e, p, dropped) {
    ghost.hidden = true;
    host.classList.remove('is-dragging');
    p.seatEl.classList.remove('is-lifted');
    view.setDrop(null);
    if (!dropped) return;
    const target = view.seatAt(e.clientX, e.clientY);
    if (target && target !== p.seatEl) hooks.drop(p.person, target.dataset.seat);
  }

  // Keyboard: + / − zoom, arrows pan, 0 fits (when the map, not a field, has focus).
  host.addEventListener('keydown', (e) => {
    if (e.target.closest('input, textarea, select')) return;
    const step = 80;
    const keys = {
      '+': () => view.zoomAnimated(1.5), '=': () => view.zoomAnimated(1.5), '-': () => view.zoomAnimated(1 / 1.5),
      0: () => view.fit(), ArrowLeft: () => view.panBy(step, 0), ArrowRight: () => view.panBy(-step, 0),
      ArrowUp: () => view.panBy(0, step), ArrowDown: () => view.panBy(0, -step),
    };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });

  return { cancel: cancelPress };
}
