// Discussion groups: name, room, convener and members; "编组" forms them from the latest roster.
import { api, el, fill, initShell, setMeetingName, showError, clearError, fmtTime, busy, toast, setStatus, printLinks, PRINT_KINDS } from '/assets/common.js';

const id = initShell('groups');
const $ = (s) => document.getElementById(s);
let data = { groups: [] };

async function load() {
  try {
    const [meeting, groups] = await Promise.all([api('GET', `/api/meetings/${id}`), api('GET', `/api/meetings/${id}/groups`)]);
    setMeetingName(meeting.name, '分组');
    fill($('print-links'), printLinks(id, null, PRINT_KINDS.filter(([k]) => k === 'groups')));
    data = groups || { groups: [] };
    clearError($('error'));
    render();
  } catch (err) {
    showError($('error'), err, '读取分组失败');
    fill($('groups'));
  }
}

function render() {
  const groups = data.groups || [];
  const people = groups.reduce((n, g) => n + membersOf(g).length, 0);
  $('meta').textContent = groups.length ? `${groups.length} 个组 · ${people} 人${data.formedAt ? ` · 编组于 ${fmtTime(data.formedAt)}` : ''}` : '';
  $('form-groups').textContent = groups.length ? '重新编组' : '编组';
  if (!groups.length) {
    fill($('groups'), el('div', { class: 'notice' }, '尚未编组。点击“编组”按最新名单分组。'));
    return;
  }
  const q = $('group-search').value.trim();
  fill($('groups'), groups.map((g) => {
    const members = membersOf(g);
    // The convener may come as a name, an attendee id or {attendee, name}.
    const cid = g.convener && typeof g.convener === 'object' ? g.convener.attendee : g.convener;
    const byId = members.find((m) => m.attendee === cid);
    const convener = byId ? byId.name : g.convener && typeof g.convener === 'object' ? g.convener.name : g.convener;
    return el('section', { class: 'group', dataset: { group: g.number ?? g.name } },
      el('div', { class: 'group-head' },
        el('span', { class: 'name' }, g.name || `第${g.number}组`),
        el('span', { class: 'room' }, g.room || ''),
        el('span', { class: 'group-count' }, `${members.length} 人`)),
      el('div', { class: 'convener' }, '召集人：', el('b', null, convener || '—')),
      el('ol', { class: 'members' }, members.map((m) => el('li', {
        dataset: { attendee: m.attendee }, class: q && (m.name.includes(q) || (m.unit || '').includes(q)) ? 'is-hit' : null,
      }, m.name, (byId === m || m.name === convener) ? el('span', { class: 'convener-mark', title: '召集人' }, '召') : null,
      ' ', el('span', { class: 'unit' }, m.unit || '')))));
  }));
  const hit = document.querySelector('.group li.is-hit');
  if (hit) hit.scrollIntoView({ block: 'center' });
}

$('group-search').addEventListener('input', render);
$('form-groups').addEventListener('click', (e) => busy(e.currentTarget, async () => {
  if ((data.groups || []).length && !window.confirm('按最新名单重新编组？现有分组将被替换。')) return;
  setStatus('正在编组…');
  try {
    data = await api('POST', `/api/meetings/${id}/groups`, {});
    clearError($('error'));
    render();
    toast(`已编为 ${(data.groups || []).length} 个组`, 'ok');
    setStatus('编组完成', 'ok');
  } catch (err) {
    showError($('error'), err, '编组失败');
    setStatus('编组失败', 'error');
  }
}));

load();

// groups.json lists a group's people as `people` ({id, name, unit, …}) and their ids as `members`.
function membersOf(g) {
  if (Array.isArray(g.people)) return g.people.map((p) => ({ attendee: p.id, name: p.name, unit: p.unit, title: p.title }));
  return (g.members || []).map((m) => (typeof m === 'object' ? m : { attendee: m, name: m }));
}
