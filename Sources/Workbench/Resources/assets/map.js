// The seat map page: loads the map, wires the toolbar (floor, view, zoom, search, print), the
// pointer interactions, the side panel, live updates from the event stream, and the
// "did my last apply land?" check after a restart.
import {
  api, el, fill, initShell, setMeetingName, versionText, toast, setStatus, events, printLinks, roleText, ApiError,
} from '/assets/common.js';
import { fetchMap, MapModel } from '/assets/map-data.js';
import { MapView } from '/assets/map-view.js';
import { attachInteractions } from '/assets/map-drag.js';
import { Panel, pendingKey } from '/assets/map-panel.js';
import { AttendanceView } from '/assets/map-attendance.js';

const $ = (id) => document.getElementById(id);
const meeting = initShell('map');
const params = new URLSearchParams(location.search);
const pinnedVersion = params.get('version') ? Number(params.get('version')) : null;
let model = null;
const ownVersions = new Set();
const deferredPlans = [];

const view = new MapView($('map-svg'), $('map'));
const panel = new Panel({
  meeting,
  view,
  model: () => model,
  focusSeat: (id) => focusSeat(id, false),
  reload: () => reload(),
  applied: async (version, moves) => {
    ownVersions.add(version);
    await reload();
    setStatus(`已应用：${versionText(version)}${moves !== undefined ? `，调整 ${typeof moves === 'number' ? moves : moves.length} 人` : ''}`, 'ok');
    toast(`已保存为${versionText(version)}`, 'ok');
  },
  pendingLost: () => { pendingRetry(); },
});
const attendance = new AttendanceView({ meeting, view, panel });

// ---- loading --------------------------------------------------------------------------

async function load(keepView) {
  const raw = await fetchMap(meeting, pinnedVersion);
  const first = !model;
  model = new MapModel(raw);
  setMeetingName(model.meeting.name, '座位图');
  if (first) {
    const floor = params.get('floor');
    if (floor !== null && model.floors.map(String).includes(floor)) view.floor = model.floors.find((f) => String(f) === floor);
  }
  view.setModel(model, keepView);
  renderToolbar();
  panel.refresh();
  if (attendance.on) attendance.load();
  // The first paint of the map, for the benchmarks: the frame after the seats were drawn.
  if (first) requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('seatmap-painted')));
}

async function reload() {
  try {
    await load(true);
  } catch (err) {
    setStatus(`读取座位图失败：${err.message}`, 'error');
  }
}

function renderToolbar() {
  $('version').textContent = versionText(model.version);
  $('version').dataset.version = model.version ?? '';
  const ro = $('readonly');
  if (model.version !== model.latestVersion) {
    fill(ro, `只读：最新为${versionText(model.latestVersion)}`, el('a', { href: `/meetings/${meeting}/map` }, '查看最新'));
    ro.hidden = false;
  } else ro.hidden = true;
  document.body.classList.toggle('is-readonly', !model.editable);

  const floors = $('floor');
  if (model.floors.length > 1) {
    fill(floors, model.floors.map((f) => el('button', {
      type: 'button', dataset: { floor: f }, 'aria-pressed': String(f === view.floor),
    }, model.floorNames.get(f) || `${f}楼`)));
    floors.hidden = false;
  } else floors.hidden = true;

  for (const b of $('view').querySelectorAll('button')) b.setAttribute('aria-pressed', String((b.dataset.view === 'stage') === (view.flip < 0)));
  fill($('print-links'), printLinks(meeting, model.version));
  const seated = [...model.people.values()].filter((p) => p.seated !== false).length;
  let empty = 0;
  for (const s of model.seats.values()) if (!s.person && !s.unavailable && !s.blocked && !s.rostrum) empty += 1;
  $('map-counts').textContent = `已安排 ${seated} 人 · 未安排 ${model.unseated.length} 人 · 空座 ${empty}`;
}

function setFloor(floor) {
  view.setFloor(floor);
  for (const b of $('floor').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.floor === String(floor)));
  const url = new URL(location.href);
  if (floor !== null && model.floors.length > 1) url.searchParams.set('floor', floor); else url.searchParams.delete('floor');
  history.replaceState(null, '', url);
}

// ---- toolbar ----------------------------------------------------------------------------

$('floor').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-floor]');
  if (b) setFloor(model.floors.find((f) => String(f) === b.dataset.floor));
});
$('view').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-view]');
  if (!b || !model) return;
  view.setOrientation(b.dataset.view === 'stage');
  renderToolbar();
});
$('colour').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-colour]');
  if (!b || !model) return;
  for (const other of $('colour').querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === b));
  attendance.toggle(b.dataset.colour === 'attendance');
});
$('zoom-in').addEventListener('click', () => view.zoomAnimated(1.6));
$('zoom-out').addEventListener('click', () => view.zoomAnimated(1 / 1.6));
$('zoom-fit').addEventListener('click', () => view.fit(true));
document.addEventListener('click', (e) => {
  const menu = $('print-menu');
  if (menu.open && !menu.contains(e.target)) menu.open = false;
});

