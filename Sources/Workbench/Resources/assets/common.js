// SeatPlan workbench: helpers shared by every page (API calls, events, messages, safe DOM).
// Names come from uploaded rosters: text is always set with textContent / el(), never innerHTML.

/** An API error carrying the server's {error:{status,message,file,line,field,problems}}. */
export class ApiError extends Error {
  constructor(status, info) {
    super((info && info.message) || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.info = info || {};
    this.file = this.info.file ?? null;
    this.line = this.info.line ?? null;
    this.field = this.info.field ?? null;
    this.problems = Array.isArray(this.info.problems) ? this.info.problems : [];
  }
}

/**
 * Calls the JSON API. `body` may be an object (sent as JSON), or a string / Blob / File /
 * ArrayBuffer (sent raw with `options.contentType`). Every non-GET request carries
 * `X-SeatPlan-Request: 1`. Resolves to the parsed JSON (or null); rejects with ApiError.
 */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-SeatPlan-Request'] = '1';
    const csrf = cookie('seatplan_csrf');
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  if (body !== undefined && body !== null) {
    const raw = typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer ||
      ArrayBuffer.isView(body);
    if (raw) {
      headers['Content-Type'] = options.contentType || 'application/octet-stream';
      init.body = body;
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  if (options.signal) init.signal = options.signal;
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    const e = new ApiError(0, { message: '无法连接服务器，请检查网络或稍后重试' });
    e.network = true;
    throw e;
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (response.status === 401 && !options.noRedirect) {
    location.assign(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`);
  }
  if (!response.ok) {
    const info = data && data.error ? data.error : { status: response.status, message: text.slice(0, 300) || response.statusText };
    if (info.status === undefined) info.status = response.status;
    throw new ApiError(response.status, info);
  }
  return data;
}

/** The value of a (non-HttpOnly) cookie, or null. */
export function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** Fills the top bar's account corner (name, 账户 for staff, 退出) when the page has one. */
async function showAccount() {
  const bar = document.getElementById('account-bar');
  if (!bar) return;
  try {
    const { account } = await api('GET', '/api/session');
    const signOut = el('button', { type: 'button', class: 'small', id: 'sign-out' }, '退出');
    signOut.addEventListener('click', async () => {
      try { await api('POST', '/api/session/sign-out'); } finally { location.assign('/sign-in'); }
    });
    fill(bar,
      el('span', { class: 'account-name', id: 'account-name' }, account.displayName),
      account.kind === 'staff' ? el('a', { href: '/accounts', class: 'account-link' }, '账户') : null,
      signOut);
  } catch {
    fill(bar);
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showAccount);
else showAccount();

/** The meeting id from /meetings/{id}/…, or null. */
export function meetingId() {
  const m = location.pathname.match(/^\/meetings\/(\d+)/);
  return m ? Number(m[1]) : null;
}

/** Escapes text for HTML (for the rare place where a string of markup is unavoidable). */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/**
 * Builds an element safely: el('td', {class: 'num', dataset: {unit: name}}, 'text', child, …).
 * Strings become text nodes; null/undefined/false children are skipped; arrays are flattened.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Empties a node and fills it with children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** "第 3 版" */
export function versionText(version) {
  return version ? `第 ${version} 版` : '尚未编排';
}

/** A short local time: 12-01 14:05 (or the date when not today). */
export function fmtTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const pad = (n) => String(n).padStart(2, '0');
  const today = new Date();
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === today.toDateString() ? `今天 ${time}` : `${date} ${time}`;
}

export const ROLE_LABELS = {
  rostrum: '主席台', member: '正式代表', nonvoting: '列席', guest: '特邀', staff: '工作人员', press: '记者',
  attendee: '出席',
};
export function roleText(role) { return ROLE_LABELS[role] || role || '—'; }

export const PLAN_STATUS = { optimal: '最优', feasible: '可行', infeasible: '无解', timeout: '超时' };

export const ZONE_LABELS = {
  leaders: '领导席', members: '代表席', nonvoting: '列席席', staff: '工作人员席', press: '记者席', guests: '嘉宾席',
  accessible: '无障碍座位', rostrum: '主席台',
};
export function zoneText(zone) { return ZONE_LABELS[zone] || zone; }

/** Every print kind of the contract, with its Chinese label. */
export const PRINT_KINDS = [
  ['chart', '座位图'], ['wall-chart', '张贴大图'], ['rostrum-chart', '主席台座次图'], ['cards', '座签'],
  ['changed-cards', '变更座签'], ['list', '座次名单'], ['labels', '座位贴'], ['groups', '分组名单'], ['passes', '座位证'],
];

/** Links for the print kinds; each `a[data-print=kind]`. */
export function printLinks(meeting, version, kinds = PRINT_KINDS) {
  return kinds.map(([kind, label]) => {
    const query = version ? `?version=${encodeURIComponent(version)}` : '';
    return el('a', { class: 'print-link', href: `/api/meetings/${meeting}/print/${kind}${query}`, dataset: { print: kind }, download: '' }, label);
  });
}

// ---- messages ------------------------------------------------------------------------------

function toastHost() {
  let host = document.getElementById('toasts');
  if (!host) {
    host = el('div', { id: 'toasts', class: 'toasts', 'aria-live': 'polite' });
    document.body.appendChild(host);
  }
  return host;
}

/** A short message in the corner: kind 'info' | 'ok' | 'warn' | 'error'. */
export function toast(message, kind = 'info', ms = 4500) {
  const node = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  toastHost().appendChild(node);
  setTimeout(() => node.classList.add('toast-out'), ms);
  setTimeout(() => node.remove(), ms + 400);
  return node;
}

/** The status line at the bottom of the page (`#status`). */
export function setStatus(message, kind = 'info') {
  let line = document.getElementById('status');
  if (!line) {
    line = el('div', { id: 'status', class: 'statusline', role: 'status', 'aria-live': 'polite' });
    document.body.appendChild(line);
  }
  line.textContent = message || '';
  line.dataset.kind = kind;
  line.hidden = !message;
}

/** "文件 roster.csv · 第 12 行 · 字段 precedence" for a located error or problem. */
export function where(item) {
  const parts = [];
  if (item.file) parts.push(`文件 ${item.file}`);
  if (item.line !== undefined && item.line !== null) parts.push(`第 ${item.line} 行`);
  if (item.field) parts.push(`字段 ${item.field}`);
  return parts.join(' · ');
}

/**
 * Shows an error (ApiError or any Error) in a visible box `.error-box` inside / as `container`,
 * with file, line and field and the list of located problems.
 */
export function showError(container, err, title) {
  if (!container) { toast(err.message || String(err), 'error'); return; }
  const info = err instanceof ApiError ? err : { message: err.message || String(err), problems: [] };
  const located = where(info);
  const problems = info.problems || [];
  fill(container,
    el('div', { class: 'error-title' }, title || '出错了', info.status ? el('span', { class: 'error-status' }, `HTTP ${info.status}`) : null),
    el('div', { class: 'error-message' }, info.message),
    located ? el('div', { class: 'error-where' }, located) : null,
    problems.length ? problemTable(problems) : null,
  );
  container.hidden = false;
  container.classList.remove('notice', 'ok', 'warn');
  container.classList.add('error-box');
  container.setAttribute('role', 'alert');
}

/** A table of located problems (file, line, field, message). */
export function problemTable(problems, className = 'problems') {
  return el('table', { class: className },
    el('thead', null, el('tr', null, el('th', null, '文件'), el('th', null, '行'), el('th', null, '字段'), el('th', null, '问题'))),
    el('tbody', null, problems.map((p) => el('tr', { class: 'problem', dataset: { line: p.line ?? '', field: p.field ?? '' } },
      el('td', null, p.file || ''), el('td', { class: 'num' }, p.line ?? ''), el('td', null, p.field || ''), el('td', null, p.message || ''))))
  );
}

export function clearError(container) {
  if (!container) return;
  container.replaceChildren();
  container.hidden = true;
}

// ---- events --------------------------------------------------------------------------------

/**
 * Subscribes to /api/meetings/{id}/events. handlers: {plan(data), progress(data), board(data), attendance(data),
 * open(reconnected), error()}. Reconnects with back-off when the stream drops. Returns {close()}.
 */
export function events(meeting, handlers = {}) {
  let source = null;
  let closed = false;
  let delay = 1000;
  let opened = false;
  let timer = null;

  const connect = () => {
    if (closed) return;
    source = new EventSource(`/api/meetings/${meeting}/events`);
    source.addEventListener('open', () => {
      const reconnected = opened;
      opened = true;
      delay = 1000;
      handlers.open?.(reconnected);
    });
    for (const name of ['plan', 'progress', 'board', 'attendance']) {
      source.addEventListener(name, (event) => {
        let data = {};
        try { data = JSON.parse(event.data); } catch { /* ignore a malformed event */ }
        handlers[name]?.(data);
      });
    }
    source.addEventListener('error', () => {
      handlers.error?.();
      // The browser retries by itself while CONNECTING; when it gave up (CLOSED) we retry.
      if (source.readyState === EventSource.CLOSED && !closed) {
        source.close();
        clearTimeout(timer);
        timer = setTimeout(connect, delay);
        delay = Math.min(delay * 2, 30000);
      }
    });
  };
  connect();
  window.addEventListener('pagehide', () => source?.close());
  return {
    close() { closed = true; clearTimeout(timer); source?.close(); },
  };
}

// ---- page shell ----------------------------------------------------------------------------

/**
 * Fills the header's meeting nav (概况 / 座位图 / 版本 / 分组 / 通知 / 签到) with this meeting's links,
 * marks `active`, and loads the meeting's name into `#meeting-name`. Returns the id.
 */
export function initShell(active) {
  const id = meetingId();
  const nav = document.getElementById('meeting-nav');
  if (nav && id) {
    const routes = {
      overview: '', map: '/map', versions: '/versions', groups: '/groups', notices: '/notices', checkin: '/checkin',
    };
    for (const link of nav.querySelectorAll('a[data-nav]')) {
      link.href = `/meetings/${id}${routes[link.dataset.nav] ?? ''}`;
      if (link.dataset.nav === active) link.setAttribute('aria-current', 'page');
    }
    nav.hidden = false;
  } else if (nav) {
    nav.hidden = true;
  }
  return id;
}

/** Sets the meeting's name in the header and the page title. */
export function setMeetingName(name, page) {
  const node = document.getElementById('meeting-name');
  if (node) node.textContent = name || '';
  document.title = [page, name, 'SeatPlan 座位编排'].filter(Boolean).join(' · ');
}

/** Marks a button busy (disabled, spinner) while `work` runs. */
export async function busy(button, work) {
  button.disabled = true;
  button.classList.add('is-busy');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.classList.remove('is-busy');
  }
}
