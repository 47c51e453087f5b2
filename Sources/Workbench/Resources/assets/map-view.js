// The seat map's drawing: one SVG; the seats of a floor are built once (DocumentFragment) and
// cached per floor and orientation. Pan and zoom run in requestAnimationFrame: while moving, the
// drawn SVG is only moved by a CSS transform (nothing is redrawn); when the view settles, the
// viewBox is set and the level of detail redone for the seats in view (map-labels.js).
import { labelMethods, svg, r3, NS, OVERSCAN } from '/assets/map-labels.js';

export class MapView {
  constructor(svgElement, host) {
    this.svg = svgElement;
    this.host = host;
    this.model = null;
    this.floor = null;
    this.flip = 1; // 1 audience view, -1 stage view
    this.cx = 0; this.cy = 0; this.k = 20;
    this.W = 800; this.H = 600;
    this.floorGroups = new Map();
    this.labels = new Map();
    this.labelMode = '';
    this.anim = null;
    this.frame = 0;
    this.settleTimer = 0;
    this.committed = null;
    this.dirty = true;
    this.lod = '';
    this.marks = { selected: null, found: null, moves: [], drop: null };
    /** The people checked in (the attendance view colours their seats). */
    this.arrived = new Set();

    this.svg.replaceChildren();
    this.svg.setAttribute('xmlns', NS);
    const defs = svg('defs');
    const hatch = svg('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 0.16, height: 0.16, patternTransform: 'rotate(45)' });
    hatch.append(svg('rect', { width: 0.16, height: 0.16, fill: '#dedede' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 0.16, stroke: '#a9a9a9', 'stroke-width': 0.05 }));
    const arrow = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' });
    arrow.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#d9480f' }));
    defs.append(hatch, arrow);
    this.svg.appendChild(defs);
    this.floorLayer = svg('g', { class: 'layer-floor' });
    this.markLayer = svg('g', { class: 'layer-marks' });
    this.labelLayer = svg('g', { class: 'layer-labels' });
    this.svg.append(this.floorLayer, this.markLayer, this.labelLayer);

    const measure = () => {
      const box = this.host.getBoundingClientRect();
      if (!box.width || !box.height) return;
      // Keep the drawing's left edge where it is when the side panel opens or closes.
      if (this.committed) this.cx += (box.width - this.W) / 2 / this.k;
      this.W = box.width; this.H = box.height;
      this.requestRender();
    };
    new ResizeObserver(measure).observe(this.host);
    measure();
  }

  // ---- model, floor, orientation -------------------------------------------------------

  /** Shows a (new) model; keeps floor, orientation and zoom when `keepView`. */
  setModel(model, keepView) {
    this.model = model;
    for (const g of this.floorGroups.values()) g.remove();
    this.floorGroups.clear();
    this.blockGroup = null;
    this.clearLabels();
    if (!model.floors.includes(this.floor)) this.floor = model.floors[0];
    this.showFloor();
    if (!keepView) this.fit(false);
    this.refreshMarks();
    this.requestRender(true);
  }

  setFloor(floor) {
    if (!this.model || floor === this.floor || !this.model.floors.includes(floor)) return;
    this.floor = floor;
    this.showFloor();
    this.fit(false);
    this.refreshMarks();
  }

  setOrientation(stage) {
    const flip = stage ? -1 : 1;
    if (flip === this.flip) return;
    this.flip = flip;
    this.cx = -this.cx; this.cy = -this.cy;
    this.showFloor();
    this.refreshMarks();
    this.requestRender(true);
  }

  showFloor() {
    this.clearLabels();
    const key = `${this.floor}|${this.flip}`;
    let g = this.floorGroups.get(key);
    if (!g) {
      g = this.buildFloor(this.floor);
      this.floorGroups.set(key, g);
    }
    this.floorLayer.replaceChildren(g);
    this.svg.dataset.floor = this.floor ?? '';
    this.requestRender(true);
  }

  /** Seat size in metres: a little less than the pitch. */
  seatSize(seat) {
    const p = seat.rostrum ? this.model.rostrumPitch : this.model.pitch;
    return { w: p * 0.86, h: Math.min(p * 0.74, 0.62) };
  }

  X(x) { return this.flip * x; }
  Y(y) { return this.flip * y; }

  buildFloor(floor) {
    const m = this.model;
    const g = svg('g', { class: 'floor', 'data-floor': floor ?? '' });
    const frag = document.createDocumentFragment();
    const f = this.flip;

    // The stage band with the rostrum (lowest floor) or a pointer to it (upper floors).
    if (m.hasStage(floor)) {
      const b = m.stageBand();
      frag.appendChild(svg('rect', {
        class: 'stage', x: r3(Math.min(f * b.minX, f * b.maxX)), y: r3(Math.min(f * b.minY, f * b.maxY)),
        width: r3(b.maxX - b.minX), height: r3(b.maxY - b.minY), rx: 0.3,
      }));
      frag.appendChild(svg('line', { class: 'stage-edge', x1: r3(f * b.minX), x2: r3(f * b.maxX), y1: 0, y2: 0 }));
      const label = svg('text', {
        class: 'stage-label', x: 0, y: r3(f * b.labelY), 'font-size': 1.0,
      });
      label.textContent = '主席台';
      frag.appendChild(label);
    } else if (m.venue.hasRostrum && m.floors.length > 1) {
      const bounds = m.floorBounds(floor);
      const hint = svg('text', { class: 'stage-hint', x: 0, y: r3(f * (bounds.minY - 0.2)), 'font-size': 0.8 });
      hint.textContent = f > 0 ? '▲ 主席台方向' : '▼ 主席台方向';
      frag.appendChild(hint);
    }

    for (const t of m.tables) {
      const main = /主/.test(t.name);
      frag.appendChild(svg('circle', { class: `table${main ? ' table-main' : ''}`, cx: r3(f * t.x), cy: r3(f * t.y), r: r3(t.radius) }));
      const name = svg('text', { class: 'table-name', x: r3(f * t.x), y: r3(f * t.y), 'font-size': r3(Math.min(0.7, t.radius * 0.45)) });
      name.textContent = /^\d+$/.test(t.name) ? `${t.name}号桌` : t.name;
      frag.appendChild(name);
    }

    const crosses = [];
    for (const s of m.floorSeats.get(floor) || []) {
      const { w, h } = this.seatSize(s);
      const X = f * s.x; const Y = f * s.y;
      const rect = svg('rect', { x: r3(X - w / 2), y: r3(Y - h / 2), width: r3(w), height: r3(h), rx: r3(Math.min(w, h) * 0.18) });
      if (s.angle) rect.setAttribute('transform', `rotate(${s.angle} ${r3(X)} ${r3(Y)})`);
      rect.dataset.seat = s.id;
      let cls = 'seat';
      if (s.person) {
        rect.dataset.attendee = s.person.attendee;
        if (this.arrived.has(s.person.attendee)) cls += ' s-arrived';
        if (s.rostrum) cls += ' s-rostrum';
        else {
          const unit = m.units.get(s.person.unit);
          cls += ' s-occ';
          rect.setAttribute('fill', unit?.fill || '#e6e6e6');
          if (unit?.ink) rect.setAttribute('stroke', unit.ink);
        }
      } else if (s.unavailable) {
        cls += ' s-unavail';
      } else {
        cls += ' s-empty';
      }
      if (s.blocked) { cls += ' s-blocked'; crosses.push([X, Y, w, h]); }
      rect.setAttribute('class', cls);
      frag.appendChild(rect);
    }
    if (crosses.length) {
      const d = crosses.map(([X, Y, w, h]) => {
        const a = Math.min(w, h) * 0.32;
        return `M${r3(X - a)} ${r3(Y - a)}L${r3(X + a)} ${r3(Y + a)}M${r3(X + a)} ${r3(Y - a)}L${r3(X - a)} ${r3(Y + a)}`;
      }).join('');
      frag.appendChild(svg('path', { class: 'blocked-mark', d }));
    }
    g.appendChild(frag);
    return g;
  }

  // ---- attendance -----------------------------------------------------------------------

  /** Colours seats by attendance (arrived / not yet) instead of by unit, or back. */
  showAttendance(on) {
    this.svg.classList.toggle('show-attendance', on);
  }

  /** Marks `ids` arrived, on every floor built so far (floors built later read `arrived`). */
  markArrived(ids, replace = false) {
    if (replace) this.arrived = new Set(ids); else for (const id of ids) this.arrived.add(id);
    for (const g of this.floorGroups.values()) {
      for (const rect of g.querySelectorAll('rect[data-attendee]')) {
        rect.classList.toggle('s-arrived', this.arrived.has(rect.dataset.attendee));
      }
    }
  }

  // ---- view -----------------------------------------------------------------------------

  /** The world rectangle (metres, venue coordinates) in view. */
  viewRect(margin = 0) {
    const hw = this.W / 2 / this.k + margin; const hh = this.H / 2 / this.k + margin;
    const a = { x: this.flip * (this.cx - hw), y: this.flip * (this.cy - hh) };
    const b = { x: this.flip * (this.cx + hw), y: this.flip * (this.cy + hh) };
    return { minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) };
  }

