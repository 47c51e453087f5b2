// The seat map's side panel (#panel): the chosen seat or person and the actions (取消出席, 替换,
// 固定在此座, 移动, 锁定座位, 增加迟到人员) with their small forms. The pending operations,
// the preview and applying are in map-changes.js.
import { api, el, fill, roleText, zoneText, versionText, toast } from '/assets/common.js';
import { changeMethods, pendingKey, newRequestId } from '/assets/map-changes.js';

export { pendingKey, newRequestId };

const $ = (id) => document.getElementById(id);

const ROLES = ['member', 'nonvoting', 'guest', 'rostrum', 'staff', 'press'];

export class Panel {
  /** ctx: {meeting, model(), view, focusSeat(id), reload(), applied(version, moves)} */
  constructor(ctx) {
    this.ctx = ctx;
    this.ops = [];
    this.preview = null;
    this.previewSeq = 0;
    this.seat = null;
    this.person = null;
    this.moveMode = null;
    this.applying = false;
    /** Kept open by the attendance view. */
    this.pinned = false;

    $('panel-close').addEventListener('click', () => this.close());
    $('panel-actions').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (button) this.action(button.dataset.action);
    });
    $('changes-list').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-remove]');
      if (!button) return;
      this.ops.splice(Number(button.dataset.remove), 1);
      this.opsChanged();
    });
    $('preview-body').addEventListener('click', (e) => {
      const row = e.target.closest('[data-goto]');
      if (row) this.ctx.focusSeat(row.dataset.goto);
    });
    $('confirm').addEventListener('change', () => this.updateApply());
    $('apply').addEventListener('click', () => this.apply());
    $('discard').addEventListener('click', () => this.discard());
  }

  get model() { return this.ctx.model(); }

  /** Hides the panel unless something keeps it open (the attendance view's counts). */
  hideIfIdle() {
    $('panel').hidden = !this.pinned && !this.ops.length;
    if (this.pinned) { $('panel-detail').hidden = true; $('panel-kind').textContent = '签到'; }
  }
  get editable() { return this.model && this.model.editable; }

  // ---- showing a seat or a person --------------------------------------------------------

  showSeat(seatId) {
    const seat = this.model.seats.get(seatId);
    if (!seat) return;
    this.seat = seat;
    this.person = seat.person || null;
    this.render();
  }

  showPerson(person) {
    this.person = person;
    this.seat = person.seatRef || null;
    this.render();
  }

  close() {
    this.seat = null; this.person = null;
    this.cancelMoveMode();
    this.ctx.view.select(null);
    if (!this.ops.length) this.hideIfIdle();
    else this.render();
  }

  /** After new map data: find the same seat again. */
  refresh() {
    if (this.seat) {
      const seat = this.model.seats.get(this.seat.id);
      if (seat) { this.seat = seat; this.person = seat.person || null; } else { this.seat = null; this.person = null; }
    } else if (this.person) {
      this.person = this.model.people.get(this.person.attendee) || null;
    }
    if (this.seat || this.person || this.ops.length) this.render(); else this.hideIfIdle();
  }

  render() {
    $('panel').hidden = false;
    const detail = $('panel-detail');
    $('action-form').hidden = true;
    $('panel-hint').hidden = true;
    if (!this.seat && !this.person) { detail.hidden = true; $('panel-kind').textContent = '调整'; this.renderOps(); return; }
    detail.hidden = false;
    const p = this.person; const s = this.seat;
    const unit = p ? this.model.units.get(p.unit) : null;
    $('panel-kind').textContent = p ? (p.seated === false ? '未安排座位' : '出席人员') : s.unavailable ? '不可用座位' : s.blocked ? '已锁定座位' : '空座位';
    $('panel-name').textContent = p ? p.name : s.label;
    $('panel-swatch').style.background = unit?.fill || 'transparent';
    $('panel-swatch').hidden = !unit;
    const facts = [];
    if (p) {
      facts.push(['单位', p.unit], ['职务', p.title], ['位次', p.precedence], ['座位', p.seated === false ? '未安排' : (p.label || s?.label)],
        ['身份', roleText(p.role)], ['编号', p.attendee]);
      if (p.seated === false) facts.push(['原因', p.reason]);
    } else if (s) {
      facts.push(['座位', s.label], ['区域', s.block || s.table || ''], ['分区', (s.zones || []).map(zoneText).join('、')]);
      if (s.unavailable) facts.push(['不可用', s.unavailable]);
      if (s.blocked) facts.push(['状态', '已锁定']);
    }
    const ids = { 单位: 'panel-unit', 职务: 'panel-title', 位次: 'panel-precedence', 座位: 'panel-seat', 身份: 'panel-role', 编号: 'panel-attendee', 原因: 'panel-reason' };
    fill($('panel-facts'), facts.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [el('dt', null, k), el('dd', { id: ids[k] || null, dataset: { fact: k } }, String(v))]));

    const actions = [];
    if (!this.editable) {
      $('panel-hint').textContent = `只读：正在查看${versionText(this.model.version)}，最新为${versionText(this.model.latestVersion)}。`;
      $('panel-hint').hidden = false;
    } else if (p && p.seated !== false) {
      actions.push(['cancel', '取消出席', 'danger'], ['substitute', '替换', ''], ['pin', '固定在此座', ''], ['move', '移动', '']);
    } else if (p) {
      actions.push(['cancel', '取消出席', 'danger']);
    } else if (s && !s.unavailable && !s.blocked) {
      actions.push(['block', '锁定座位', ''], ['add', '增加迟到人员', '']);
    }
    fill($('panel-actions'), actions.map(([action, label, cls]) => el('button', { type: 'button', class: `small ${cls}`, dataset: { action } }, label)));
    this.renderOps();
  }

  // ---- actions ---------------------------------------------------------------------------

  action(name) {
    const p = this.person; const s = this.seat;
    this.cancelMoveMode();
    switch (name) {
      case 'cancel': return this.addOp({ op: 'cancel', attendee: p.attendee });
      case 'pin': return this.addOp({ op: 'pin', attendee: p.attendee, seat: s.id });
      case 'block': return this.addOp({ op: 'block_seat', seat: s.id });
      case 'substitute': return this.substituteForm(p);
      case 'add': return this.addForm(s);
      case 'move':
        this.moveMode = p.attendee;
        $('panel-hint').textContent = `把 ${p.name} 拖到空座位上（固定到该座），或拖到另一人身上（两人对调）；也可以直接点目标座位。按 Esc 取消。`;
        $('panel-hint').hidden = false;
        document.body.classList.add('is-moving');
        return undefined;
      default: return undefined;
    }
  }

  cancelMoveMode() {
    this.moveMode = null;
    document.body.classList.remove('is-moving');
  }

  /** A click on a seat while "移动" is on: pin there or swap. Returns true when handled. */
  moveClick(seatId) {
    if (!this.moveMode) return false;
    const person = this.model.people.get(this.moveMode);
    this.cancelMoveMode();
    if (person) this.dropPerson(person, seatId);
    return true;
  }

  /** What dropping `person` on `seatId` would do: 'ok' (pin), 'swap', or 'bad'. */
  dropState(person, seatId) {
    const seat = this.model.seats.get(seatId);
    if (!seat || !this.editable) return 'bad';
    if (seat.person) return seat.person.attendee === person.attendee ? 'bad' : 'swap';
    if (seat.unavailable || seat.blocked) return 'bad';
    return 'ok';
  }

  dropPerson(person, seatId) {
    const state = this.dropState(person, seatId);
    const seat = this.model.seats.get(seatId);
    if (state === 'bad') { toast(seat && (seat.unavailable || seat.blocked) ? '该座位不可用' : '不能放在这里', 'warn'); return; }
    this.seat = person.seatRef; this.person = person;
    if (state === 'swap') this.addOp({ op: 'swap', attendee: person.attendee, with: seat.person.attendee });
    else this.addOp({ op: 'pin', attendee: person.attendee, seat: seatId });
    this.ctx.view.select(person.seatRef?.id);
  }

  substituteForm(p) {
    const form = $('action-form');
    fill(form,
      el('h3', null, `替换 ${p.name}`),
      field('替换人编号', el('input', { type: 'text', name: 'id', required: true, value: `${p.attendee}b`, autocomplete: 'off' })),
      field('姓名', el('input', { type: 'text', name: 'name', required: true, autocomplete: 'off' })),
      field('职务', el('input', { type: 'text', name: 'title', value: p.title || '', autocomplete: 'off' })),
      el('div', { class: 'form-error', hidden: true }),
      formButtons('预览替换'));
    form.hidden = false;
    form.onsubmit = (e) => {
      e.preventDefault();
      const d = Object.fromEntries(new FormData(form));
      const error = this.checkId(d.id.trim()) || (!d.name.trim() && '请填写姓名');
      if (error) { showFormError(form, error); return; }
      const by = { id: d.id.trim(), name: d.name.trim() };
      if (d.title.trim()) by.title = d.title.trim();
      form.hidden = true;
      this.addOp({ op: 'substitute', attendee: p.attendee, by });
    };
    form.querySelector('[name=name]').focus();
  }

  addForm(seat) {
    const form = $('action-form');
    const units = [...this.model.units.keys()];
    const near = this.nearestUnit(seat);
    const maxPrecedence = Math.max(0, ...[...this.model.people.values()].map((x) => x.precedence || 0));
    fill(form,
      el('h3', null, '增加迟到人员'),
      el('div', { class: 'form-grid' },
        field('编号', el('input', { type: 'text', name: 'id', required: true, autocomplete: 'off', placeholder: '如 L9003' })),
        field('姓名', el('input', { type: 'text', name: 'name', required: true, autocomplete: 'off' })),
        field('单位', el('input', { type: 'text', name: 'unit', required: true, list: 'unit-options', value: near || '', autocomplete: 'off' }), 'wide'),
        field('单位序号', el('input', { type: 'number', name: 'unit_order', required: true, min: 1, step: 1 })),
        field('位次', el('input', { type: 'number', name: 'precedence', required: true, min: 1, step: 1, value: maxPrecedence + 1 })),
        field('身份', el('select', { name: 'role' }, ROLES.map((r) => el('option', { value: r, selected: r === 'member' }, roleText(r))))),
        field('职务', el('input', { type: 'text', name: 'title', autocomplete: 'off' }))),
      el('datalist', { id: 'unit-options' }, units.map((u) => el('option', { value: u }))),
      el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'here' }), `固定在此座（${seat.label}）；不勾选则按规则安排`),
      el('div', { class: 'form-error', hidden: true }),
      formButtons('预览增加'));
    form.hidden = false;
    const unitInput = form.querySelector('[name=unit]');
    const orderInput = form.querySelector('[name=unit_order]');
    const fillOrder = async () => { orderInput.value = (await this.unitOrder(unitInput.value.trim())) ?? orderInput.value; };
    unitInput.addEventListener('change', fillOrder);
    fillOrder();
    form.onsubmit = (e) => {
      e.preventDefault();
      const d = Object.fromEntries(new FormData(form));
      const error = this.checkId(d.id.trim()) || (!d.name.trim() && '请填写姓名') || (!d.unit.trim() && '请填写单位') ||
        (!(Number(d.unit_order) >= 1) && '单位序号应为正整数') || (!(Number(d.precedence) >= 1) && '位次应为正整数');
      if (error) { showFormError(form, error); return; }
      const attendee = { id: d.id.trim(), name: d.name.trim(), unit: d.unit.trim(), unit_order: Number(d.unit_order), precedence: Number(d.precedence), role: d.role };
      if (d.title.trim()) attendee.title = d.title.trim();
      form.hidden = true;
      const ops = [{ op: 'add', attendee }];
      if (d.here) ops.push({ op: 'pin', attendee: attendee.id, seat: seat.id });
      this.addOp(...ops);
    };
    form.querySelector('[name=id]').focus();
  }

  checkId(id) {
    if (!id) return '请填写编号';
    if (this.model.people.has(id)) return `编号 ${id} 已有人使用`;
    for (const op of this.ops) {
      if (op.op === 'add' && op.attendee.id === id) return `编号 ${id} 已在待应用的调整中`;
      if (op.op === 'substitute' && op.by.id === id) return `编号 ${id} 已在待应用的调整中`;
    }
    return null;
  }

  nearestUnit(seat) {
    let best = null; let bestD = Infinity;
    for (const p of this.model.people.values()) {
      const s = p.seatRef;
      if (!s || s.rostrum || this.model.floorOfSeat(s) !== this.model.floorOfSeat(seat)) continue;
      const d = (s.x - seat.x) ** 2 + (s.y - seat.y) ** 2;
      if (d < bestD) { bestD = d; best = p.unit; }
    }
    return best;
  }

  /** A unit's order (单位序号) from the overview's units table, fetched once. */
  async unitOrder(name) {
    if (!name) return null;
    if (!this.unitOrders) {
      try {
        const o = await api('GET', `/api/meetings/${this.ctx.meeting}`);
        this.unitOrders = new Map((o.units || []).map((u) => [u.name, u.order]));
      } catch { this.unitOrders = new Map(); }
    }
    return this.unitOrders.get(name) ?? null;
  }
}

// Pending operations, the preview and applying it.
Object.assign(Panel.prototype, changeMethods);

function field(label, input, cls) {
  return el('label', { class: `field${cls ? ` ${cls}` : ''}` }, label, input);
}

function formButtons(submit) {
  return el('div', { class: 'form-buttons' },
    el('button', { type: 'submit', class: 'primary small' }, submit),
    el('button', { type: 'button', class: 'small', onclick: (e) => { e.target.closest('form').hidden = true; } }, '取消'));
}

function showFormError(form, message) {
  const box = form.querySelector('.form-error');
  box.textContent = message;
  box.hidden = false;
}
