// The meeting overview: counts, units and their submissions, reminders, uploads, plan versions,
// "立即编排" with live progress, and print links.
import {
  api, el, fill, initShell, setMeetingName, showError, clearError, versionText, fmtTime, busy, toast,
  setStatus, events, printLinks, problemTable, PLAN_STATUS,
} from '/assets/common.js';

const id = initShell('overview');
const $ = (sel) => document.getElementById(sel);
let overview = null;
let planning = false;

const UNIT_STATUS = {
  submitted: ['已报送', 'badge-ok'],
  missing: ['未报送', 'badge-missing'],
  'rejected-rows': ['有退回行', 'badge-warn'],
  failed: ['读取失败', 'badge-bad'],
};

async function load() {
  try {
    overview = await api('GET', `/api/meetings/${id}`);
    clearError($('error'));
    render();
  } catch (err) {
    showError($('error'), err, '读取会议失败');
  }
}

function render() {
  const o = overview;
  setMeetingName(o.name, '概况');
  $('title').textContent = o.name;
  $('meta').textContent = [o.venue, o.date].filter(Boolean).join(' · ');
  $('version').textContent = o.latestVersion ? `最新 ${versionText(o.latestVersion)}` : '尚未编排';
  $('open-map').href = `/meetings/${id}/map`;
  $('open-map').hidden = !o.latestVersion;
  $('versions-link').href = `/meetings/${id}/versions`;
  renderCounts(o.counts || {});
  renderUnits();
  renderVersions(o.versions || []);
  fill($('print-links'), printLinks(id, o.latestVersion));
  $('print-version').textContent = o.latestVersion ? `按${versionText(o.latestVersion)}` : '尚未编排，打印前请先编排';
  const queued = (o.counts || {}).remindersQueued || 0;
  $('reminders-info').textContent = queued ? `已排队催报 ${queued} 个单位` : '';
}

function renderCounts(c) {
  const items = [
    ['units', '单位', c.units], ['submitted', '已报送', c.submitted], ['missing', '未报送', c.missing, c.missing > 0],
    ['withRejectedRows', '有退回行', c.withRejectedRows, c.withRejectedRows > 0], ['failed', '读取失败', c.failed, c.failed > 0],
    ['people', '人数', c.people], ['remindersQueued', '催报排队', c.remindersQueued],
  ];
  fill($('counts'), items.map(([key, label, value, alert]) =>
    el('div', { class: `count${alert ? ' is-alert' : ''}`, dataset: { count: key } },
      el('div', { class: 'value' }, value ?? '—'), el('div', { class: 'label' }, label))));
}

function renderUnits() {
  const units = [...(overview.units || [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const filter = $('unit-filter').value;
  const query = $('unit-search').value.trim();
  const shown = units.filter((u) => (!filter || u.status === filter) && (!query || u.name.includes(query)));
  const body = $('units').tBodies[0];
  if (!shown.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 8 }, units.length ? '没有符合条件的单位' : '还没有单位：请上传单位清单 units.csv')));
  } else {
    fill(body, shown.map((u) => {
      const [label, cls] = UNIT_STATUS[u.status] || [u.status, 'badge-missing'];
      return el('tr', { dataset: { unit: u.name, status: u.status } },
        el('td', { class: 'num' }, u.order ?? ''),
        el('td', null, u.name),
        el('td', null, el('span', { class: `badge ${cls}`, title: u.failure || null }, label),
          u.failure ? el('div', { class: 'small muted' }, u.failure) : null),
        el('td', { class: 'num' }, u.version ?? '—'),
        el('td', { class: 'num' }, u.accepted ?? 0),
        el('td', { class: 'num' }, u.rejected ? el('span', { class: 'badge badge-warn' }, u.rejected) : 0),
        el('td', null, fmtTime(u.receivedAt)),
        el('td', null, el('label', { class: 'button small file-pick', title: `上传${u.name}的名单` }, '上传',
          el('input', { type: 'file', accept: '.csv,text/csv', class: 'unit-roster-file', dataset: { unit: u.name } }))),
      );
    }));
  }
  const select = $('roster-unit');
  const current = select.value;
  fill(select, units.map((u) => el('option', { value: u.name }, u.name)));
  if (current) select.value = current;
}

function renderVersions(versions) {
  const body = $('versions').tBodies[0];
  if (!versions.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 8 }, '尚未编排。名单齐全后点击“立即编排”。')));
    return;
  }
  fill(body, [...versions].reverse().map((v) => el('tr', { dataset: { version: v.version } },
    el('td', null, versionText(v.version)),
    el('td', null, el('span', { class: `badge ${v.status === 'optimal' ? 'badge-ok' : 'badge-warn'}` }, PLAN_STATUS[v.status] || v.status)),
    el('td', { class: 'num' }, v.seated),
    el('td', { class: 'num' }, v.unseated ? el('span', { class: 'badge badge-warn' }, v.unseated) : 0),
    el('td', { class: 'num' }, v.violations ? el('span', { class: 'badge badge-bad' }, v.violations) : 0),
    el('td', { class: 'num' }, v.changes ?? 0),
    el('td', null, fmtTime(v.createdAt)),
    el('td', null, el('a', { href: `/meetings/${id}/map${v.version === overview.latestVersion ? '' : `?version=${v.version}`}` }, '座位图')),
  )));
}

// ---- uploads ---------------------------------------------------------------------------

