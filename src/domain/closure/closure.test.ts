import { describe, expect, it } from 'vitest';
import { parseLocalDate as d } from '../calendar/local-date.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { defaultPolicyValues } from '../settings/policy-parameters.js';
import { deadlineStatus, pauseDeadline, resumeDeadline, startDeadline } from './deadlines.js';
import { availableActions, decide } from './decide.js';
import { requiredMaterials } from './materials.js';
import type { CaseSnapshot } from './snapshot.js';

const calendar = new WorkingDayCalendar();
const policy = defaultPolicyValues();

function snapshot(over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    state: 'under_review',
    suspendedFrom: null,
    customerType: 'residential',
    tracks: { cs: 'pending', safety: 'pending', finance: 'pending' },
    materials: requiredMaterials('residential', false).map((m) => ({
      ...m,
      supplied: true,
      status: 'accepted',
      rejectionReason: null,
      newUploadSinceNotice: false,
    })),
    previouslyNoticed: [],
    noticeCount: 0,
    plan: 'none',
    outstandingFen: null,
    archived: false,
    followedUp: false,
    ...over,
  };
}

describe('R-03 materials per customer type', () => {
  it('R-03 residential needs form, ID and gas-use certificate; an agent adds power of attorney and agent ID', () => {
    expect(requiredMaterials('residential', false).map((m) => m.kind)).toEqual([
      'application_form',
      'applicant_id',
      'gas_use_certificate',
    ]);
    expect(requiredMaterials('residential', true).map((m) => m.kind)).toEqual([
      'application_form',
      'applicant_id',
      'gas_use_certificate',
      'power_of_attorney',
      'agent_id',
    ]);
  });

  it('R-03 industrial is commercial plus the sealed closure report; ownership proof is optional', () => {
    const list = requiredMaterials('industrial', false);
    expect(list.map((m) => m.kind)).toEqual([
      'application_form',
      'business_license',
      'legal_rep_id',
      'gas_use_certificate',
      'ownership_proof',
      'closure_report',
    ]);
    expect(list.find((m) => m.kind === 'ownership_proof')?.required).toBe(false);
  });
});

describe('the transition table', () => {
  it('refuses a role that may not take the action with FORBIDDEN', () => {
    const r = decide(snapshot(), 'clerk', 'approve');
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'FORBIDDEN' } });
  });

  it('refuses an action from the wrong state with ACTION_NOT_ALLOWED and names the state', () => {
    const r = decide(snapshot({ state: 'submitted' }), 'cs', 'approve');
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'ACTION_NOT_ALLOWED' } });
    if (!r.allowed) expect(r.refusal.message).toContain('待初审');
  });

  it('R-05 accept is refused with MATERIALS_INCOMPLETE while a required item is missing', () => {
    const c = snapshot({ state: 'submitted' });
    const first = c.materials[1];
    if (first) first.supplied = false;
    const r = decide(c, 'clerk', 'preliminary-review', { result: 'accept' });
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'MATERIALS_INCOMPLETE' } });
    if (!r.allowed) expect(r.refusal.message).toContain('申请人身份证件');
    expect(
      decide(c, 'clerk', 'preliminary-review', { result: 'incomplete', missing: [{ kind: 'applicant_id' }] })
        .allowed,
    ).toBe(true);
  });

  it('R-05 X2 a later notice may only name items noticed before or whose new upload is rejected', () => {
    const c = snapshot({ state: 'submitted', noticeCount: 1, previouslyNoticed: ['applicant_id'] });
    expect(
      decide(c, 'clerk', 'preliminary-review', { result: 'incomplete', missing: [{ kind: 'applicant_id' }] })
        .allowed,
    ).toBe(true);
    const r = decide(c, 'clerk', 'preliminary-review', {
      result: 'incomplete',
      missing: [{ kind: 'gas_use_certificate' }],
    });
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'ONE_TIME_NOTICE_VIOLATION' } });
    const rejected = snapshot({
      state: 'submitted',
      noticeCount: 1,
      previouslyNoticed: ['applicant_id'],
      materials: snapshot().materials.map((m) =>
        m.kind === 'gas_use_certificate' ? { ...m, newUploadSinceNotice: true } : m,
      ),
    });
    expect(
      decide(rejected, 'clerk', 'preliminary-review', {
        result: 'incomplete',
        missing: [{ kind: 'gas_use_certificate' }],
      }).allowed,
    ).toBe(true);
  });

  it('R-09 approve is refused with HAZARD_UNRESOLVED until the last inspection passed', () => {
    const base = { tracks: { cs: 'intent_confirmed', finance: 'certificate_issued' } } as const;
    for (const safety of ['pending', 'scheduled', 'hazard', 'rectifying'] as const) {
      const r = decide(snapshot({ tracks: { ...base.tracks, safety } }), 'cs', 'approve');
      expect(r, safety).toMatchObject({ allowed: false, refusal: { code: 'HAZARD_UNRESOLVED' } });
    }
    expect(decide(snapshot({ tracks: { ...base.tracks, safety: 'passed' } }), 'cs', 'approve').allowed).toBe(
      true,
    );
  });

  it('R-19 approve is refused with ARREARS_OUTSTANDING until the settlement certificate is issued', () => {
    const r = decide(
      snapshot({
        tracks: { cs: 'intent_confirmed', safety: 'passed', finance: 'arrears' },
        outstandingFen: 12_345,
      }),
      'cs',
      'approve',
    );
    expect(r).toMatchObject({ allowed: false, refusal: { code: 'ARREARS_OUTSTANDING' } });
    if (!r.allowed) expect(r.refusal.message).toContain('¥123.45');
  });

  it('R-22 the settlement certificate under arrears needs a signed repayment agreement', () => {
    const arrears = snapshot({
      tracks: { cs: 'pending', safety: 'pending', finance: 'arrears' },
      outstandingFen: 5_000,
    });
    expect(decide({ ...arrears, plan: 'approved' }, 'finance', 'issue-settlement-certificate').allowed).toBe(
      false,
    );
    expect(decide({ ...arrears, plan: 'signed' }, 'finance', 'issue-settlement-certificate').allowed).toBe(
      true,
    );
    expect(decide({ ...arrears, plan: 'pending' }, 'manager', 'approve-arrears-plan').allowed).toBe(true);
    expect(decide({ ...arrears, plan: 'none' }, 'manager', 'approve-arrears-plan').allowed).toBe(false);
  });

  it('R-21 a suspended case refuses everything but resolve-dispute with DISPUTE_OPEN', () => {
    const c = snapshot({ state: 'suspended', suspendedFrom: 'under_review' });
    expect(decide(c, 'cs', 'confirm-intent')).toMatchObject({
      allowed: false,
      refusal: { code: 'DISPUTE_OPEN' },
    });
    expect(decide(c, 'clerk', 'withdraw')).toMatchObject({
      allowed: false,
      refusal: { code: 'DISPUTE_OPEN' },
    });
    expect(decide(c, 'manager', 'resolve-dispute').allowed).toBe(true);
  });

  it('available actions name the blocked ones with the reason, and leave out those of other states', () => {
    const list = availableActions(
      snapshot({ tracks: { cs: 'intent_confirmed', safety: 'hazard', finance: 'pending' } }),
      'cs',
    );
    const approve = list.find((a) => a.action === 'approve');
    expect(approve).toMatchObject({ allowed: false, blockedBy: { code: 'HAZARD_UNRESOLVED' } });
    expect(list.find((a) => a.action === 'record-rectification')?.allowed).toBe(true);
    expect(list.find((a) => a.action === 'confirm-intent')).toBeUndefined();
    expect(list.find((a) => a.action === 'resolve-dispute')).toBeUndefined();
  });
});