  /** Screen point (relative to the SVG's top-left) of a world point. */
  toScreen(x, y) {
    return { x: (this.flip * x - this.cx) * this.k + this.W / 2, y: (this.flip * y - this.cy) * this.k + this.H / 2 };
  }

  /** World point of a screen point. */
  toWorld(sx, sy) {
    return { x: this.flip * (this.cx + (sx - this.W / 2) / this.k), y: this.flip * (this.cy + (sy - this.H / 2) / this.k) };
  }

  fitK() {
    const b = this.model ? this.model.floorBounds(this.floor) : { minX: -10, maxX: 10, minY: -5, maxY: 20 };
    return Math.min(this.W / (b.maxX - b.minX), this.H / (b.maxY - b.minY)) * 0.94;
  }

  limits() {
    const fit = this.fitK();
    return { min: Math.min(fit * 0.6, 4), max: 420 };
  }

  fit(animate = true) {
    if (!this.model) return;
    const b = this.model.floorBounds(this.floor);
    const target = { cx: this.flip * (b.minX + b.maxX) / 2, cy: this.flip * (b.minY + b.maxY) / 2, k: this.fitK() };
    if (animate) this.animateTo(target, 420); else this.setView(target.cx, target.cy, target.k);
  }

  setView(cx, cy, k) {
    const lim = this.limits();
    this.k = Math.max(lim.min, Math.min(lim.max, k));
    // Keep some of the drawing in view.
    const b = this.model ? this.model.floorBounds(this.floor) : null;
    if (b) {
      const xs = [this.flip * b.minX, this.flip * b.maxX]; const ys = [this.flip * b.minY, this.flip * b.maxY];
      this.cx = Math.max(Math.min(...xs), Math.min(Math.max(...xs), cx));
      this.cy = Math.max(Math.min(...ys), Math.min(Math.max(...ys), cy));
    } else { this.cx = cx; this.cy = cy; }
    this.requestRender();
  }

