// A meeting's notices: compose and send a notice (audience, deadline, attachments), the notices
// sent, and the delivery board (资料发送情况) of the chosen notice with 催看 / 催报, refreshed
// live on the meeting's `board` event.
import {
  api, el, fill, initShell, setMeetingName, showError, clearError, fmtTime, busy, toast, events,
} from '/assets/common.js';

const id = initShell('notices');
document.getElementById('directory-xlsx').href = `/api/meetings/${id}/directory.xlsx`;
document.getElementById('directory-pdf').href = `/api/meetings/${id}/directory.pdf`;
const $ = (sel) => document.getElementById(sel);

/** Every unit of the meeting (an unfiltered board): {unitID, unitName, officialOrder, parentID}. */
let units = [];
/** unitID → depth in the unit tree (0 = top), and the tree order. */
let depth = new Map();
let treeOrder = new Map();
let notices = [];
/** The notice the board shows (id), or null for the roster only. */
let chosen = null;

// ---- units ---------------------------------------------------------------------------------

/** Orders the units as a tree (each unit under its parent, siblings by official order). */
function buildTree(rows) {
  units = rows;
  const children = new Map();
  const known = new Set(rows.map((u) => u.unitID));
  for (const u of rows) {
    const parent = u.parentID !== null && u.parentID !== undefined && known.has(u.parentID) ? u.parentID : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(u);
  }
  for (const list of children.values()) list.sort((a, b) => a.officialOrder - b.officialOrder || a.unitID - b.unitID);
  depth = new Map();
  treeOrder = new Map();
  const walk = (parent, level) => {
    for (const u of children.get(parent) || []) {
      if (depth.has(u.unitID)) continue;
      depth.set(u.unitID, level);
      treeOrder.set(u.unitID, treeOrder.size);
      walk(u.unitID, level + 1);
    }
  };
  walk(null, 0);
  return children;
}

/** Units that have units below them: the districts (区、系统). */
function districts() {
  const parents = new Set(units.map((u) => u.parentID).filter((p) => p !== null && p !== undefined));
  return units.filter((u) => parents.has(u.unitID)).sort((a, b) => treeOrder.get(a.unitID) - treeOrder.get(b.unitID));
}

function fillUnitChoices() {
  const list = districts();
  const subtree = $('subtree-unit');
  const kept = subtree.value;
  fill(subtree, list.map((u) => el('option', { value: u.unitID }, u.unitName)));
  if (kept) subtree.value = kept;
  subtree.hidden = !list.length;
  $('subtree-none').hidden = list.length > 0;

  const district = $('board-district');
  const keptDistrict = district.value;
  fill(district, el('option', { value: '' }, '全部单位'), list.map((u) => el('option', { value: u.unitID }, `${u.unitName}及下属`)));
  district.value = list.some((u) => String(u.unitID) === keptDistrict) ? keptDistrict : '';
  district.hidden = !list.length;
  renderUnitPicks();
}

const picked = new Set();

function renderUnitPicks() {
  const query = $('unit-filter').value.trim();
  const shown = [...units].sort((a, b) => treeOrder.get(a.unitID) - treeOrder.get(b.unitID))
    .filter((u) => !query || u.unitName.includes(query));
  fill($('unit-picks'), shown.length ? shown.map((u) => {
    const box = el('input', { type: 'checkbox', value: u.unitID, checked: picked.has(u.unitID) });
    box.addEventListener('change', () => {
      if (box.checked) picked.add(u.unitID); else picked.delete(u.unitID);
      $('units-chosen').textContent = `已选 ${picked.size} 个`;
    });
    return el('label', { class: 'check unit-pick', style: `padding-left:${(depth.get(u.unitID) || 0) * 16}px`, dataset: { unit: u.unitName } },
      box, u.unitName);
  }) : el('p', { class: 'muted small' }, '没有符合的单位'));
  $('units-chosen').textContent = `已选 ${picked.size} 个`;
}

// ---- compose -------------------------------------------------------------------------------

