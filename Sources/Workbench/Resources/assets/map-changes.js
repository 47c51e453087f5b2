// The pending operations of the seat map's panel, their preview (POST /changes/preview) and
// applying them (POST /changes/apply) with a request id kept in sessionStorage until the answer
// arrives; mixed into Panel.
import { api, el, fill, showError, clearError, versionText, setStatus, ApiError } from '/assets/common.js';

const $ = (id) => document.getElementById(id);
const SOLVE_STATUS = { optimal: '已证明最少', feasible: '可行，未证明最少', timeout: '超时，取当前最好结果', infeasible: '无解' };

/** crypto.randomUUID needs a secure context (https or localhost); the office LAN may be plain http. */
export function newRequestId() {
  if (window.crypto && typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const pendingKey = (meeting) => `seatplan.apply.${meeting}`;

export const changeMethods = {
  // ---- operations and preview ------------------------------------------------------------

  addOp(...ops) {
    if (!this.editable) return;
    this.ops.push(...ops);
    this.opsChanged();
  },

  opsChanged() {
    this.render();
    if (this.ops.length) this.requestPreview();
    else this.clearPreview();
  },

  describe(op) {
    const name = (id) => this.model.people.get(id)?.name || id;
    const label = (id) => this.model.seats.get(id)?.label || id;
    switch (op.op) {
      case 'cancel': return `取消出席：${name(op.attendee)}`;
      case 'substitute': return `替换：${name(op.attendee)} → ${op.by.name}`;
      case 'add': return `增加：${op.attendee.name}（${op.attendee.unit}）`;
      case 'block_seat': return `锁定座位：${label(op.seat)}`;
      case 'pin': return `固定：${name(op.attendee)} → ${label(op.seat)}`;
      case 'swap': return `对调：${name(op.attendee)} ⇄ ${name(op.with)}`;
      default: return JSON.stringify(op);
    }
  },

  renderOps() {
    $('changes').hidden = !this.ops.length;
    $('changes-count').textContent = this.ops.length ? `（${this.ops.length}）` : '';
    fill($('changes-list'), this.ops.map((op, i) => el('li', { class: 'change', dataset: { op: op.op } },
      el('span', null, this.describe(op)),
      el('button', { type: 'button', class: 'ghost small', title: '去掉这一项', 'aria-label': '去掉这一项', dataset: { remove: i } }, '✕'))));
  },

  async requestPreview() {
    const seq = ++this.previewSeq;
    const base = this.model.version;
    this.preview = null;
    $('preview').hidden = false;
    $('preview').dataset.state = 'loading';
    fill($('preview-body'), el('div', { class: 'preview-loading' }, el('span', { class: 'spinner' }), `正在预览（基于${versionText(base)}）…`));
    clearError($('preview-error'));
    $('confirm-row').hidden = true;
    $('confirm').checked = false;
    this.updateApply();
    try {
      const r = await api('POST', `/api/meetings/${this.ctx.meeting}/changes/preview`, { baseVersion: base, operations: this.ops });
      if (seq !== this.previewSeq) return;
      this.preview = r;
      this.renderPreview();
    } catch (err) {
      if (seq !== this.previewSeq) return;
      $('preview').dataset.state = 'error';
      fill($('preview-body'));
      showError($('preview-error'), err, '无法预览这些调整');
      this.ctx.view.setMoves([]);
    }
    this.updateApply();
  },

  renderPreview() {
    const r = this.preview;
    $('preview').dataset.state = 'ready';
    const findings = (r.check && r.check.findings) || [];
    const violations = r.check ? (r.check.violations ?? findings.length) : 0;
    const moveRow = (m) => el('li', { class: 'move', dataset: { attendee: m.attendee, goto: m.to || '' } },
      el('span', { class: 'who' }, m.name), el('span', { class: 'from' }, m.fromLabel || m.from),
      el('span', { class: 'arrow' }, '→'), el('span', { class: 'to' }, m.toLabel || m.to));
    const personRow = (cls, p) => el('li', { class: cls, dataset: { attendee: p.attendee, goto: p.seat || '' } },
      el('span', { class: 'who' }, p.name), el('span', { class: 'to' }, p.label || p.seat || ''));
    fill($('preview-body'),
      el('h3', null, `预览（基于${versionText(r.baseVersion ?? this.model.version)}）`),
      el('div', { class: 'preview-summary' }, `移动 ${r.moves?.length || 0} 人 · 新安排 ${r.seated?.length || 0} 人 · 不再安排 ${r.unseated?.length || 0} 人`),
      r.moves?.length ? el('ol', { class: 'moves' }, r.moves.map(moveRow)) : el('p', { class: 'muted small' }, '无人需要移动'),
      r.seated?.length ? [el('h4', null, '新安排'), el('ul', { class: 'seated' }, r.seated.map((p) => personRow('seated-row', p)))] : null,
      r.unseated?.length ? [el('h4', null, '不再安排'), el('ul', { class: 'unseated' }, r.unseated.map((p) => personRow('unseated-row', p)))] : null,
      r.exemptions?.length ? el('div', { class: 'exemptions small' }, '例外（不受规则约束）：',
        r.exemptions.map((id) => this.model.people.get(id)?.name || this.newName(id) || id).join('、')) : null,
      el('div', { class: 'cost', id: 'move-cost' }, `调整代价 ${fmt(r.moveCost)} / 下界 ${fmt(r.moveBound)}`,
        r.status ? el('span', { class: 'muted' }, `（${SOLVE_STATUS[r.status] || r.status}）`) : null),
      el('div', { class: `verdict ${violations ? 'bad' : 'ok'}`, id: 'verdict' },
        violations ? `规则检查：${violations} 处违规` : '规则检查：0 处违规',
        findings.length ? el('ul', { class: 'findings' }, findings.map((f) => el('li', null, el('b', null, f.rule || ''), ' ', f.message || ''))) : null),
    );
    $('confirm-row').hidden = !r.needsConfirmation;
    const moves = (r.moves || []).map((m) => ({ from: m.from, to: m.to }))
      .concat((r.seated || []).map((p) => ({ to: p.seat })), (r.unseated || []).map((p) => ({ from: p.seat })),
        this.ops.filter((op) => op.op === 'block_seat').map((op) => ({ block: op.seat })));
    this.ctx.view.setMoves(moves);
  },

  /** The name of someone added or substituting in the pending operations. */
  newName(id) {
    for (const op of this.ops) {
      if (op.op === 'add' && op.attendee.id === id) return op.attendee.name;
      if (op.op === 'substitute' && op.by.id === id) return op.by.name;
    }
    return null;
  },

  updateApply() {
    const r = this.preview;
    const ok = Boolean(r) && !this.applying && this.editable && (!r.needsConfirmation || $('confirm').checked);
    $('apply').disabled = !ok;
  },

  clearPreview() {
    this.previewSeq += 1;
    this.preview = null;
    $('preview').hidden = true;
    fill($('preview-body'));
    clearError($('preview-error'));
    $('confirm').checked = false;
    $('confirm-row').hidden = true;
    this.ctx.view.setMoves([]);
    this.updateApply();
  },

  discard() {
    this.ops = [];
    this.clearPreview();
    this.render();
    if (!this.seat && !this.person) this.hideIfIdle();
    setStatus('已放弃这些调整');
  },

  /** Re-previews the pending operations against the (new) shown version. */
  rebase() {
    if (this.ops.length && this.editable) this.requestPreview();
    else if (this.ops.length) this.clearPreview();
  },

  async apply() {
    if (!this.preview || this.applying) return;
    const meeting = this.ctx.meeting;
    const body = {
      baseVersion: this.preview.baseVersion ?? this.model.version, operations: this.ops,
      confirm: Boolean(this.preview.needsConfirmation && $('confirm').checked), requestId: newRequestId(),
    };
    this.applying = true;
    this.updateApply();
    $('apply').classList.add('is-busy');
    sessionStorage.setItem(pendingKey(meeting), JSON.stringify({ requestId: body.requestId, baseVersion: body.baseVersion, at: Date.now() }));
    setStatus('正在应用…');
    try {
      const r = await api('POST', `/api/meetings/${meeting}/changes/apply`, body);
      sessionStorage.removeItem(pendingKey(meeting));
      this.ops = [];
      this.clearPreview();
      await this.ctx.applied(r.version, r.moves);
    } catch (err) {
      if (!(err instanceof ApiError) || !err.network) sessionStorage.removeItem(pendingKey(meeting));
      if (err.status === 409) {
        showError($('preview-error'), err, '方案已被他人修改');
        setStatus(err.message, 'error');
        await this.ctx.reload();
        this.rebase();
        showError($('preview-error'), err, '方案已被他人修改：已载入最新版本并重新预览');
      } else if (err.status === 428) {
        this.preview.needsConfirmation = true;
        $('confirm-row').hidden = false;
        showError($('preview-error'), err, '需要确认例外');
      } else if (err.network) {
        showError($('preview-error'), err, '连接中断：无法确认是否已应用');
        setStatus('连接中断：恢复后将自动查询这次应用是否生效', 'warn');
        this.ctx.pendingLost?.();
      } else {
        showError($('preview-error'), err, '应用失败');
        setStatus(`应用失败：${err.message}`, 'error');
      }
    } finally {
      this.applying = false;
      $('apply').classList.remove('is-busy');
      this.updateApply();
    }
  },
};

function fmt(v) {
  if (v === null || v === undefined) return '—';
  return Number.isInteger(v) ? String(v) : Number(v).toFixed(1);
}
