// The seat map's attendance view (签到情况): seats coloured arrived / not yet, counts per role
// and unit in the panel, live on the `attendance` event; "谁未到主席台？" lists the rostrum's
// people not yet arrived, and "标记缺席并重排" puts cancel changes for the chosen ones into the
// panel's late-change flow, whose preview shows at once (applying stays the panel's 应用).
import { api, el, fill, roleText, versionText, setStatus } from '/assets/common.js';

const $ = (id) => document.getElementById(id);

export class AttendanceView {
  /** ctx: {meeting, view, panel} */
  constructor(ctx) {
    this.ctx = ctx;
    this.on = false;
    this.data = null;
    this.listing = false;
    this.timer = 0;
    $('rostrum-missing-button').addEventListener('click', () => { this.listing = true; this.renderMissing(); });
  }

  /** Turns the view on (loads the counts) or off (unit colours again). */
  async toggle(on) {
    this.on = on;
    document.body.classList.toggle('show-attendance', on);
    this.ctx.view.showAttendance(on);
    this.ctx.panel.pinned = on;
    $('attendance').hidden = !on;
    if (!on) { this.listing = false; this.ctx.panel.hideIfIdle(); return; }
    $('panel').hidden = false;
    if (!this.ctx.panel.seat && !this.ctx.panel.person) this.ctx.panel.hideIfIdle();
    await this.load();
  }

  async load() {
    try {
      this.data = await api('GET', `/api/meetings/${this.ctx.meeting}/attendance`);
      this.ctx.view.markArrived(this.data.arrived, true);
      this.render();
    } catch (err) {
      setStatus(`读取签到情况失败：${err.message}`, 'error');
    }
  }

  /** A check-in somewhere: the seat at once, the counts shortly after (one read for a burst). */
  arrived(event) {
    if (!event || !event.attendee) return;
    this.ctx.view.markArrived([event.attendee]);
    if (!this.on) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), 1200);
  }

  render() {
    const a = this.data;
    if (!a) return;
    $('attendance-version').textContent = `按${versionText(a.plan_version)}`;
    fill($('attendance-total'), el('b', null, String(a.total.arrived)), ` / ${a.total.expected} 人已到`,
      a.office_key ? null : el('div', { class: 'hint' }, '尚无办公室密钥，无法签到：请先运行 `seatplan keys init`'));
    fill($('attendance-roles').tBodies[0], a.roles.map((r) => el('tr', { dataset: { role: r.role } },
      el('td', null, roleText(r.role)), el('td', { class: 'num' }, r.arrived), el('td', { class: 'num' }, r.expected))));
    fill($('attendance-units').tBodies[0], a.units.map((u) => el('tr', { dataset: { unit: u.unit }, class: u.arrived < u.expected ? null : 'is-complete' },
      el('td', null, u.unit), el('td', { class: 'num' }, u.arrived), el('td', { class: 'num' }, u.expected))));
    if (this.listing) this.renderMissing();
  }

  /** The rostrum's people not yet arrived, each with a check box, and the button that re-plans. */
  renderMissing() {
    const box = $('rostrum-missing');
    const missing = this.data ? this.data.rostrum_missing : [];
    box.hidden = false;
    if (!missing.length) { fill(box, el('p', { class: 'muted small' }, '主席台人员已全部到齐')); return; }
    const kept = new Set([...box.querySelectorAll('input[data-attendee]')].filter((c) => !c.checked).map((c) => c.dataset.attendee));
    const button = el('button', { type: 'button', class: 'small danger', id: 'mark-absent' }, '标记缺席并重排');
    button.addEventListener('click', () => this.markAbsent());
    button.disabled = !this.ctx.panel.editable;
    fill(box,
      el('div', { class: 'small' }, `主席台未到 ${missing.length} 人（按位次）`),
      el('ul', { id: 'rostrum-missing-list' }, missing.map((p) => el('li', { dataset: { attendee: p.attendee } },
        el('label', null, el('input', { type: 'checkbox', checked: !kept.has(p.attendee), dataset: { attendee: p.attendee } }),
          el('span', { class: 'missing-seat' }, p.seat_label), el('span', null, `${p.name}（${p.unit}）`))))),
      button,
      this.ctx.panel.editable ? null : el('p', { class: 'muted small' }, '正在查看旧版本：请先切换到最新版本'));
  }

  /** Cancel changes for the chosen people, previewed through the panel's late-change flow. */
  markAbsent() {
    const chosen = [...$('rostrum-missing').querySelectorAll('input[data-attendee]:checked')].map((c) => c.dataset.attendee);
    const panel = this.ctx.panel;
    const already = new Set(panel.ops.filter((op) => op.op === 'cancel').map((op) => op.attendee));
    const ops = chosen.filter((id) => !already.has(id)).map((id) => ({ op: 'cancel', attendee: id }));
    if (!ops.length) { setStatus('没有选中新的缺席人员', 'warn'); return; }
    panel.addOp(...ops);
    this.listing = false;
    $('rostrum-missing').hidden = true;
    $('changes').scrollIntoView({ block: 'start', behavior: 'smooth' });
    setStatus(`已将 ${ops.length} 人标记为缺席，正在预览重排…`);
  }
}