/** A datetime-local value ("2026-12-10T09:00") as ISO-8601 with the browser's offset. */
function isoWithOffset(local) {
  const d = new Date(local);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00`
    + `${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A file's bytes as base64. */
function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取文件 ${file.name}`));
    reader.readAsDataURL(file);
  });
}

function audienceKind() {
  return document.querySelector('input[name=audience]:checked').value;
}

function showAudience() {
  const kind = audienceKind();
  $('audience-subtree').hidden = kind !== 'subtree';
  $('audience-units').hidden = kind !== 'units';
}

function showFiles() {
  const files = [...$('notice-files').files];
  fill($('file-list'), files.map((f) => el('li', null, f.name, el('span', { class: 'muted small' }, ` ${sizeText(f.size)}`))));
}

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function send(event) {
  event.preventDefault();
  const error = $('compose-error');
  clearError(error);
  const kind = audienceKind();
  const audience = { kind };
  if (kind === 'subtree') {
    if (!$('subtree-unit').value) { showError(error, new Error('请选择一个有下属单位的区（系统）'), '无法发送'); return; }
    audience.unit = Number($('subtree-unit').value);
  } else if (kind === 'units') {
    if (!picked.size) { showError(error, new Error('请至少选择一个单位'), '无法发送'); return; }
    audience.units = [...picked];
  }
  const deadlineText = $('notice-deadline').value;
  const deadline = deadlineText ? isoWithOffset(deadlineText) : null;
  await busy($('send'), async () => {
    try {
      const attachments = [];
      for (const file of $('notice-files').files) {
        attachments.push({ fileName: file.name, contentType: file.type || 'application/octet-stream', content: await base64Of(file) });
      }
      const body = { title: $('notice-title').value.trim(), body: $('notice-body').value, audience, attachments };
      if (deadline) body.deadline = deadline;
      const notice = await api('POST', `/api/meetings/${id}/notices`, body);
      toast(`通知已发送给 ${notice.recipientCount} 个单位`, 'ok');
      $('compose').reset();
      picked.clear();
      showAudience();
      showFiles();
      renderUnitPicks();
      chosen = notice.id;
      await load();
    } catch (err) {
      showError(error, err, '发送失败');
    }
  });
}

// ---- notices and the board -----------------------------------------------------------------

function renderNotices() {
  $('notice-count').textContent = notices.length ? `共 ${notices.length} 条` : '';
  const body = $('notices').tBodies[0];
  if (!notices.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 5 }, '还没有发过通知')));
  } else {
    fill(body, notices.map((n) => {
      const row = el('tr', { class: `notice-row${n.id === chosen ? ' is-selected' : ''}`, dataset: { notice: n.id }, title: '查看发送情况' },
        el('td', null, el('a', { href: '#board-card', class: 'notice-title' }, n.title),
          n.category === 'seat-notice' ? el('span', { class: 'badge badge-info' }, '座位通知') : null),
        el('td', null, fmtTime(n.createdAt)),
        el('td', null, n.deadline ? fmtTime(n.deadline) : '—'),
        el('td', { class: 'num read-count' }, `${n.readCount} / ${n.recipientCount}`),
        el('td', null, (n.attachments || []).map((a) => el('a', {
          class: 'attachment', href: `/api/meetings/${id}/notices/${n.id}/attachments/${a.id}`, download: a.fileName,
        }, a.fileName))));
      row.addEventListener('click', (e) => {
        if (e.target.closest('a.attachment')) return;
        choose(n.id);
      });
      return row;
    }));
  }
  const select = $('board-notice');
  fill(select, el('option', { value: '' }, '（不按通知，只看名单）'),
    notices.map((n) => el('option', { value: n.id }, `${n.title}（${fmtTime(n.createdAt)}）`)));
  select.value = chosen === null ? '' : String(chosen);
  $('remind-read').disabled = chosen === null;
  $('remind-report').disabled = chosen === null;
}

function choose(notice) {
  chosen = notice;
  renderNotices();
  loadBoard();
}

const ROSTER = {
  none: ['未报', 'badge-missing'],
  accepted: ['已报', 'badge-ok'],
  'rows-rejected': ['有退回行', 'badge-warn'],
  failed: ['读取失败', 'badge-bad'],
};

function renderBoard(board) {
  const c = board.counts || {};
  const items = [
    ['units', '单位', c.units], ['sent', '已发送', c.sent], ['read', '已读', c.read],
    ['reported', '已报名单', c.reported], ['rowsRejected', '有退回行', c.rowsRejected, c.rowsRejected > 0],
    ['notReported', '未报名单', c.notReported, c.notReported > 0],
  ];
  fill($('board-counts'), items.map(([key, label, value, alert]) =>
    el('div', { class: `count${alert ? ' is-alert' : ''}`, dataset: { count: key } },
      el('div', { class: 'value' }, value ?? '—'), el('div', { class: 'label' }, label))));
  const rows = [...(board.rows || [])].sort((a, b) =>
    (treeOrder.get(a.unitID) ?? 1e9) - (treeOrder.get(b.unitID) ?? 1e9) || a.officialOrder - b.officialOrder);
  const body = $('board').tBodies[0];
  if (!rows.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 9 }, units.length ? '没有符合条件的单位' : '本会议还没有单位')));
    return;
  }
  fill(body, rows.map((r) => {
    const [label, cls] = ROSTER[r.roster] || [r.roster, 'badge-missing'];
    let read;
    if (chosen === null) read = el('span', { class: 'muted' }, '—');
    else if (!r.noticeSent) read = el('span', { class: 'muted' }, '未发送');
    else if (r.readAt) read = el('span', { class: 'badge badge-ok', title: r.readAt }, `已读 ${fmtTime(r.readAt)}`);
    else read = el('span', { class: 'badge badge-missing' }, '未读');
    const level = depth.get(r.unitID) || 0;
    return el('tr', {
      dataset: { unit: r.unitName, unitId: r.unitID, read: r.readAt ? 'read' : (r.noticeSent ? 'unread' : 'not-sent'), roster: r.roster },
    },
    el('td', { class: `unit-cell level-${Math.min(level, 3)}`, style: level ? `padding-left:${10 + level * 18}px` : null },
      level ? el('span', { class: 'tree-mark', 'aria-hidden': 'true' }, '└ ') : null, r.unitName),
    el('td', { class: 'read-state' }, read),
    el('td', null, el('span', { class: `badge ${cls}` }, label)),
    el('td', { class: 'num' }, r.roster === 'none' ? '—' : r.acceptedRows),
    el('td', { class: 'num' }, r.rejectedRows ? el('span', { class: 'badge badge-warn' }, r.rejectedRows) : (r.roster === 'none' ? '—' : 0)),
    el('td', { class: 'num' }, r.submissionCount > 1 ? el('span', { title: '重报过' }, `${r.submissionCount}（重报 ${r.submissionCount - 1}）`) : r.submissionCount),
    el('td', null, fmtTime(r.lastSubmittedAt)),
    el('td', { class: 'num' }, r.readReminders || '—'),
    el('td', { class: 'num' }, r.reportReminders || '—'));
  }));
}

let boardRequest = 0;
async function loadBoard() {
  const ask = ++boardRequest;
  const query = new URLSearchParams();
  if (chosen !== null) query.set('notice', chosen);
  if ($('board-district').value) query.set('district', $('board-district').value);
  if ($('board-state').value) query.set('state', $('board-state').value);
  try {
    const board = await api('GET', `/api/meetings/${id}/board?${query}`);
    if (ask !== boardRequest) return;
    clearError($('board-error'));
    renderBoard(board);
    $('board').dataset.notice = chosen ?? '';
    $('board').dataset.loaded = String(ask);
  } catch (err) {
    if (ask === boardRequest) showError($('board-error'), err, '读取发送情况失败');
  }
}

async function load() {
  try {
    const [meeting, list, all] = await Promise.all([
      api('GET', `/api/meetings/${id}`),
      api('GET', `/api/meetings/${id}/notices`),
      api('GET', `/api/meetings/${id}/board`),
    ]);
    clearError($('error'));
    setMeetingName(meeting.name, '通知');
    $('meta').textContent = [meeting.name, meeting.venue, meeting.date].filter(Boolean).join(' · ');
    buildTree(all.rows || []);
    fillUnitChoices();
    notices = [...(list.notices || [])].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    if (chosen !== null && !notices.some((n) => n.id === chosen)) chosen = null;
    if (chosen === null && notices.length) chosen = notices[0].id;
    renderNotices();
    await loadBoard();
  } catch (err) {
    showError($('error'), err, '读取通知失败');
  }
}

async function remind(kind, button) {
  if (chosen === null) return;
  await busy(button, async () => {
    try {
      const run = await api('POST', `/api/meetings/${id}/notices/${chosen}/${kind}-reminders`);
      const what = kind === 'read' ? '催看' : '催报';
      const parts = [];
      parts.push(run.queued.length ? `已${what} ${run.queued.length} 个单位：${run.queued.join('、')}` : `没有新${what}的单位`);
      if (run.alreadyQueued.length) parts.push(`此前已${what}：${run.alreadyQueued.join('、')}`);
      if (run.skipped) parts.push(`${run.skipped} 个单位无需${what}`);
      toast(parts.join('；'), run.queued.length ? 'ok' : 'info', 7000);
      await loadBoard();
    } catch (err) {
      toast(err.message, 'error');
    }
  });
}

// ---- wiring --------------------------------------------------------------------------------

$('compose').addEventListener('submit', send);
for (const radio of document.querySelectorAll('input[name=audience]')) radio.addEventListener('change', showAudience);
$('notice-files').addEventListener('change', showFiles);
$('unit-filter').addEventListener('input', renderUnitPicks);
$('units-all').addEventListener('click', () => {
  for (const box of $('unit-picks').querySelectorAll('input[type=checkbox]')) picked.add(Number(box.value));
  renderUnitPicks();
});
$('units-none').addEventListener('click', () => { picked.clear(); renderUnitPicks(); });
$('board-notice').addEventListener('change', () => choose($('board-notice').value ? Number($('board-notice').value) : null));
$('board-district').addEventListener('change', loadBoard);
$('board-state').addEventListener('change', loadBoard);
$('remind-read').addEventListener('click', () => remind('read', $('remind-read')));
$('remind-report').addEventListener('click', () => remind('report', $('remind-report')));

let refresh = null;
/**
 * A board event: the notices' read counts and the board again within a quarter second. A burst
 * (700 units uploading at a deadline) is coalesced into one refresh per quarter second, so the
 * board keeps moving while the burst lasts.
 */
function refreshSoon() {
  if (refresh !== null) return;
  refresh = setTimeout(async () => {
    refresh = null;
    try {
      const list = await api('GET', `/api/meetings/${id}/notices`);
      notices = [...(list.notices || [])].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
      renderNotices();
    } catch { /* the board's own error shows */ }
    await loadBoard();
    $('board-live').textContent = `已更新 ${fmtTime(new Date().toISOString())}`;
  }, 250);
}

showAudience();
load();
events(id, {
  board: refreshSoon,
  open: (again) => { if (again) refreshSoon(); },
});