  /** Zooms by `factor` keeping the screen point (sx, sy) fixed. */
  zoomAt(factor, sx = this.W / 2, sy = this.H / 2) {
    this.stopAnimation();
    const lim = this.limits();
    const k = Math.max(lim.min, Math.min(lim.max, this.k * factor));
    const wx = this.cx + (sx - this.W / 2) / this.k; const wy = this.cy + (sy - this.H / 2) / this.k;
    this.setView(wx - (sx - this.W / 2) / k, wy - (sy - this.H / 2) / k, k);
  }

  zoomAnimated(factor) {
    const lim = this.limits();
    const k = Math.max(lim.min, Math.min(lim.max, this.k * factor));
    this.animateTo({ cx: this.cx, cy: this.cy, k }, 220);
  }

  panBy(dx, dy) {
    this.stopAnimation();
    this.setView(this.cx - dx / this.k, this.cy - dy / this.k, this.k);
  }

  /** Animated flight to a world point at zoom k (zooms out on the way when far). */
  flyTo(x, y, k) {
    const target = { cx: this.flip * x, cy: this.flip * y, k: Math.max(k, this.k) };
    const distPx = Math.hypot(target.cx - this.cx, target.cy - this.cy) * Math.min(this.k, target.k);
    this.animateTo(target, Math.min(900, 350 + distPx * 0.25), distPx > this.W);
  }

