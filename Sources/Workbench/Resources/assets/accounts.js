// The staff's account list: every account with its state, new unit and staff accounts, and a
// new one-time activation code (shown once, with its link and a copy button).
import { api, el, fill, showError, clearError, fmtTime, busy, toast } from '/assets/common.js';

const $ = (sel) => document.getElementById(sel);
let accounts = [];

async function load() {
  try {
    accounts = await api('GET', '/api/accounts');
    clearError($('error'));
    render();
  } catch (err) {
    showError($('error'), err, '读取账户失败');
  }
}

/** The unit names of every meeting, for the unit field's suggestions. */
async function loadUnitNames() {
  try {
    const { meetings } = await api('GET', '/api/meetings');
    const names = new Set();
    for (const meeting of meetings) {
      const overview = await api('GET', `/api/meetings/${meeting.id}`);
      for (const unit of overview.units || []) names.add(unit.name);
    }
    fill($('unit-names'), [...names].map((name) => el('option', { value: name })));
  } catch { /* suggestions only */ }
}

function render() {
  $('account-count').textContent = `共 ${accounts.length} 个`;
  const body = $('accounts').tBodies[0];
  if (!accounts.length) {
    fill(body, el('tr', { class: 'empty-row' }, el('td', { colspan: 9 }, '还没有账户')));
    return;
  }
  const now = Date.now();
  const sorted = [...accounts].sort((a, b) => (a.kind === b.kind ? a.login.localeCompare(b.login) : a.kind === 'staff' ? -1 : 1));
  fill(body, sorted.map((a) => {
    const locked = a.lockedUntil && new Date(a.lockedUntil).getTime() > now;
    const reissue = el('button', { type: 'button', class: 'small', dataset: { reissue: a.id } }, a.isActivated ? '重置（发新激活码）' : '重发激活码');
    reissue.addEventListener('click', () => reissueCode(a, reissue));
    return el('tr', { dataset: { account: a.login, kind: a.kind } },
      el('td', null, el('strong', null, a.login)),
      el('td', null, a.kind === 'staff' ? '工作人员' : '单位'),
      el('td', null, a.unitName || '—'),
      el('td', null, a.displayName),
      el('td', null, a.isActivated ? el('span', { class: 'badge badge-ok' }, '已激活') : el('span', { class: 'badge badge-missing' }, '未激活')),
      el('td', { class: 'num' }, a.failedSignIns ? el('span', { class: 'badge badge-warn', title: a.lastFailedAt ? `最近一次 ${fmtTime(a.lastFailedAt)}` : null }, a.failedSignIns) : 0),
      el('td', null, locked ? el('span', { class: 'badge badge-bad' }, fmtTime(a.lockedUntil)) : '—'),
      el('td', null, fmtTime(a.createdAt)),
      el('td', null, reissue));
  }));
}

function showIssued(issued, title) {
  $('issued-title').textContent = title;
  $('issued-login').textContent = `${issued.account.login}（${issued.account.displayName}）`;
  $('issued-code').value = issued.code;
  $('issued-link').value = `${location.origin}/activate?code=${encodeURIComponent(issued.code)}`;
  $('issued-expires').textContent = fmtTime(issued.expiresAt);
  $('issued').hidden = false;
  $('issued').scrollIntoView({ block: 'start' });
}

async function copy(input) {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(input.value);
  } catch {
    // Plain HTTP on another host has no clipboard API: select the text and copy the old way.
    input.focus();
    input.select();
    document.execCommand('copy');
  }
  toast('已复制', 'ok', 2000);
}

async function reissueCode(account, button) {
  const sure = confirm(`为账户 ${account.login} 重新发放激活码？${account.isActivated ? '该账户需用新激活码重新设置密码，' : ''}之前的激活码作废。`);
  if (!sure) return;
  await busy(button, async () => {
    try {
      showIssued(await api('POST', `/api/accounts/${account.id}/reissue`), '新激活码');
      await load();
    } catch (err) {
      showError($('error'), err, '无法重发激活码');
    }
  });
}

function showKind() {
  const unit = $('kind').value === 'unit';
  $('unit-field').hidden = !unit;
  $('unit').required = unit;
}

$('kind').addEventListener('change', showKind);
$('issued-close').addEventListener('click', () => {
  $('issued-code').value = '';
  $('issued-link').value = '';
  $('issued').hidden = true;
});
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => copy($(button.dataset.copy)));
}
$('create').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('create-error');
  clearError(error);
  const kind = $('kind').value;
  const body = { login: $('login').value.trim(), kind, displayName: $('display-name').value.trim() };
  if (kind === 'unit') body.unit = $('unit').value.trim();
  await busy($('create-submit'), async () => {
    try {
      const issued = await api('POST', '/api/accounts', body);
      $('create').reset();
      showKind();
      showIssued(issued, '新账户的激活码');
      await load();
    } catch (err) {
      showError(error, err, '无法新建账户');
    }
  });
});

showKind();
load();
loadUnitNames();
