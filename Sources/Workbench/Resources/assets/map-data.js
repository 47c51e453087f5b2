// The seat map's data: reads GET /api/meetings/{id}/map and indexes it once (seats by id, people
// by attendee and by seat, seats per floor, a spatial grid for "which seats are in view", the
// seat pitch, unit clusters for zoomed-out labels) and searches people client-side.
import { api } from '/assets/common.js';

/** Fetches the map of `version` (latest when null). */
export function fetchMap(meeting, version) {
  const query = version ? `?version=${encodeURIComponent(version)}` : '';
  return api('GET', `/api/meetings/${meeting}/map${query}`);
}

const CELL = 2.5; // metres per spatial-grid cell
const CN = '〇一二三四五六七八九';

function floorName(n) {
  if (n === null || n === undefined) return '';
  if (n >= 1 && n <= 9) return `${CN[n]}楼`;
  if (n >= 10 && n <= 19) return `十${n === 10 ? '' : CN[n - 10]}楼`;
  return `${n}楼`;
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Distances between neighbouring seats along rows (and round tables): the seat pitch. */
function pitchOf(items, rowKey) {
  const rows = new Map();
  for (const s of items) {
    const key = rowKey(s);
    if (key === null) continue;
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key).push(s);
  }
  const gaps = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i += 1) {
      const d = Math.hypot(row[i].x - row[i - 1].x, row[i].y - row[i - 1].y);
      if (d > 0.05) gaps.push(d);
    }
  }
  return median(gaps);
}

/** Lower-case, no spaces. */
export function norm(text) {
  return String(text ?? '').toLowerCase().replace(/\s+/g, '');
}

export class MapModel {
  constructor(raw) {
    this.raw = raw;
    this.version = raw.version ?? null;
    this.latestVersion = raw.latestVersion ?? raw.version ?? null;
    this.meeting = raw.meeting || {};
    this.venue = raw.venue || {};
    this.units = new Map((raw.units || []).map((u) => [u.name, u]));
    this.blocks = raw.blocks || [];
    this.tables = raw.tables || [];

    this.seats = new Map();
    // Fields the server leaves out when empty (null) read as null here; blocked seats come as one list.
    const blocked = new Set(raw.blocked || []);
    for (const s of raw.seats || []) {
      this.seats.set(s.id, {
        floor: null, row: null, block: null, table: null, unavailable: null, zones: [],
        ...s, blocked: blocked.has(s.id), person: null, virtual: false,
      });
    }

    this.people = new Map();
    this.bySeat = new Map();
    this.rostrum = [];
    for (const p of raw.people || []) {
      const person = { ...p, seated: true };
      this.people.set(p.attendee, person);
      let seat = this.seats.get(p.seat);
      if (!seat) {
        // Rostrum chairs (and any seat the server left out) exist only through their person.
        seat = {
          id: p.seat, x: p.x, y: p.y, floor: p.floor ?? null, row: null, number: '', block: null, table: null,
          label: p.label, zones: [], unavailable: null, blocked: false, person: null, virtual: true,
          rostrum: p.area === 'rostrum' || p.y < 0,
        };
        const m = /^rostrum-(\d+)-/.exec(p.seat || '');
        if (m) seat.row = Number(m[1]);
        this.seats.set(p.seat, seat);
      }
      seat.person = person;
      person.seatRef = seat;
      this.bySeat.set(seat.id, person);
      if (seat.rostrum) this.rostrum.push(seat);
    }
    this.unseated = (raw.unseated || []).map((u) => ({ ...u, seated: false }));
    for (const u of this.unseated) if (!this.people.has(u.attendee)) this.people.set(u.attendee, u);

    // Floors: the venue's; a venue without floors (banquet) has one unnamed floor.
    const fromSeats = [...new Set([...this.seats.values()].filter((s) => s.floor !== null && s.floor !== undefined && !s.rostrum).map((s) => s.floor))];
    const floors = (this.venue.floors && this.venue.floors.length ? this.venue.floors : fromSeats).slice().sort((a, b) => a - b);
    this.floors = floors.length ? floors : [null];
    this.floorNames = new Map(this.floors.map((f) => [f, floorName(f)]));
    for (const s of this.seats.values()) {
      if (s.floor === null || s.floor === undefined || s.rostrum || !s.label) continue;
      const prefix = String(s.label).split(/\s+/)[0];
      if (prefix && prefix !== s.label && this.floorNames.get(s.floor) === floorName(s.floor)) this.floorNames.set(s.floor, prefix);
    }

    // Seats per floor: floor-less seats (tables) on every floor, the rostrum with the lowest floor.
    this.floorSeats = new Map(this.floors.map((f) => [f, []]));
    const lowest = this.floors[0];
    for (const s of this.seats.values()) {
      if (s.rostrum) { this.floorSeats.get(lowest).push(s); continue; }
      if (s.floor === null || s.floor === undefined || !this.floorSeats.has(s.floor)) {
        for (const list of this.floorSeats.values()) list.push(s);
      } else {
        this.floorSeats.get(s.floor).push(s);
      }
    }

    const hall = [...this.seats.values()].filter((s) => !s.rostrum);
    this.computeAngles(hall);
    const pitch = pitchOf(hall, (s) => (s.row !== null && s.row !== undefined ? `${s.floor}|${s.row}` : s.table !== null && s.table !== undefined ? null : null));
    const tablePitch = this.tableSeatPitch(hall);
    this.pitch = clamp(pitch || tablePitch || 0.55, 0.3, 1.6);
    this.rostrumPitch = clamp(pitchOf(this.rostrum, (s) => `${s.row ?? Math.round(s.y * 10)}`) || this.pitch, 0.3, 1.6);
    this.grids = new Map();
    this.clusterCache = new Map();
    this.searchIndex = null;
  }

