// The units' portal: the unit's meetings, its inbox (opening a notice records the read receipt),
// a seat notice's people and seats, roster upload (CSV / Excel) with the rejected rows, the
// history of submissions, and for a district its units' status with 催报 and 代报.
import {
  api, ApiError, el, fill, showError, clearError, fmtTime, busy, toast,
} from '/assets/common.js';

const $ = (sel) => document.getElementById(sel);
let meeting = null;
let unitName = '';
/** BoardRows of the unit (first) and the units below it. */
let units = [];
/** The unit whose roster the roster section shows and uploads (the own unit, or one below for 代报). */
let target = null;
let items = [];
let openNotice = null;

async function start() {
  try {
    const answer = await api('GET', '/api/portal/meetings');
    unitName = answer.unit;
    $('unit-name').textContent = answer.unit;
    document.title = `${answer.unit} · 单位门户 · SeatPlan 座位编排`;
    const meetings = answer.meetings || [];
    if (!meetings.length) { $('no-meeting').hidden = false; return; }
    const asked = Number(new URLSearchParams(location.search).get('meeting'));
    const chosen = meetings.find((m) => m.id === asked) || meetings[0];
    const select = $('meeting');
    fill(select, meetings.map((m) => el('option', { value: m.id }, m.name)));
    select.value = String(chosen.id);
    select.hidden = meetings.length < 2;
    $('meeting-label').hidden = meetings.length < 2;
    select.addEventListener('change', () => {
      const m = meetings.find((x) => String(x.id) === select.value);
      history.replaceState(null, '', `/portal?meeting=${m.id}`);
      openMeeting(m);
    });
    await openMeeting(chosen);
  } catch (err) {
    showError($('error'), err, '读取会议失败');
  }
}

async function openMeeting(m) {
  meeting = m.id;
  openNotice = null;
  target = null;
  $('meeting-meta').textContent = m.name;
  $('portal-main').hidden = false;
  $('roster-card').hidden = false;
  $('upload-result').hidden = true;
  showReader(null);
  await Promise.all([loadInbox(), loadUnits()]);
  await Promise.all([loadHistory(), loadContact()]);
}

// ---- contact details -------------------------------------------------------------------------

/** The own unit's contact details (the office's phone directory). */
async function loadContact() {
  const own = units[0];
  if (!own) return;
  try {
    const contact = await api('GET', `/api/portal/meetings/${meeting}/units/${own.unitID}/contact`);
    $('contact-person').value = contact.contactPerson || '';
    $('contact-office').value = contact.officePhone || '';
    $('contact-mobile').value = contact.mobile || '';
    $('contact-card').hidden = false;
  } catch (err) {
    showError($('contact-error'), err, '读取联系方式失败');
  }
}

$('contact-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const own = units[0];
  if (!own) return;
  clearError($('contact-error'));
  busy($('contact-save'), async () => {
    try {
      await api('POST', `/api/portal/meetings/${meeting}/units/${own.unitID}/contact`, {
        contactPerson: $('contact-person').value, officePhone: $('contact-office').value,
        mobile: $('contact-mobile').value,
      });
      toast('联系方式已保存', 'ok');
    } catch (err) {
      showError($('contact-error'), err, '保存失败');
    }
  });
});

// ---- inbox ---------------------------------------------------------------------------------

async function loadInbox() {
  try {
    items = (await api('GET', `/api/portal/meetings/${meeting}/inbox`)).items || [];
    items.sort((a, b) => String(b.notice.createdAt).localeCompare(String(a.notice.createdAt)));
    renderInbox();
  } catch (err) {
    showError($('error'), err, '读取通知失败');
  }
}