describe('R-27 case deadlines on the working-day calendar', () => {
  it('R-27 acceptance received the day before National Day 2026 is due on 10-08', () => {
    expect(startDeadline('acceptance', d('2026-09-30'), policy, calendar).dueDate).toBe('2026-10-08');
  });

  it('R-08 inspection: 3 working days from 09-30 lands on the make-up Saturday 10-10', () => {
    expect(startDeadline('inspection', d('2026-09-30'), policy, calendar).dueDate).toBe('2026-10-10');
  });

  it('R-27 a deadline met on its due date is on time; after it, missed; open past it, missed', () => {
    const dl = startDeadline('finance', d('2026-12-03'), policy, calendar); // Thu +2 → Mon 12-07
    expect(dl.dueDate).toBe('2026-12-07');
    expect(deadlineStatus({ ...dl, metOn: d('2026-12-07') }, d('2026-12-10'))).toBe('met');
    expect(deadlineStatus({ ...dl, metOn: d('2026-12-08') }, d('2026-12-10'))).toBe('missed');
    expect(deadlineStatus(dl, d('2026-12-07'))).toBe('open');
    expect(deadlineStatus(dl, d('2026-12-08'))).toBe('missed');
  });

  it('R-21 a dispute pauses a deadline and resuming gives back the working days it had left', () => {
    const dl = startDeadline('inspection', d('2026-09-24'), policy, calendar); // 9/24 Thu → 9/28, 9/29, 9/30
    expect(dl.dueDate).toBe('2026-09-30');
    const paused = pauseDeadline(dl, d('2026-09-28'), calendar); // left: 9/29, 9/30 = 2
    expect(paused).toMatchObject({ paused: true, remainingDays: 2 });
    expect(deadlineStatus(paused, d('2026-10-20'))).toBe('paused');
    const resumed = resumeDeadline(paused, d('2026-10-09'), calendar); // Fri 10/9 → Sat 10/10 (make-up), Mon 10/12
    expect(resumed).toMatchObject({ paused: false, dueDate: '2026-10-12' });
  });

  it('R-05 the supplement deadline counts calendar days', () => {
    expect(startDeadline('supplement', d('2026-09-30'), policy, calendar).dueDate).toBe('2026-10-30');
  });
});
