// Plan versions: the table, the diff of any two versions, and restoring an old version as a
// new one (after a confirm dialog).
import {
  api, el, fill, initShell, setMeetingName, showError, clearError, versionText, fmtTime, toast, setStatus, events, PLAN_STATUS,
} from '/assets/common.js';

const id = initShell('versions');
const $ = (s) => document.getElementById(s);
const params = new URLSearchParams(location.search);
let versions = [];
let picked = [];

async function load() {
  try {
    const [meeting, list] = await Promise.all([api('GET', `/api/meetings/${id}`), api('GET', `/api/meetings/${id}/versions`)]);
    setMeetingName(meeting.name, '版本');
    $('meta').textContent = [meeting.name, meeting.venue].filter(Boolean).join(' · ');
    versions = [...(list.versions || [])].sort((a, b) => a.version - b.version);
    clearError($('error'));
    if (!picked.length && versions.length >= 2) {
      const from = Number(params.get('from')) || versions[versions.length - 2].version;
      const to = Number(params.get('to')) || versions[versions.length - 1].version;
      picked = [from, to];
    }
    render();
    if (picked.length === 2) compare();
  } catch (err) {
    showError($('error'), err, '读取版本失败');
  }
}

/** Signature verdicts by version (a stored version's verdict changes only if its bytes do). */
const verdicts = new Map();

/** The badge of a version's signature: 真实 / 已改动 / 未签名 …, read once from the server. */
function signatureBadge(version) {
  const badge = el('span', { class: 'badge badge-missing sig-badge', dataset: { status: 'loading' } }, '验证中…');
  const known = verdicts.get(version);
  const show = (r) => {
    const kind = r.genuine ? 'badge-ok' : r.status === 'unsigned' || r.status === 'no-key' ? 'badge-missing' : 'badge-bad';
    badge.className = `badge ${kind} sig-badge`;
    badge.dataset.status = r.status;
    badge.textContent = r.genuine ? '✓ 签名有效' : { altered: '✗ 已被改动', 'bad-signature': '✗ 签名无效', 'other-key': '✗ 非本办公室', unsigned: '未签名', 'no-key': '未启用签名' }[r.status] || r.status;
    badge.title = r.message + (r.signed_at ? `（签于 ${fmtTime(r.signed_at)}）` : '');
  };
  if (known) show(known);
  else api('GET', `/api/meetings/${id}/versions/${version}/verification`).then((r) => { verdicts.set(version, r); show(r); })
    .catch((err) => { badge.textContent = '无法验证'; badge.title = err.message; badge.dataset.status = 'error'; });
  return badge;
}

function latest() { return versions.length ? versions[versions.length - 1].version : null; }

function render() {
  const body = $('versions').tBodies[0];
  if (!versions.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 10 }, '尚未编排')));
  } else {
    fill(body, [...versions].reverse().map((v) => el('tr', { dataset: { version: v.version }, class: picked.includes(v.version) ? 'is-selected' : null },
      el('td', null, el('input', { type: 'checkbox', class: 'pick', dataset: { version: v.version }, checked: picked.includes(v.version), 'aria-label': `选择${versionText(v.version)}` })),
      el('td', null, versionText(v.version), v.version === latest() ? el('span', { class: 'badge badge-info badge-latest' }, '最新') : null),
      el('td', null, el('span', { class: `badge ${v.status === 'optimal' ? 'badge-ok' : 'badge-warn'}` }, PLAN_STATUS[v.status] || v.status)),
      el('td', { class: 'num' }, v.seated), el('td', { class: 'num' }, v.unseated),
      el('td', { class: 'num' }, v.violations ? el('span', { class: 'badge badge-bad' }, v.violations) : 0),
      el('td', { class: 'num' }, v.changes ?? 0), el('td', null, fmtTime(v.createdAt)),
      el('td', { class: 'signature', dataset: { signature: v.version } }, signatureBadge(v.version)),
      el('td', null,
        el('a', { class: 'button small', href: `/meetings/${id}/map${v.version === latest() ? '' : `?version=${v.version}`}` }, '座位图'), ' ',
        v.version !== latest() ? el('button', { type: 'button', class: 'small', dataset: { restore: v.version } }, '恢复为新版本') : null),
    )));
  }
  const options = versions.map((v) => el('option', { value: v.version }, versionText(v.version)));
  fill($('diff-from'), options.map((o) => o.cloneNode(true)));
  fill($('diff-to'), options);
  $('compare').disabled = versions.length < 2;
  syncPicks();
}

