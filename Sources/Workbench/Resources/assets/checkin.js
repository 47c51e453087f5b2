// The door's check-in page (签到): a keyboard-wedge scanner types a pass code into the always
// focused input and presses Enter (or a phone's camera reads the QR code with BarcodeDetector).
// Every scan is POSTed with an id made here, so a retry after a lost answer records it once; the
// answer is shown big (green: name, unit, seat; red: the reason), with recent scans and live counts.
import { api, ApiError, el, fill, initShell, setMeetingName, setStatus, events, roleText, versionText } from '/assets/common.js';
import { newRequestId } from '/assets/map-changes.js';

const $ = (id) => document.getElementById(id);
const meeting = initShell('checkin');
const doorKey = 'seatplan.door';
const pendingKey = `seatplan.checkin.pending.${meeting}`;
const REASONS = {
  already: '重复签到', forged: '伪造或被改动的证件', 'other-meeting': '非本次会议证件',
  superseded: '证件已作废（已重印）', 'not-seated': '已取消出席', unreadable: '无法识别',
};
const recent = [];
let sending = false;
let countsTimer = 0;

// ---- the door and the input ----------------------------------------------------------------

const code = $('code');
const door = $('door');
door.value = localStorage.getItem(doorKey) || '主入口';
door.addEventListener('change', () => {
  door.value = door.value.trim() || '主入口';
  localStorage.setItem(doorKey, door.value);
  focusCode();
});
door.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); door.blur(); } });

/** Keeps the scan input focused (a scanner types wherever the focus is). */
function focusCode() {
  if (document.activeElement === door) return;
  code.focus({ preventScroll: true });
}
code.addEventListener('blur', () => setTimeout(focusCode, 0));
document.addEventListener('click', (e) => { if (!e.target.closest('input, button, a, select')) focusCode(); });
window.addEventListener('focus', focusCode);
code.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const text = code.value.trim();
  code.value = '';
  if (text) scan(text);
});

// ---- scans ---------------------------------------------------------------------------------

function pending() {
  try { return JSON.parse(localStorage.getItem(pendingKey) || '[]'); } catch { return []; }
}
function savePending(list) {
  if (list.length) localStorage.setItem(pendingKey, JSON.stringify(list)); else localStorage.removeItem(pendingKey);
  $('pending').textContent = list.length ? `待重发 ${list.length} 条` : '';
}

/** Queues a scan with a new id and sends the queue. */
function scan(text) {
  savePending([...pending(), { code: text, door: door.value.trim() || '主入口', scan_id: newRequestId() }]);
  send();
}

/** Sends queued scans in order; one whose answer was lost is sent again with the same id. */
async function send() {
  if (sending) return;
  sending = true;
  let delay = 500;
  try {
    for (let next = pending()[0]; next; next = pending()[0]) {
      try {
        const answer = await api('POST', `/api/meetings/${meeting}/checkins`, next);
        savePending(pending().filter((p) => p.scan_id !== next.scan_id));
        show(answer);
        delay = 500;
        refreshCounts(200);
      } catch (err) {
        if (err instanceof ApiError && err.network) {
          setStatus('网络中断：答复未收到，正在用同一扫码编号重发…', 'warn');
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, 8000);
          continue;
        }
        savePending(pending().filter((p) => p.scan_id !== next.scan_id));
        showError(err);
      }
    }
    setStatus('');
  } finally {
    sending = false;
  }
}

function show(answer) {
  const ok = answer.state === 'admitted';
  const result = $('result');
  result.dataset.state = ok ? 'admitted' : answer.state;
  result.dataset.reason = answer.reason || '';
  $('result-head').textContent = ok ? '请入场' : REASONS[answer.reason] || '不予入场';
  $('result-name').textContent = answer.name ? `${answer.name}（${answer.unit}）` : '';
  $('result-seat').textContent = answer.seat_label ? (ok || answer.state === 'already' ? answer.seat_label : `现座位 ${answer.seat_label}`) : '';
  $('result-message').textContent = answer.message || '';
  remember(ok, answer.name || REASONS[answer.reason] || answer.reason, answer.seat_label, answer.state);
}

