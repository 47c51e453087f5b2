// The meetings list (/) and the create-meeting form.
import { api, el, fill, showError, clearError, versionText, fmtTime, busy, toast } from '/assets/common.js';

const list = document.getElementById('meetings');
const form = document.getElementById('create-meeting');
const venueSelect = document.getElementById('meeting-venue');
const dateInput = document.getElementById('meeting-date');

async function loadMeetings() {
  try {
    const { meetings } = await api('GET', '/api/meetings');
    document.getElementById('meeting-count').textContent = `共 ${meetings.length} 个`;
    if (!meetings.length) {
      fill(list, el('p', { class: 'muted' }, '还没有会议。请在右侧新建。'));
      return;
    }
    const sorted = [...meetings].sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')) || b.id - a.id);
    fill(list, sorted.map((m) => el('div', { class: 'meeting-item', dataset: { meeting: m.id } },
      el('a', { class: 'title', href: `/meetings/${m.id}` }, m.name),
      el('div', { class: 'links' },
        el('a', { class: 'button small', href: `/meetings/${m.id}` }, '概况'),
        m.latestVersion ? el('a', { class: 'button small', href: `/meetings/${m.id}/map` }, '座位图') : null),
      el('div', { class: 'meta' },
        [m.venue, m.date, m.latestVersion ? versionText(m.latestVersion) : '尚未编排', `创建于 ${fmtTime(m.createdAt)}`]
          .filter(Boolean).join(' · ')),
    )));
  } catch (err) {
    showError(document.getElementById('error'), err, '读取会议列表失败');
    fill(list);
  }
}

async function loadVenues() {
  try {
    const { venues } = await api('GET', '/api/venues');
    fill(venueSelect, el('option', { value: '' }, '请选择会场'),
      venues.map((v) => el('option', { value: v.name }, `${v.title}（${v.seats} 座）`)));
  } catch (err) {
    fill(venueSelect, el('option', { value: '' }, '读取会场失败'));
    showError(document.getElementById('create-error'), err, '读取会场失败');
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const errorBox = document.getElementById('create-error');
  clearError(errorBox);
  const body = {
    name: document.getElementById('meeting-name-input').value.trim(),
    venue: venueSelect.value,
    date: dateInput.value,
  };
  await busy(document.getElementById('create-submit'), async () => {
    try {
      const { id } = await api('POST', '/api/meetings', body);
      toast('会议已创建', 'ok');
      location.href = `/meetings/${id}`;
    } catch (err) {
      showError(errorBox, err, err.status === 409 ? '会议名称已存在' : '新建失败');
    }
  });
});

dateInput.value = new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10);
loadVenues();
loadMeetings();