/** Shows the picked versions (checkboxes, row shading, the two selects) without rebuilding rows. */
function syncPicks() {
  for (const row of $('versions').tBodies[0].rows) {
    const v = Number(row.dataset.version);
    if (!v) continue;
    const on = picked.includes(v);
    row.classList.toggle('is-selected', on);
    const box = row.querySelector('input.pick');
    if (box) box.checked = on;
  }
  if (picked.length === 2) { $('diff-from').value = String(Math.min(...picked)); $('diff-to').value = String(Math.max(...picked)); }
}

$('versions').addEventListener('change', (e) => {
  const box = e.target.closest('input.pick');
  if (!box) return;
  const v = Number(box.dataset.version);
  picked = picked.filter((x) => x !== v);
  if (box.checked) picked.push(v);
  if (picked.length > 2) picked = picked.slice(-2);
  syncPicks();
  if (picked.length === 2) compare();
});

$('compare').addEventListener('click', () => {
  picked = [Number($('diff-from').value), Number($('diff-to').value)];
  syncPicks();
  compare();
});

async function compare() {
  const from = Number($('diff-from').value); const to = Number($('diff-to').value);
  clearError($('diff-error'));
  if (!from || !to || from === to) { $('diff-summary').textContent = '请选择两个不同的版本'; return; }
  $('diff-summary').textContent = '正在比较…';
  try {
    const d = await api('GET', `/api/meetings/${id}/versions/diff?from=${from}&to=${to}`);
    const moved = d.moved || []; const seated = d.seated || []; const unseated = d.unseated || [];
    $('diff-summary').textContent = `${versionText(d.from)} → ${versionText(d.to)}：移动 ${moved.length} 人，新安排 ${seated.length} 人，不再安排 ${unseated.length} 人`;
    $('moved-count').textContent = `（${moved.length}）`;
    $('seated-count').textContent = `（${seated.length}）`;
    $('unseated-count').textContent = `（${unseated.length}）`;
    const none = (n) => el('tr', { class: 'empty-row' }, el('td', { colspan: n }, '无'));
    fill($('diff-moved').tBodies[0], moved.length ? moved.map((m) => el('tr', { class: 'move', dataset: { attendee: m.attendee } },
      el('td', null, m.name), el('td', null, m.unit), el('td', null, m.from), el('td', { class: 'arrow' }, '→'), el('td', null, m.to))) : none(5));
    fill($('diff-seated').tBodies[0], seated.length ? seated.map((p) => el('tr', { class: 'seated-row', dataset: { attendee: p.attendee } },
      el('td', null, p.name), el('td', null, p.unit), el('td', null, p.seat))) : none(3));
    fill($('diff-unseated').tBodies[0], unseated.length ? unseated.map((p) => el('tr', { class: 'unseated-row', dataset: { attendee: p.attendee } },
      el('td', null, p.name), el('td', null, p.unit), el('td', null, p.seat))) : none(3));
    const url = new URL(location.href);
    url.searchParams.set('from', from); url.searchParams.set('to', to);
    history.replaceState(null, '', url);
  } catch (err) {
    $('diff-summary').textContent = '';
    showError($('diff-error'), err, '比较失败');
  }
}

// ---- restore ----------------------------------------------------------------------------

const dialog = $('restore-dialog');
$('versions').addEventListener('click', (e) => {
  const button = e.target.closest('button[data-restore]');
  if (!button) return;
  const n = Number(button.dataset.restore);
  dialog.dataset.version = n;
  $('restore-title').textContent = `恢复${versionText(n)}`;
  $('restore-text').textContent = `将把${versionText(n)}的座位安排另存为新版本（${versionText(latest() + 1)}），当前的${versionText(latest())}保留不变。座签和座位图需按新版本重新打印。`;
  dialog.returnValue = '';
  dialog.showModal();
});
dialog.addEventListener('close', async () => {
  if (dialog.returnValue !== 'ok') return;
  const n = Number(dialog.dataset.version);
  try {
    const r = await api('POST', `/api/meetings/${id}/versions/${n}/restore`, { baseVersion: latest() });
    toast(`已将${versionText(n)}恢复为${versionText(r.version)}`, 'ok');
    setStatus(`已恢复：${versionText(r.version)}`, 'ok');
    picked = [latest(), r.version];
    await load();
  } catch (err) {
    showError($('error'), err, err.status === 409 ? '方案已被他人修改' : '恢复失败');
    load();
  }
});

events(id, { plan: () => load(), open: (again) => { if (again) load(); } });
load();