function showError(err) {
  const result = $('result');
  result.dataset.state = 'error';
  result.dataset.reason = 'error';
  $('result-head').textContent = err.status === 409 ? '无法验证证件' : '扫码未能记录';
  $('result-name').textContent = '';
  $('result-seat').textContent = '';
  $('result-message').textContent = err.message;
  remember(false, '出错', '', 'error');
}

function remember(ok, who, seat, state) {
  const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  recent.unshift({ ok, who, seat, state, time });
  recent.length = Math.min(recent.length, 12);
  fill($('recent'), recent.map((r) => el('li', { class: `recent-item ${r.ok ? 'is-ok' : 'is-bad'}`, dataset: { state: r.state } },
    el('span', { class: 'recent-time' }, r.time), el('span', { class: 'recent-who' }, r.who || ''),
    el('span', { class: 'recent-seat' }, r.seat || ''))));
}

// ---- counts --------------------------------------------------------------------------------

function refreshCounts(wait = 1000) {
  clearTimeout(countsTimer);
  countsTimer = setTimeout(loadCounts, wait);
}

async function loadCounts() {
  try {
    const a = await api('GET', `/api/meetings/${meeting}/attendance`);
    $('counts-version').textContent = `按${versionText(a.plan_version)}`;
    fill($('counts-total'), el('b', null, String(a.total.arrived)), ` / ${a.total.expected} 人已到`);
    fill($('role-counts').tBodies[0], a.roles.map((r) => el('tr', { dataset: { role: r.role } },
      el('td', null, roleText(r.role)), el('td', { class: 'num' }, r.arrived), el('td', { class: 'num' }, r.expected))));
    const full = a.units.filter((u) => u.arrived === u.expected).length;
    $('units-summary').textContent = `${a.units.length} 个单位中 ${full} 个已到齐；主席台未到 ${a.rostrum_missing.length} 人`;
    const noKey = $('no-key');
    noKey.hidden = Boolean(a.office_key);
    if (!a.office_key) {
      noKey.textContent = '本库尚无办公室密钥，无法验证证件：请先运行 `seatplan keys init`，再打印座位证。';
    }
  } catch (err) {
    setStatus(`读取到会情况失败：${err.message}`, 'error');
  }
}

// ---- the camera (phones) -------------------------------------------------------------------

let stream = null;
if ('BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
  $('camera').hidden = false;
  $('camera').addEventListener('click', () => (stream ? stopCamera() : startCamera()));
}

async function startCamera() {
  const video = $('camera-view');
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (err) {
    setStatus(`无法打开摄像头：${err.message}`, 'error');
    return;
  }
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  $('camera').textContent = '关闭摄像头';
  const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  let last = ''; let lastAt = 0;
  const look = async () => {
    if (!stream) return;
    try {
      for (const found of await detector.detect(video)) {
        const text = (found.rawValue || '').trim();
        if (!text || (text === last && Date.now() - lastAt < 4000)) continue;
        last = text; lastAt = Date.now();
        scan(text);
      }
    } catch { /* a frame that could not be read */ }
    setTimeout(look, 250);
  };
  look();
}

function stopCamera() {
  for (const track of stream?.getTracks() || []) track.stop();
  stream = null;
  $('camera-view').hidden = true;
  $('camera').textContent = '摄像头扫码';
  focusCode();
}

// ---- start ---------------------------------------------------------------------------------

api('GET', `/api/meetings/${meeting}`).then((o) => {
  setMeetingName(o.name, '签到');
  $('meta').textContent = [o.name, o.venue].filter(Boolean).join(' · ');
}).catch(() => setMeetingName('', '签到'));
savePending(pending());
loadCounts();
send();
focusCode();
events(meeting, { attendance: () => refreshCounts(), plan: () => refreshCounts(100), open: (again) => { if (again) refreshCounts(100); } });
// For browser tests: whether the page is ready for the scanner.
window.checkInPage = { get pending() { return pending().length; } };