  animateTo(target, duration, arc = false) {
    this.stopAnimation();
    const from = { cx: this.cx, cy: this.cy, k: this.k };
    const start = performance.now();
    const lk0 = Math.log(from.k); const lk1 = Math.log(target.k);
    const outK = arc ? Math.log(Math.min(from.k, target.k, this.fitK() * 1.2)) : null;
    const step = (now) => {
      const t = Math.min(1, (now - start) / duration);
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      let lk = lk0 + (lk1 - lk0) * e;
      if (arc) lk = Math.min(lk, outK + (Math.abs(2 * e - 1)) * (Math.max(lk0, lk1) - outK) * 1.0);
      // keep the screen-space path smooth: interpolate the centre in world units
      this.setView(from.cx + (target.cx - from.cx) * e, from.cy + (target.cy - from.cy) * e, Math.exp(lk));
      if (t < 1) this.anim = requestAnimationFrame(step); else { this.anim = null; this.setView(target.cx, target.cy, target.k); this.requestRender(true); }
    };
    this.anim = requestAnimationFrame(step);
  }

  stopAnimation() {
    if (this.anim) cancelAnimationFrame(this.anim);
    this.anim = null;
  }

  /**
   * Schedules drawing the current view. `full` forces a commit (new viewBox, level of detail,
   * labels) instead of the cheap path.
   */
  requestRender(full = false) {
    if (full) this.dirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /**
   * While the view moves, the SVG drawn for the last committed view is only moved and scaled
   * with a CSS transform (the compositor does that; nothing is redrawn). The view is committed
   * (viewBox, level of detail, labels for the seats in view) when it settles, or as soon as the
   * moved drawing would no longer cover the screen. The SVG overlaps the screen by OVERSCAN on
   * every side, so short pans and small zoom-outs show real seats before the commit.
   */
  render() {
    const c = this.committed;
    const a = c ? this.k / c.k : 1;
    const tx = c ? (c.cx - this.cx) * this.k : 0;
    const ty = c ? (c.cy - this.cy) * this.k : 0;
    const mx = this.W * OVERSCAN; const my = this.H * OVERSCAN;
    const covered = c && c.W === this.W && c.H === this.H && a >= 0.66 && a <= 2.2 &&
      Math.abs(tx) <= mx * a * 0.95 && Math.abs(ty) <= my * a * 0.95;
    if (this.dirty || !covered) { this.commit(); return; }
    this.svg.style.transform = `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${a.toFixed(5)})`;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.requestRender(true), this.anim ? 400 : 140);
  }

  commit() {
    clearTimeout(this.settleTimer);
    this.dirty = false;
    const mx = this.W * OVERSCAN; const my = this.H * OVERSCAN;
    const st = this.svg.style;
    st.left = `${-mx}px`; st.top = `${-my}px`; st.width = `${this.W + 2 * mx}px`; st.height = `${this.H + 2 * my}px`;
    st.transformOrigin = `${(this.W / 2 + mx).toFixed(2)}px ${(this.H / 2 + my).toFixed(2)}px`;
    st.transform = '';
    const w = (this.W + 2 * mx) / this.k; const h = (this.H + 2 * my) / this.k;
    this.svg.setAttribute('viewBox', `${r3(this.cx - w / 2)} ${r3(this.cy - h / 2)} ${r3(w)} ${r3(h)}`);
    this.committed = { cx: this.cx, cy: this.cy, k: this.k, W: this.W, H: this.H };
    const seatPx = this.k * (this.model?.pitch || 0.55) * 0.86;
    const lod = seatPx >= 18 ? 'near' : seatPx >= 6 ? 'mid' : 'far';
    if (lod !== this.lod) { this.svg.classList.remove(`lod-${this.lod}`); this.svg.classList.add(`lod-${lod}`); this.lod = lod; }
    this.updateLabels();
  }

  /** The seat element under a client point, or null. */
  seatAt(clientX, clientY) {
    const node = document.elementFromPoint(clientX, clientY);
    const el = node && node.closest ? node.closest('[data-seat]') : null;
    return el && this.svg.contains(el) ? el : null;
  }
}

// Labels (level of detail) and marks (selection, search hit, moves, drop target).
Object.assign(MapView.prototype, labelMethods);