function renderInbox() {
  const unread = items.filter((i) => !i.readAt).length;
  $('unread-count').textContent = items.length ? `共 ${items.length} 条${unread ? `，未读 ${unread} 条` : ''}` : '';
  if (!items.length) { fill($('inbox'), el('li', { class: 'muted inbox-empty' }, '还没有收到通知')); return; }
  fill($('inbox'), items.map((item) => {
    const n = item.notice;
    const link = el('button', {
      type: 'button',
      class: `inbox-item${item.readAt ? '' : ' is-unread'}${openNotice === n.id ? ' is-open' : ''}`,
      dataset: { notice: n.id, read: item.readAt ? 'read' : 'unread' },
    },
    el('span', { class: 'inbox-title' }, item.readAt ? null : el('span', { class: 'dot', 'aria-label': '未读' }), n.title),
    el('span', { class: 'inbox-meta' },
      n.category === 'seat-notice' ? el('span', { class: 'badge badge-info' }, '座位通知') : null,
      signatureBadge(n.id),
      item.readAt ? null : el('span', { class: 'badge badge-warn' }, '未读'),
      fmtTime(n.createdAt),
      n.deadline ? ` · 截止 ${fmtTime(n.deadline)}` : ''));
    link.addEventListener('click', () => read(n.id));
    return el('li', null, link);
  }));
}

/** Signature verdicts of the notices, by id (asked once per page). */
const verdicts = new Map();

/** A small badge saying whether a notice is genuine and unchanged (the office key's signature). */
function signatureBadge(notice) {
  const badge = el('span', { class: 'badge badge-missing sig-badge', dataset: { status: 'loading', notice } }, '验证中…');
  const show = (r) => {
    const kind = r.genuine ? 'badge-ok' : r.status === 'unsigned' || r.status === 'no-key' ? 'badge-missing' : 'badge-bad';
    badge.className = `badge ${kind} sig-badge`;
    badge.dataset.status = r.status;
    badge.textContent = r.genuine ? '✓ 真实未改动' : { altered: '✗ 已被改动', 'bad-signature': '✗ 签名无效', 'other-key': '✗ 非会务组签发', unsigned: '未签名', 'no-key': '未签名' }[r.status] || r.status;
    badge.title = r.message;
  };
  const key = `${meeting}/${notice}`;
  if (!verdicts.has(key)) {
    verdicts.set(key, api('GET', `/api/portal/meetings/${meeting}/notices/${notice}/verification`));
  }
  verdicts.get(key).then(show).catch((err) => { badge.textContent = '无法验证'; badge.title = err.message; badge.dataset.status = 'error'; });
  return badge;
}

function showReader(opened) {
  $('reader-empty').hidden = !!opened;
  $('reader-body').hidden = !opened;
  if (!opened) return;
  const n = opened.notice;
  $('reader-body').dataset.notice = n.id;
  $('reader-title').textContent = n.title;
  fill($('reader-signature'), signatureBadge(n.id));
  $('reader-meta').textContent = `${fmtTime(n.createdAt)} · ${n.createdBy} 发 · 您单位于 ${fmtTime(opened.readAt)} 首次阅读`;
  $('reader-deadline').hidden = !n.deadline;
  $('reader-deadline').textContent = n.deadline ? `名单报送截止：${fmtTime(n.deadline)}` : '';
  $('reader-text').textContent = n.body || '';
  const files = n.attachments || [];
  $('reader-files').hidden = !files.length;
  fill($('reader-attachments'), files.map((a) => el('li', null, el('a', {
    class: 'attachment', href: `/api/portal/meetings/${meeting}/notices/${n.id}/attachments/${a.id}`, download: a.fileName,
  }, a.fileName), el('span', { class: 'muted small' }, ` ${Math.max(1, Math.round(a.byteCount / 1024))} KB`))));
  const seats = opened.seats;
  $('reader-seats').hidden = !Array.isArray(seats);
  if (Array.isArray(seats)) {
    $('seats-pdf').href = `/api/portal/meetings/${meeting}/notices/${n.id}/seats.pdf`;
    fill($('seats').tBodies[0], seats.length ? seats.map((s, index) => el('tr', { dataset: { attendee: s.attendee } },
      el('td', { class: 'num' }, index + 1),
      el('td', null, s.name),
      el('td', null, s.title || ''),
      el('td', null, s.label || s.seat))) :
      el('tr', { class: 'empty-row' }, el('td', { colspan: 4 }, '本单位在这一版中没有座位')));
  }
}

