import { compareLocalDate, parseLocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import { startDeadline } from '../../domain/closure/deadlines.js';
import type { CreateCaseBody } from '../../domain/contracts/cases.js';
import { DomainError } from '../../domain/errors.js';
import { parseIdNumber } from '../../domain/identity/id-document.js';
import { maskIdNumber, maskPhone } from '../../domain/identity/mask.js';
import { parseMobile } from '../../domain/identity/phone.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { loadAccount } from '../customers/account-access.js';
import { closureEligibility } from '../customers/eligibility.service.js';
import { isUniqueViolation } from '../db/rows.js';
import { AppError } from '../http/app-error.js';
import { enqueueNotifications } from '../notifications/outbox.service.js';
import type { IdentityCipher } from '../security/identity-cipher.js';
import { loadRules } from '../settings/rules.js';
import { recordCaseEvent } from './action-executor.js';
import type { StoredPerson } from './case-loading.js';
import { initialMaterials } from './case-snapshot.js';
import {
  insertCase,
  insertDeadline,
  nextCaseSequence,
  openTask,
  setAccountStatus,
  upsertMaterials,
} from './cases.repository.js';

/** Blockers that no review can clear: the application is refused at the door. */
const NEVER_CLOSABLE = new Set(['ACCOUNT_CLOSED', 'CASE_OPEN']);

/** Runs a parse and, on a rule violation, names the field it came from. */
function atPath<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof DomainError) throw new AppError(e.code, e.message, [{ path, message: e.message }]);
    throw e;
  }
}

function storePerson(cipher: IdentityCipher, p: CreateCaseBody['applicant'], path: string): StoredPerson {
  const idNumber = atPath(`${path}.idNumber`, () => parseIdNumber(p.idType, p.idNumber));
  const phone = atPath(`${path}.phone`, () => parseMobile(p.phone));
  return {
    name: p.name,
    idType: p.idType,
    idNumberEnc: cipher.encrypt(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    phoneEnc: cipher.encrypt(phone),
    phoneMasked: maskPhone(phone),
  };
}

export function caseNumber(year: string, seq: number): string {
  return `XH${year}${String(seq).padStart(6, '0')}`;
}

/** R-02…R-04: takes an application at the counter, by mail or online, and starts the acceptance clock. */
export async function createCase(
  app: AppContext,
  actor: Actor | null,
  body: CreateCaseBody,
): Promise<string> {
  const who = requireAccess(actor, 'cases.create');
  if (who.role === 'customer' && body.channel !== 'online') {
    throw AppError.validation([{ path: 'channel', message: '用户本人只能通过网上渠道申请' }]);
  }
  if (who.role !== 'customer' && body.channel === 'online') {
    throw AppError.validation([{ path: 'channel', message: '营业网点受理的申请渠道应为柜台或邮寄' }]);
  }
  const today = shanghaiToday();
  let receivedOn = today;
  if (body.channel === 'mail') {
    if (!body.receivedAt)
      throw AppError.validation([{ path: 'receivedAt', message: '邮寄申请须填写收件日期' }]);
    receivedOn = parseLocalDate(body.receivedAt);
    if (compareLocalDate(receivedOn, today) > 0)
      throw AppError.validation([{ path: 'receivedAt', message: '收件日期不能晚于今天' }]);
  }
  const applicant = storePerson(app.identity, body.applicant, 'applicant');
  const agent = body.agent ? storePerson(app.identity, body.agent, 'agent') : null;
  const { policy, calendar } = await loadRules(app.db);
  const acceptance = startDeadline('acceptance', receivedOn, policy, calendar);

  // Only a closed account or one already closing can never take an application; the full
  // dry run, with arrears and all, is read just to explain a refusal.
  const { account: current } = await loadAccount(app.db, who, body.accountNo);
  if (current.status !== 'active') {
    const eligibility = await closureEligibility(app, who, body.accountNo);
    const blockers = eligibility.blockers.filter((b) => NEVER_CLOSABLE.has(b.code));
    throw new AppError('ACTION_NOT_ALLOWED', blockers.map((b) => b.message).join('；'), undefined, {
      blockers: eligibility.blockers,
    });
  }
  try {
    return await app.db.transaction(async (tx) => {
      const { account } = await loadAccount(tx, who, body.accountNo, true);
      requireAccess(who, 'cases.create', [{ branchId: account.branchId }]);
      const caseNo = caseNumber(today.slice(0, 4), await nextCaseSequence(tx));
      const row = await insertCase(tx, {
        caseNo,
        accountId: account.id,
        branchId: account.branchId,
        customerType: account.type,
        channel: body.channel,
        receivedOn,
        reason: body.reason,
        applicant,
        agent,
        state: 'submitted',
        createdBy: who.username,
      });
      await upsertMaterials(
        tx,
        initialMaterials(row.id, account.type as never, agent !== null, body.materials),
      );
      await insertDeadline(tx, {
        caseId: row.id,
        kind: 'acceptance',
        startDate: receivedOn,
        dueDate: acceptance.dueDate,
      });
      await openTask(tx, {
        caseId: row.id,
        department: 'clerk',
        branchId: account.branchId,
        title: '初审申请材料',
      });
      await setAccountStatus(tx, account.id, 'closing');
      await enqueueNotifications(tx, [
        {
          channel: 'sms',
          recipient: parseMobile(body.applicant.phone),
          template: 'case.received',
          params: { caseNo, accountNo: account.accountNo, dueDate: acceptance.dueDate },
          entity: { type: 'case', id: caseNo },
        },
      ]);
      const channelZh = { counter: '柜台', mail: '邮寄', online: '网上' }[body.channel];
      await recordCaseEvent(
        tx,
        who,
        row.id,
        caseNo,
        {
          action: 'submit',
          outcome: null,
          from: 'submitted',
          to: 'submitted',
          summary: `${channelZh}受理销户申请，收件日期 ${receivedOn}`,
          data: { channel: body.channel },
        },
        new Date(),
      );
      return caseNo;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('ACTION_NOT_ALLOWED', '该户已有正在办理的销户申请，不能重复申请');
    throw error;
  }
}