function showUploadResult(kind, title, problems) {
  const box = $('upload-result');
  box.className = `notice ${kind}`;
  box.removeAttribute('role');
  fill(box, el('div', null, title), problems && problems.length ? problemTable(problems) : null);
  box.hidden = false;
}

async function uploadUnits(file) {
  try {
    // The file's bytes as they are: the server decides the encoding (Excel exports may be GBK).
    const bytes = await file.arrayBuffer();
    const r = await api('POST', `/api/meetings/${id}/units`, bytes, { contentType: 'text/csv' });
    showUploadResult('ok', `单位清单已读入：新增 ${r.added} 个，更新 ${r.updated} 个。`);
    load();
  } catch (err) {
    showError($('upload-result'), err, `单位清单 ${file.name} 有错误，未读入`);
  }
}

async function uploadRoster(unit, file) {
  if (!unit) { toast('请先选择单位', 'warn'); return; }
  setStatus(`正在上传 ${unit} 的名单…`);
  try {
    const bytes = await file.arrayBuffer();
    const r = await api('POST', `/api/meetings/${id}/rosters?unit=${encodeURIComponent(unit)}`, bytes, { contentType: 'text/csv' });
    const problems = (r.problems || []).map((p) => ({ file: p.file || file.name, ...p }));
    const title = `${unit}：名单第 ${r.version} 次报送，接收 ${r.accepted} 行${r.rejected ? `，退回 ${r.rejected} 行` : ''}。`;
    showUploadResult(r.rejected ? 'warn' : 'ok', title, problems);
    setStatus(title, r.rejected ? 'warn' : 'ok');
    load();
  } catch (err) {
    showError($('upload-result'), err, `${unit} 的名单 ${file.name} 未能读入`);
    setStatus('名单上传失败', 'error');
  }
}

$('units-file').addEventListener('change', (e) => {
  const file = e.target.files[0];
  if (file) uploadUnits(file);
  e.target.value = '';
});
$('roster-file').addEventListener('change', (e) => {
  const file = e.target.files[0];
  if (file) uploadRoster($('roster-unit').value, file);
  e.target.value = '';
});
$('units').addEventListener('change', (e) => {
  const input = e.target.closest('input.unit-roster-file');
  if (!input || !input.files[0]) return;
  uploadRoster(input.dataset.unit, input.files[0]);
  input.value = '';
});
$('unit-filter').addEventListener('change', renderUnits);
$('unit-search').addEventListener('input', renderUnits);

// ---- reminders -------------------------------------------------------------------------

$('remind').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  try {
    const r = await api('POST', `/api/meetings/${id}/reminders`, {});
    const text = r.queued ? `已排队催报 ${r.queued} 个单位${r.alreadyQueued ? `（另有 ${r.alreadyQueued} 个已在队列中）` : ''}` :
      (r.alreadyQueued ? `催报已在队列中（${r.alreadyQueued} 个单位）` : '没有需要催报的单位');
    toast(text, 'ok');
    setStatus(text, 'ok');
    load();
  } catch (err) {
    showError($('error'), err, '催报失败');
  }
}));

// ---- plan now --------------------------------------------------------------------------

const STEPS = ['pull', 'plan', 'check', 'store', 'done'];

function resetProgress() {
  for (const li of document.querySelectorAll('#progress li[data-step]')) li.className = '';
  $('progress-message').textContent = '';
}

function onProgress(data) {
  const index = STEPS.indexOf(data.step);
  if (index < 0) return;
  // Events may arrive after the answer: never step back from a finished run.
  if ($('progress').dataset.state === 'done' && data.step !== 'done') return;
  $('plan-card').hidden = false;
  for (const li of document.querySelectorAll('#progress li[data-step]')) {
    const i = STEPS.indexOf(li.dataset.step);
    li.className = i < index || data.step === 'done' ? 'is-done' : i === index ? 'is-active' : '';
  }
  if (data.message) $('progress-message').textContent = data.message;
}

$('plan-now').addEventListener('click', async (e) => {
  if (planning) return;
  planning = true;
  const button = e.currentTarget;
  $('plan-card').hidden = false;
  resetProgress();
  clearError($('plan-error'));
  $('summary').hidden = true;
  $('progress-spinner').hidden = false;
  $('progress-message').textContent = '正在编排…';
  $('progress').dataset.state = 'running';
  await busy(button, async () => {
    try {
      const r = await api('POST', `/api/meetings/${id}/plan`, {});
      onProgress({ step: 'done', message: `已保存为${versionText(r.version)}` });
      $('summary').textContent = (r.summary || []).join('\n');
      $('summary').hidden = false;
      $('progress').dataset.state = 'done';
      toast(`编排完成：${versionText(r.version)}`, 'ok');
      load();
    } catch (err) {
      $('progress').dataset.state = 'failed';
      $('progress-message').textContent = '编排未完成';
      showError($('plan-error'), err, '编排失败');
    } finally {
      $('progress-spinner').hidden = true;
      planning = false;
    }
  });
});
$('plan-close').addEventListener('click', () => { $('plan-card').hidden = true; });

// ---- live --------------------------------------------------------------------------------

events(id, {
  progress: onProgress,
  plan(data) {
    if (!planning) toast(`${versionText(data.version)}已保存`, 'info');
    load();
  },
  open(reconnected) { if (reconnected) load(); },
});

load();