async function read(notice) {
  openNotice = notice;
  renderInbox();
  try {
    const opened = await api('GET', `/api/portal/meetings/${meeting}/notices/${notice}`);
    const item = items.find((i) => i.notice.id === notice);
    if (item && !item.readAt) item.readAt = opened.readAt;
    renderInbox();
    showReader(opened);
  } catch (err) {
    showError($('error'), err, '打开通知失败');
  }
}

// ---- rosters -------------------------------------------------------------------------------

const ROSTER = {
  none: ['未报', 'badge-missing'],
  accepted: ['已报', 'badge-ok'],
  'rows-rejected': ['有退回行', 'badge-warn'],
  failed: ['读取失败', 'badge-bad'],
};

async function loadUnits() {
  try {
    units = (await api('GET', `/api/portal/meetings/${meeting}/units`)).units || [];
    if (!target || !units.some((u) => u.unitID === target.unitID)) target = units[0] || null;
    else target = units.find((u) => u.unitID === target.unitID);
    renderTarget();
    renderDistrict();
  } catch (err) {
    showError($('error'), err, '读取单位失败');
  }
}

function renderTarget() {
  const own = units[0];
  if (!target) { fill($('roster-for')); return; }
  const forOther = own && target.unitID !== own.unitID;
  const back = forOther ? el('button', { type: 'button', class: 'small ghost', id: 'roster-own' }, `改回报送本单位（${own.unitName}）`) : null;
  back?.addEventListener('click', () => chooseTarget(own));
  fill($('roster-for'),
    el('span', { class: `badge ${forOther ? 'badge-warn' : 'badge-info'}`, id: 'roster-target', dataset: { unit: target.unitName } },
      forOther ? `代报：${target.unitName}` : target.unitName), back);
}

async function chooseTarget(unit) {
  target = unit;
  $('upload-result').hidden = true;
  renderTarget();
  await loadHistory();
  $('roster-card').scrollIntoView({ block: 'start', behavior: 'smooth' });
}

function renderDistrict() {
  const below = units.slice(1);
  $('district-card').hidden = !below.length;
  if (!below.length) return;
  const byId = new Map(units.map((u) => [u.unitID, u]));
  const level = (u) => { let n = 0; let p = u.parentID; while (p && byId.has(p) && n < 8) { n += 1; p = byId.get(p).parentID; } return n; };
  fill($('district-units').tBodies[0], below.map((u) => {
    const [label, cls] = ROSTER[u.roster] || [u.roster, 'badge-missing'];
    const proxy = el('button', { type: 'button', class: 'small', dataset: { proxy: u.unitID } }, '代报');
    proxy.addEventListener('click', () => chooseTarget(u));
    const depth = level(u);
    return el('tr', { dataset: { unit: u.unitName, roster: u.roster } },
      el('td', { style: depth > 1 ? `padding-left:${10 + (depth - 1) * 18}px` : null }, u.unitName),
      el('td', null, el('span', { class: `badge ${cls}` }, label)),
      el('td', { class: 'num' }, u.roster === 'none' ? '—' : u.acceptedRows),
      el('td', { class: 'num' }, u.rejectedRows ? el('span', { class: 'badge badge-warn' }, u.rejectedRows) : (u.roster === 'none' ? '—' : 0)),
      el('td', { class: 'num' }, u.submissionCount),
      el('td', null, fmtTime(u.lastSubmittedAt)),
      el('td', { class: 'num' }, u.reportReminders || '—'),
      el('td', null, proxy));
  }));
}

/** "第 3 行 · 字段 precedence · 原因" */
function rowText(p) {
  return [p.line !== null && p.line !== undefined ? `第 ${p.line} 行` : null, p.field ? `字段 ${p.field}` : null, p.message]
    .filter(Boolean).join(' · ');
}

function rowList(problems) {
  return el('ul', { class: 'row-problems' }, problems.map((p) =>
    el('li', { class: 'row-problem', dataset: { line: p.line ?? '', field: p.field ?? '' } }, rowText(p))));
}