// ---- search -----------------------------------------------------------------------------

const search = $('search');
const results = $('search-results');
let hits = [];
let active = 0;

function runSearch() {
  if (!model) return;
  hits = model.search(search.value, 30);
  active = 0;
  if (!search.value.trim()) { results.hidden = true; search.setAttribute('aria-expanded', 'false'); return; }
  fill(results, hits.length ? hits.map((p, i) => el('button', {
    type: 'button', role: 'option', class: `search-result${i === 0 ? ' is-active' : ''}${p.seated === false ? ' is-unseated' : ''}`,
    dataset: { attendee: p.attendee },
  }, el('span', { class: 'who' }, p.name), el('span', { class: 'where' }, p.seated === false ? '未安排座位' : p.label || ''),
  el('span', { class: 'unit' }, [p.unit, p.title].filter(Boolean).join(' · ')))) : el('div', { class: 'search-empty' }, '没有找到'),
  hits.length >= 30 ? el('div', { class: 'search-more' }, '仅显示前 30 条，请输入更多字') : null);
  results.hidden = false;
  search.setAttribute('aria-expanded', 'true');
}

function setActive(i) {
  const items = results.querySelectorAll('.search-result');
  if (!items.length) return;
  active = (i + items.length) % items.length;
  items.forEach((n, j) => n.classList.toggle('is-active', j === active));
  items[active].scrollIntoView({ block: 'nearest' });
}

search.addEventListener('input', runSearch);
search.addEventListener('focus', () => { if (search.value.trim()) runSearch(); });
search.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); setActive(active + 1); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
  else if (e.key === 'Enter') {
    e.preventDefault();
    if (!hits.length) runSearch();
    if (hits[active]) choose(hits[active]);
  } else if (e.key === 'Escape') { results.hidden = true; search.blur(); }
});
results.addEventListener('click', (e) => {
  const item = e.target.closest('.search-result');
  if (item) choose(model.people.get(item.dataset.attendee));
});
document.addEventListener('pointerdown', (e) => {
  if (!e.target.closest('.search-box')) results.hidden = true;
});

/** Shows a person: their floor, a flight to the seat, highlighted, and the panel. */
function choose(person) {
  if (!person) return;
  results.hidden = true;
  search.setAttribute('aria-expanded', 'false');
  if (person.seated === false || !person.seatRef) {
    view.found(null); view.select(null);
    panel.showPerson(person);
    setStatus(`${person.name}：未安排座位${person.reason ? `（${person.reason}）` : ''}`, 'warn');
    return;
  }
  focusSeat(person.seatRef.id, true);
  panel.showPerson(person);
  setStatus(`${person.name}：${person.label || person.seatRef.label}`);
}

/** Switches to the seat's floor and flies to it. */
function focusSeat(id, found) {
  const seat = model.seats.get(id);
  if (!seat) return;
  const floor = model.floorOfSeat(seat);
  if (floor !== null && floor !== view.floor) setFloor(floor);
  // Close enough to read the names round the seat.
  const nameK = (8.5 * 3) / ((seat.rostrum ? model.rostrumPitch : model.pitch) * 0.86 * 0.9);
  view.flyTo(seat.x, seat.y, Math.max(nameK * 1.3, 40));
  view.select(id);
  if (found) view.found(id);
}

// ---- map interactions -------------------------------------------------------------------

