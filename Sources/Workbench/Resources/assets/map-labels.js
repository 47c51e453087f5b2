// The seat map's labels and marks, mixed into MapView: people's names (and empty seat numbers)
// for the seats in view when near, unit names on their seats in between, block names in
// screen-constant size, and the marks (selection, search hit, preview moves, drop target).
export const NS = 'http://www.w3.org/2000/svg';
export const OVERSCAN = 0.3; // the SVG reaches this share of the screen beyond every edge
const NAME_PX = 8.5;         // smallest name size (px) worth drawing
const UNIT_LABEL_PX = 12;    // unit and block labels, in screen pixels
const MAX_LABELS = 2500;

export function svg(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  if (attrs) for (const key in attrs) if (attrs[key] !== null && attrs[key] !== undefined) node.setAttribute(key, attrs[key]);
  return node;
}
export const r3 = (v) => Math.round(v * 1000) / 1000;

export const labelMethods = {
  // ---- labels (level of detail) ---------------------------------------------------------

  clearLabels() {
    this.labelLayer.replaceChildren();
    this.labels.clear();
    this.labelMode = '';
  },

  updateLabels() {
    if (!this.model) return;
    const m = this.model;
    const seatW = m.pitch * 0.86;
    const namesFit = (seatW * 0.9 / 3) * this.k >= NAME_PX;
    const mode = namesFit ? 'names' : 'units';
    if (mode !== this.labelMode) { this.clearLabels(); this.labelMode = mode; }
    const wanted = new Map();
    // Names for the seats on screen (and a seat's width around); unit names a little wider.
    const rect = this.viewRect(mode === 'names' ? m.pitch : OVERSCAN * Math.max(this.W, this.H) / this.k * 0.5);
    if (mode === 'names') {
      const seats = m.seatsIn(this.floor, rect, MAX_LABELS);
      const showNumbers = this.k * seatW >= 30;
      for (const s of seats) {
        if (s.person) wanted.set(`n:${s.id}`, s);
        else if (showNumbers && s.number && !s.unavailable) wanted.set(`e:${s.id}`, s);
      }
    } else {
      for (const c of this.unitLabels(rect)) wanted.set(`u:${c.unit}|${r3(c.x)}|${r3(c.y)}`, c);
      // Rostrum chairs are wider than hall seats: their names fit sooner.
      if ((m.rostrumPitch * 0.86 * 0.9 / 3) * this.k >= NAME_PX && m.floorOfSeat(m.rostrum[0]) === this.floor) {
        for (const s of m.rostrum) if (s.x >= rect.minX && s.x <= rect.maxX && s.y >= rect.minY && s.y <= rect.maxY) wanted.set(`n:${s.id}`, s);
      }
    }
    for (const [key, node] of this.labels) if (!wanted.has(key)) { node.remove(); this.labels.delete(key); }
    const frag = document.createDocumentFragment();
    const px = 1 / this.k;
    for (const [key, item] of wanted) {
      let node = this.labels.get(key);
      if (key.startsWith('u:')) {
        if (!node) { node = this.unitLabel(item); this.labels.set(key, node); frag.appendChild(node); }
        node.setAttribute('font-size', r3(UNIT_LABEL_PX * px));
        node.setAttribute('stroke-width', r3(3 * px));
      } else if (!node) {
        node = key.startsWith('n:') ? this.nameLabel(item) : this.numberLabel(item);
        this.labels.set(key, node); frag.appendChild(node);
      }
    }
    this.labelLayer.appendChild(frag);
    this.blockLabels(rect);
  },

  nameLabel(s) {
    const { w } = this.seatSize(s);
    const name = s.person.name || '';
    const len = [...name].length;
    const size = (w * 0.9) / Math.max(3, len);
    const unit = this.model.units.get(s.person.unit);
    const t = svg('text', {
      class: `seat-name${s.rostrum ? ' on-rostrum' : ''}`, x: r3(this.X(s.x)), y: r3(this.Y(s.y)), 'font-size': r3(size),
      fill: s.rostrum ? null : unit?.ink || '#1a1a1a',
    });
    t.textContent = name;
    return t;
  },

  numberLabel(s) {
    const { w } = this.seatSize(s);
    const t = svg('text', { class: 'seat-number', x: r3(this.X(s.x)), y: r3(this.Y(s.y)), 'font-size': r3(w * 0.3) });
    t.textContent = s.number;
    return t;
  },

  unitLabel(c) {
    const t = svg('text', { class: 'unit-label', x: r3(this.X(c.x)), y: r3(this.Y(c.y)), fill: this.model.units.get(c.unit)?.ink || '#333' });
    t.textContent = c.unit;
    return t;
  },

  /** Unit names that fit on their seats at this zoom, largest units first, without overlaps. */
  unitLabels(rect) {
    const out = [];
    if (this.k * this.model.pitch < 6) return out;
    const boxes = [];
    for (const c of this.model.clusters(this.floor)) {
      if (c.x < rect.minX || c.x > rect.maxX || c.y < rect.minY || c.y > rect.maxY) continue;
      const textW = [...c.unit].length * UNIT_LABEL_PX + 4;
      const width = c.width * this.k; const height = c.height * this.k;
      if (textW > width * 1.1 || height < UNIT_LABEL_PX * 1.1) continue;
      const p = this.toScreen(c.x, c.y);
      const box = [p.x - textW / 2, p.y - 8, p.x + textW / 2, p.y + 8];
      if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      boxes.push(box);
      out.push(c);
      if (out.length > 400) break;
    }
    return out;
  },

  /** Block names in front of their blocks, in screen-constant size (kept in the label layer). */
  blockLabels() {
    if (!this.blockGroup || this.blockGroup.dataset.key !== `${this.floor}|${this.flip}`) {
      this.blockGroup?.remove();
      this.blockGroup = svg('g', { class: 'block-labels' });
      this.blockGroup.dataset.key = `${this.floor}|${this.flip}`;
      for (const b of this.model.blockAnchors(this.floor)) {
        const t = svg('text', { class: 'block-label', x: r3(this.X(b.x)) });
        t.textContent = b.name;
        t.frontY = b.y;
        this.blockGroup.appendChild(t);
      }
    }
    // In front of the block's front row, clear of its seats at any zoom.
    const gap = this.model.pitch * 0.45 + 10 / this.k;
    for (const t of this.blockGroup.children) t.setAttribute('y', r3(this.Y(t.frontY - gap)));
    if (this.blockGroup.parentNode !== this.labelLayer) this.labelLayer.prepend(this.blockGroup);
    const size = r3(13 / this.k);
    this.blockGroup.setAttribute('font-size', size);
    this.blockGroup.setAttribute('stroke-width', r3(3 / this.k));
  },

  // ---- marks: selection, found, moves, drop target ---------------------------------------

  select(seatId) { this.marks.selected = seatId; this.refreshMarks(); },
  found(seatId) { this.marks.found = seatId; this.refreshMarks(); },
  setMoves(moves) { this.marks.moves = moves || []; this.refreshMarks(); },
  setDrop(seatId, ok) { this.marks.drop = seatId ? { id: seatId, ok } : null; this.refreshMarks(); },

  seatOnFloor(id) {
    const s = this.model?.seats.get(id);
    if (!s) return null;
    const floor = this.model.floorOfSeat(s);
    return floor === this.floor || floor === null ? s : null;
  },

  ring(s, cls, grow = 0.08) {
    const { w, h } = this.seatSize(s);
    const X = this.X(s.x); const Y = this.Y(s.y);
    // The turn sits on a group, so a CSS animation of the ring's own transform keeps it.
    const g = svg('g', { transform: s.angle ? `rotate(${s.angle} ${r3(X)} ${r3(Y)})` : null });
    g.appendChild(svg('rect', {
      class: cls, x: r3(X - w / 2 - grow), y: r3(Y - h / 2 - grow),
      width: r3(w + 2 * grow), height: r3(h + 2 * grow), rx: r3(Math.min(w, h) * 0.25 + grow),
    }));
    return g;
  },

  refreshMarks() {
    if (!this.model) return;
    const frag = document.createDocumentFragment();
    for (const mv of this.marks.moves) {
      const blocked = mv.block && this.seatOnFloor(mv.block);
      if (blocked) frag.appendChild(this.ring(blocked, 'mark-block', 0.06));
      const a = mv.from && this.seatOnFloor(mv.from); const b = mv.to && this.seatOnFloor(mv.to);
      if (a) frag.appendChild(this.ring(a, 'mark-from', 0.06));
      if (b) frag.appendChild(this.ring(b, 'mark-to', 0.06));
      if (a && b) {
        const d = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const cut = Math.min(0.3, d / 3);
        const ux = (b.x - a.x) / d; const uy = (b.y - a.y) / d;
        frag.appendChild(svg('line', {
          class: 'move-arrow', x1: r3(this.X(a.x + ux * cut)), y1: r3(this.Y(a.y + uy * cut)),
          x2: r3(this.X(b.x - ux * cut)), y2: r3(this.Y(b.y - uy * cut)), 'marker-end': 'url(#arrow)',
        }));
      }
    }
    const found = this.marks.found && this.seatOnFloor(this.marks.found);
    if (found) {
      if (this.marks.found !== this.marks.selected) frag.appendChild(this.ring(found, 'mark-found', 0.1));
      frag.appendChild(this.ring(found, 'mark-found-pulse', 0.1));
    }
    const selected = this.marks.selected && this.seatOnFloor(this.marks.selected);
    if (selected) frag.appendChild(this.ring(selected, 'mark-selected', 0.07));
    const drop = this.marks.drop && this.seatOnFloor(this.marks.drop.id);
    if (drop) frag.appendChild(this.ring(drop, this.marks.drop.ok ? 'mark-drop' : 'mark-drop-bad', 0.1));
    this.markLayer.replaceChildren(frag);
  },
};
