import { shanghaiToday } from '../../domain/calendar/local-date.js';
import { type ComplaintChannel, trackingNoOf } from '../../domain/complaints/complaints.js';
import { readContact } from '../../domain/complaints/contact.js';
import type { ComplaintReceipt, FileComplaintBody } from '../../domain/contracts/complaints.js';
import { maskPhone } from '../../domain/identity/mask.js';
import type { Actor } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { enqueueNotifications } from '../notifications/outbox.service.js';
import { readPolicy } from '../settings/settings.service.js';
import { hashAccessCode, newAccessCode } from './access-code.js';
import {
  accountExists,
  findCaseRef,
  insertComplaint,
  linkCase,
  nextComplaintSerial,
} from './complaints.repository.js';

/** The case or account a complaint names must exist: a typo found now is not a dead end later. */
async function resolveReferences(tx: Database, caseNo: string | undefined, accountNo: string | undefined) {
  if (caseNo) {
    const kase = await findCaseRef(tx, caseNo);
    if (!kase) {
      throw AppError.validation(
        [{ path: 'caseNo', message: `申请编号 ${caseNo} 不存在，请核对后重新填写，或不填` }],
        `申请编号 ${caseNo} 不存在`,
      );
    }
    if (accountNo && accountNo !== kase.accountNo) {
      throw AppError.validation(
        [{ path: 'accountNo', message: `户号 ${accountNo} 与申请 ${caseNo} 的户号不一致` }],
        '申请编号与户号不一致',
      );
    }
    return { caseId: kase.id, caseNo: kase.caseNo, accountNo: kase.accountNo };
  }
  if (accountNo && !(await accountExists(tx, accountNo))) {
    throw AppError.validation(
      [{ path: 'accountNo', message: `户号 ${accountNo} 不存在，请核对后重新填写，或不填` }],
      `户号 ${accountNo} 不存在`,
    );
  }
  return { caseId: null, caseNo: null, accountNo: accountNo ?? null };
}

/**
 * Files a complaint from the web, a phone call or the counter: due in P-COMPLAINT working
 * days, acknowledged to the complainant through the outbox, and answered with a code shown only here.
 */
export async function fileComplaint(
  db: Database,
  enteredBy: Actor | null,
  body: FileComplaintBody,
  channel: ComplaintChannel,
  now = new Date(),
): Promise<ComplaintReceipt> {
  const contact = readContact(body.contact);
  if (!contact.ok) throw AppError.validation([{ path: 'contact', message: contact.message }]);
  const accessCode = newAccessCode();
  const accessCodeHash = hashAccessCode(accessCode);
  return db.transaction(async (tx) => {
    const refs = await resolveReferences(tx, body.caseNo?.toUpperCase(), body.accountNo?.toUpperCase());
    const policy = await readPolicy(tx);
    const calendar = await loadCalendar(tx);
    const receivedOn = shanghaiToday(now);
    const dueDate = calendar.addWorkingDays(receivedOn, policy['P-COMPLAINT']);
    const trackingNo = trackingNoOf(receivedOn, await nextComplaintSerial(tx));
    const complaint = await insertComplaint(tx, {
      trackingNo,
      accessCodeHash,
      name: body.name ?? null,
      contact: contact.contact.value,
      subject: body.subject,
      text: body.text,
      caseNo: refs.caseNo,
      accountNo: refs.accountNo,
      channel,
      receivedOn,
      dueDate,
      enteredBy: enteredBy?.username ?? null,
      createdAt: now,
    });
    if (refs.caseId) await linkCase(tx, complaint.id, refs.caseId);
    await enqueueNotifications(tx, [
      {
        channel: contact.contact.channel,
        recipient: contact.contact.value,
        template: 'complaint.received',
        params: { trackingNo, dueDate },
        entity: { type: 'complaint', id: trackingNo },
      },
    ]);
    await recordAudit(
      tx,
      enteredBy,
      {
        entityType: 'complaint',
        entityId: trackingNo,
        action: 'complaint.filed',
        // The log is permanent and widely readable: the contact is masked and the text left out.
        after: {
          channel,
          subject: body.subject,
          contact: contact.contact.channel === 'sms' ? maskPhone(contact.contact.value) : '(email)',
          caseNo: refs.caseNo,
          accountNo: refs.accountNo,
          receivedOn,
          dueDate,
        },
      },
      now,
    );
    return { trackingNo, accessCode, dueDate };
  });
}