  /** Each seat's turn (degrees) along a curved row, from its neighbours; 0 on straight rows. */
  computeAngles(hall) {
    const rows = new Map();
    for (const s of hall) {
      s.angle = 0;
      if (s.row === null || s.row === undefined) continue;
      const key = `${s.floor}|${s.row}`;
      if (!rows.has(key)) rows.set(key, []);
      rows.get(key).push(s);
    }
    // Seats round a table face its centre.
    const centres = new Map(this.tables.map((t) => [String(t.name), t]));
    const byTable = new Map();
    for (const s of hall) {
      if (s.table === null || s.table === undefined) continue;
      if (!byTable.has(s.table)) byTable.set(s.table, []);
      byTable.get(s.table).push(s);
    }
    for (const [name, seats] of byTable) {
      const t = centres.get(String(name)) || {
        x: seats.reduce((a, s) => a + s.x, 0) / seats.length, y: seats.reduce((a, s) => a + s.y, 0) / seats.length,
      };
      for (const s of seats) s.angle = Math.round(((Math.atan2(s.y - t.y, s.x - t.x) * 180) / Math.PI + 90) * 10) / 10;
    }
    for (const row of rows.values()) {
      if (row.length < 2) continue;
      row.sort((a, b) => a.x - b.x);
      for (let i = 0; i < row.length; i += 1) {
        const a = row[Math.max(0, i - 1)]; const b = row[Math.min(row.length - 1, i + 1)];
        const deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
        row[i].angle = Math.abs(deg) < 0.8 || Math.abs(deg) > 60 ? 0 : Math.round(deg * 10) / 10;
      }
    }
  }