async function loadHistory() {
  const body = $('history').tBodies[0];
  if (!target) { fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 7 }, '—'))); return; }
  try {
    const { submissions } = await api('GET', `/api/portal/meetings/${meeting}/units/${target.unitID}/submissions`);
    if (!submissions.length) {
      fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 7 }, '还没有报送过名单')));
      return;
    }
    fill(body, submissions.map((s) => {
      let state;
      if (s.status === 'failed') state = el('span', { class: 'badge badge-bad', title: s.failure || null }, '读取失败');
      else if (s.isCurrent) state = el('span', { class: 'badge badge-ok' }, '当前名单');
      else state = el('span', { class: 'badge badge-missing' }, '已被新版本取代');
      return el('tr', { class: s.isCurrent ? 'is-current' : 'is-superseded', dataset: { version: s.version, current: s.isCurrent ? 'true' : 'false' } },
        el('td', { class: 'num' }, `第 ${s.version} 版`),
        el('td', null, s.fileName),
        el('td', null, fmtTime(s.receivedAt)),
        el('td', null, state, s.failure ? el('div', { class: 'small muted' }, s.failure) : null),
        el('td', { class: 'num' }, s.status === 'failed' ? '—' : s.accepted),
        el('td', { class: 'num' }, s.rejected ? el('span', { class: 'badge badge-warn' }, s.rejected) : (s.status === 'failed' ? '—' : 0)),
        el('td', { class: 'small' }, (s.problems || []).length ? rowList(s.problems) : ''));
    }));
  } catch (err) {
    showError($('error'), err, '读取报送记录失败');
  }
}

async function upload(file) {
  if (!file || !target) return;
  const result = $('upload-result');
  clearError(result);
  const unit = target;
  await busy($('roster-file'), async () => {
    $('roster-pick').classList.add('is-busy');
    try {
      const bytes = await file.arrayBuffer();
      const answer = await api('POST',
        `/api/portal/meetings/${meeting}/units/${unit.unitID}/rosters?file=${encodeURIComponent(file.name)}`,
        bytes, { contentType: 'application/octet-stream' });
      const problems = answer.problems || [];
      fill(result,
        el('div', { class: 'result-title' },
          `${unit.unitName}：${file.name} 已收到，作为第 ${answer.version} 版。接收 ${answer.accepted} 行`,
          answer.rejected ? `，退回 ${answer.rejected} 行，请改正后重新上传整份名单：` : '，没有退回的行。'),
        problems.length ? rowList(problems) : null);
      result.className = problems.length ? 'notice warn upload-result' : 'notice ok upload-result';
      result.removeAttribute('role');
      result.dataset.state = problems.length ? 'rows-rejected' : 'accepted';
      result.hidden = false;
      toast(answer.rejected ? `已收到，退回 ${answer.rejected} 行` : '名单已收到', answer.rejected ? 'warn' : 'ok');
    } catch (err) {
      const problems = err instanceof ApiError ? err.problems : [];
      showError(result, err, `${file.name} 未被接收`);
      if (problems.length) {
        // Rows as sentences (第 N 行 · 字段 · 原因) instead of the generic problem table.
        result.querySelector('table.problems')?.replaceWith(rowList(problems));
      }
      result.classList.add('upload-result');
      result.dataset.state = 'failed';
    } finally {
      $('roster-pick').classList.remove('is-busy');
      $('roster-file').value = '';
    }
  });
  await Promise.all([loadHistory(), loadUnits()]);
}

$('roster-file').addEventListener('change', () => upload($('roster-file').files[0]));
$('district-remind').addEventListener('click', () => busy($('district-remind'), async () => {
  try {
    const run = await api('POST', `/api/portal/meetings/${meeting}/reminders`);
    const parts = [run.queued.length ? `已催报 ${run.queued.length} 个单位：${run.queued.join('、')}` : '没有新催报的单位'];
    if (run.alreadyQueued.length) parts.push(`此前已催报：${run.alreadyQueued.join('、')}`);
    if (run.skipped) parts.push(`${run.skipped} 个单位已报送`);
    toast(parts.join('；'), run.queued.length ? 'ok' : 'info', 7000);
    await loadUnits();
  } catch (err) {
    toast(err.message, 'error');
  }
}));

start();