const tooltip = $('tooltip');
attachInteractions(view, $('map'), $('ghost'), {
  canDrag: () => Boolean(model && model.editable),
  person: (id) => model.people.get(id),
  click(seatEl) {
    $('map').focus({ preventScroll: true });
    if (!seatEl) { view.found(null); panel.close(); return; }
    const id = seatEl.dataset.seat;
    if (panel.moveClick(id)) return;
    view.found(null);
    view.select(id);
    panel.showSeat(id);
  },
  dropState: (person, seatId) => panel.dropState(person, seatId),
  drop: (person, seatId) => panel.dropPerson(person, seatId),
  hover(e) {
    const seatEl = e && e.target.closest ? e.target.closest('[data-seat]') : null;
    if (!seatEl || !model) { tooltip.hidden = true; return; }
    const seat = model.seats.get(seatEl.dataset.seat);
    if (!seat) { tooltip.hidden = true; return; }
    const p = seat.person;
    fill(tooltip,
      el('b', null, p ? p.name : seat.unavailable ? '不可用' : seat.blocked ? '已锁定' : '空座'),
      p ? el('div', { class: 't-sub' }, [p.unit, p.title].filter(Boolean).join(' · ')) : null,
      el('div', { class: 't-sub' }, [p?.label || seat.label, p ? roleText(p.role) : seat.unavailable].filter(Boolean).join(' · ')));
    tooltip.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 16}px)`;
    tooltip.hidden = false;
  },
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !e.target.closest('input, textarea, select')) {
    if (panel.moveMode) { panel.cancelMoveMode(); setStatus('已取消移动'); } else panel.close();
  }
});

// ---- live updates -----------------------------------------------------------------------

async function onPlan(data) {
  if (!model || !data || !data.version) return;
  if (panel.applying) { deferredPlans.push(data); return; }
  if (ownVersions.has(data.version)) return;
  if (pinnedVersion) {
    model.latestVersion = Math.max(model.latestVersion ?? 0, data.version);
    renderToolbar();
    toast(`${versionText(data.version)}已由他人应用`, 'info');
    return;
  }
  if (data.version <= (model.version ?? 0)) return;
  await reload();
  toast(`${versionText(data.version)}已由他人应用`, 'info');
  setStatus(`方案已更新为${versionText(model.version)}${panel.ops.length ? '，已按新版本重新预览待应用的调整' : ''}`);
  panel.rebase();
}

// After our own apply returns, replay plan events that arrived meanwhile.
setInterval(() => {
  if (panel.applying || !deferredPlans.length) return;
  const queued = deferredPlans.splice(0);
  for (const d of queued) onPlan(d);
}, 300);

// ---- did the last apply land? ----------------------------------------------------------

let retryTimer = 0;
async function checkPending() {
  const saved = sessionStorage.getItem(pendingKey(meeting));
  if (!saved) return;
  let pending;
  try { pending = JSON.parse(saved); } catch { sessionStorage.removeItem(pendingKey(meeting)); return; }
  try {
    const r = await api('GET', `/api/meetings/${meeting}/changes/${encodeURIComponent(pending.requestId)}`);
    sessionStorage.removeItem(pendingKey(meeting));
    if (r.applied) {
      ownVersions.add(r.version);
      setStatus(`上次的调整已应用：${versionText(r.version)}`, 'ok');
      if (model && !pinnedVersion && r.version > (model.version ?? 0)) reload();
    } else {
      setStatus(`上次的调整未应用（基于${versionText(pending.baseVersion)}，服务器中断前未保存），请重新操作`, 'warn');
    }
  } catch (err) {
    if (err instanceof ApiError && err.network) { setStatus('无法确认上次的调整是否已应用：正在重试…', 'warn'); pendingRetry(); }
    else { sessionStorage.removeItem(pendingKey(meeting)); setStatus(`无法确认上次的调整：${err.message}`, 'warn'); }
  }
}
function pendingRetry() {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(checkPending, 5000);
}

// For debugging and browser tests: the view and the data behind the drawing.
window.seatMap = { view, panel, attendance, get model() { return model; }, choose: (id) => choose(model.people.get(id)) };

// ---- start ------------------------------------------------------------------------------

(async () => {
  try {
    await load(false);
  } catch (err) {
    const msg = $('map-message');
    fill(msg, el('h2', null, err.status === 404 ? '暂无座位图' : '读取座位图失败'), el('p', null, err.message),
      el('a', { class: 'button', href: `/meetings/${meeting}` }, '返回概况'));
    msg.hidden = false;
    $('version').textContent = '—';
    $('legend').hidden = true;
    api('GET', `/api/meetings/${meeting}`).then((o) => setMeetingName(o.name, '座位图')).catch(() => setMeetingName('', '座位图'));
    // A plan stored meanwhile (someone pressed 立即编排) shows up here.
    events(meeting, { plan: () => location.reload() });
    return;
  }
  const find = params.get('find');
  if (find) {
    const person = model.people.get(find) || model.search(find, 1)[0];
    if (person) setTimeout(() => choose(person), 50);
    else setStatus(`没有找到 ${find}`, 'warn');
  }
  checkPending();
  events(meeting, {
    plan: onPlan,
    attendance: (data) => attendance.arrived(data),
    open(reconnected) {
      if (!reconnected) return;
      checkPending();
      if (attendance.on) attendance.load();
      if (!pinnedVersion) api('GET', `/api/meetings/${meeting}/versions`).then((r) => {
        const latest = Math.max(0, ...(r.versions || []).map((v) => v.version));
        if (latest > (model.version ?? 0)) onPlan({ version: latest });
      }).catch(() => {});
    },
  });
})();