  tableSeatPitch(hall) {
    const byTable = new Map();
    for (const s of hall) {
      if (s.table === null || s.table === undefined) continue;
      if (!byTable.has(s.table)) byTable.set(s.table, []);
      byTable.get(s.table).push(s);
    }
    const gaps = [];
    for (const seats of byTable.values()) {
      const cx = seats.reduce((a, s) => a + s.x, 0) / seats.length;
      const cy = seats.reduce((a, s) => a + s.y, 0) / seats.length;
      seats.sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
      for (let i = 0; i < seats.length; i += 1) {
        const a = seats[i];
        const b = seats[(i + 1) % seats.length];
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d > 0.05) gaps.push(d);
      }
    }
    return median(gaps);
  }

  get editable() { return this.version !== null && this.version === this.latestVersion; }
  get hasPlan() { return this.version !== null && this.version !== undefined; }

  floorOfSeat(seat) {
    if (!seat) return null;
    if (seat.rostrum) return this.floors[0];
    return seat.floor === null || seat.floor === undefined ? null : seat.floor;
  }

  unitOf(person) { return person ? this.units.get(person.unit) : null; }

  /** Bounds of a floor's drawing (seats, rostrum and stage, tables). */
  floorBounds(floor) {
    let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
    for (const s of this.floorSeats.get(floor) || []) {
      minX = Math.min(minX, s.x); maxX = Math.max(maxX, s.x); minY = Math.min(minY, s.y); maxY = Math.max(maxY, s.y);
    }
    for (const t of this.tables) {
      minX = Math.min(minX, t.x - t.radius); maxX = Math.max(maxX, t.x + t.radius);
      minY = Math.min(minY, t.y - t.radius); maxY = Math.max(maxY, t.y + t.radius);
    }
    if (!Number.isFinite(minX)) {
      const b = this.venue.bounds || { minX: -10, maxX: 10, minY: -5, maxY: 20 };
      return { ...b };
    }
    if (this.hasStage(floor)) minY = Math.min(minY, this.stageBand().minY);
    const pad = this.pitch;
    return { minX: minX - pad, maxX: maxX + pad, minY: minY - pad, maxY: maxY + pad };
  }

  /** Whether the stage is drawn on this floor (the lowest floor of a venue with a rostrum). */
  hasStage(floor) {
    if (floor !== this.floors[0]) return false;
    return Boolean(this.venue.hasRostrum || this.rostrum.length);
  }

  /** The stage band behind the rostrum chairs: full hall width, from behind the last row to y = 0. */
  stageBand() {
    if (this.stage) return this.stage;
    let minX = Infinity; let maxX = -Infinity; let back = 0;
    for (const s of this.rostrum) { back = Math.min(back, s.y); minX = Math.min(minX, s.x); maxX = Math.max(maxX, s.x); }
    if (!Number.isFinite(minX)) { minX = -4; maxX = 4; }
    const pad = 1.6;
    // Chairs stand in front; the name 主席台 is written behind the last row.
    this.stage = { minX: minX - pad, maxX: maxX + pad, minY: (back || -2) - 2.4, maxY: 0, labelY: (back || -2) - 1.35 };
    return this.stage;
  }

  /**
   * Where to write each block's name: just in front of the middle of its front row (blocks of
   * curved rows have a bounding box much wider than their front).
   */
  blockAnchors(floor) {
    const front = new Map();
    for (const s of this.floorSeats.get(floor) || []) {
      if (s.rostrum || !s.block || s.row === null || s.row === undefined) continue;
      const f = front.get(s.block);
      if (!f || s.row < f.row) front.set(s.block, { row: s.row, seats: [s] });
      else if (s.row === f.row) f.seats.push(s);
    }
    const out = [];
    for (const b of this.blocks) {
      if (b.floor !== undefined && b.floor !== null && b.floor !== floor) continue;
      const f = front.get(b.name);
      if (f) {
        const mx = f.seats.reduce((a, s) => a + s.x, 0) / f.seats.length;
        let mid = f.seats[0];
        for (const s of f.seats) if (Math.abs(s.x - mx) < Math.abs(mid.x - mx)) mid = s;
        let front = mid.y;
        for (const s of f.seats) if (Math.abs(s.x - mid.x) < 1.6) front = Math.min(front, s.y);
        out.push({ name: b.name, x: mid.x, y: front });
      } else {
        out.push({ name: b.name, x: (b.minX + b.maxX) / 2, y: b.minY });
      }
    }
    return out;
  }

  /** The spatial grid of a floor: cell key → seats. */
  grid(floor) {
    if (this.grids.has(floor)) return this.grids.get(floor);
    const cells = new Map();
    for (const s of this.floorSeats.get(floor) || []) {
      const key = `${Math.floor(s.x / CELL)}|${Math.floor(s.y / CELL)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(s);
    }
    this.grids.set(floor, cells);
    return cells;
  }

  /** Seats of `floor` whose centre lies in the world rectangle (proportional to the seats in it). */
  seatsIn(floor, rect, limit = Infinity) {
    const cells = this.grid(floor);
    const out = [];
    const x0 = Math.floor(rect.minX / CELL); const x1 = Math.floor(rect.maxX / CELL);
    const y0 = Math.floor(rect.minY / CELL); const y1 = Math.floor(rect.maxY / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size * 4) {
      for (const list of cells.values()) for (const s of list) {
        if (s.x >= rect.minX && s.x <= rect.maxX && s.y >= rect.minY && s.y <= rect.maxY) { out.push(s); if (out.length >= limit) return out; }
      }
      return out;
    }
    for (let gx = x0; gx <= x1; gx += 1) {
      for (let gy = y0; gy <= y1; gy += 1) {
        const list = cells.get(`${gx}|${gy}`);
        if (!list) continue;
        for (const s of list) {
          if (s.x >= rect.minX && s.x <= rect.maxX && s.y >= rect.minY && s.y <= rect.maxY) { out.push(s); if (out.length >= limit) return out; }
        }
      }
    }
    return out;
  }

  /**
   * Unit clusters of a floor for zoomed-out labels: the seats of one unit in one block (or at one
   * table), as a bounding box, the seat count and the centre of its seats.
   */
  clusters(floor) {
    if (this.clusterCache.has(floor)) return this.clusterCache.get(floor);
    const groups = new Map();
    for (const s of this.floorSeats.get(floor) || []) {
      if (!s.person || s.rostrum || (s.table !== null && s.table !== undefined)) continue;
      const key = `${s.person.unit}|${s.block ?? ''}|${s.floor ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { unit: s.person.unit, n: 0, sx: 0, sy: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity, seats: [] };
        groups.set(key, g);
      }
      g.n += 1; g.sx += s.x; g.sy += s.y; g.seats.push(s);
      g.minX = Math.min(g.minX, s.x); g.maxX = Math.max(g.maxX, s.x); g.minY = Math.min(g.minY, s.y); g.maxY = Math.max(g.maxY, s.y);
    }
    const out = [];
    for (const g of groups.values()) {
      // Anchor on the member seat nearest the centroid, so the label sits on the unit's seats.
      const cx = g.sx / g.n; const cy = g.sy / g.n;
      let best = g.seats[0]; let bestD = Infinity;
      for (const s of g.seats) {
        const d = (s.x - cx) ** 2 + (s.y - cy) ** 2;
        if (d < bestD) { bestD = d; best = s; }
      }
      const rows = new Set(g.seats.map((s) => s.row)).size || 1;
      out.push({
        unit: g.unit, n: g.n, x: (cx + best.x) / 2, y: (cy + best.y) / 2,
        width: g.maxX - g.minX + this.pitch, height: g.maxY - g.minY + this.pitch, rows,
      });
    }
    out.sort((a, b) => b.n - a.n);
    this.clusterCache.set(floor, out);
    return out;
  }

  /**
   * People (seated and unseated) matching `query` by name, attendee id, unit, pinyin initials
   * ("zsf") or full pinyin ("zhangsanfeng"); best first.
   */
  search(query, limit = 50) {
    const q = norm(query);
    if (!q) return [];
    if (!this.searchIndex) {
      this.searchIndex = [...this.people.values()].map((p) => ({
        p, name: norm(p.name), id: norm(p.attendee), unit: norm(p.unit), ini: norm(p.initials), py: norm(p.pinyin),
      }));
    }
    const hits = [];
    for (const e of this.searchIndex) {
      let score = 0;
      if (e.name === q) score = 100;
      else if (e.id === q) score = 98;
      else if (e.name.startsWith(q)) score = 90;
      else if (e.ini === q) score = 86;
      else if (e.py === q) score = 85;
      else if (e.name.includes(q)) score = 80;
      else if (e.ini && e.ini.startsWith(q)) score = 75;
      else if (e.py && e.py.startsWith(q)) score = 72;
      else if (e.id.startsWith(q)) score = 60;
      else if (e.unit === q) score = 55;
      else if (e.unit.includes(q)) score = 40;
      else if (q.length >= 3 && e.py && e.py.includes(q)) score = 30;
      if (score) hits.push([score, e.p]);
    }
    hits.sort((a, b) => b[0] - a[0] || (a[1].precedence ?? 1e9) - (b[1].precedence ?? 1e9));
    return hits.slice(0, limit).map((h) => h[1]);
  }
}

function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
