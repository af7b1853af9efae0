import { addYears, toShanghaiDate } from '../../../domain/calendar/local-date.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import {
  type CustomerType,
  FACILITY_KIND_LABELS,
  type FacilityKind,
} from '../../../domain/customers/customer-types.js';
import { removalFee } from '../../../domain/fees/fee-schedule.js';
import { formatCny } from '../../../domain/money.js';
import { caseBundle } from '../../archive/bundle.js';
import { allFeeItems } from '../../fees/fee-schedule.repository.js';
import { AppError } from '../../http/app-error.js';
import { insertEntries } from '../../ledger/ledger.repository.js';
import { ledgerSummaryOf } from '../../ledger/ledger.service.js';
import type { ActionHandler } from '../action-types.js';
import {
  inServiceFacilities,
  insertCertificate,
  insertSealing,
  markFacilityRemoved,
  removalOf,
  upsertRemoval,
} from '../after-closure.repository.js';
import { fileGeneratedPaper } from '../case-documents.js';
import { currentPlan } from '../cases.repository.js';
import { verificationUrl } from '../verification-url.js';

/** R-12: the user arranges removal (verified by the company), or entrusts the company for the published fee. */
export const chooseRemoval: ActionHandler<ActionPayloads['choose-removal']> = {
  async execute({ tx, kase, actor, payload, today, now }) {
    if (payload.mode === 'self') {
      await upsertRemoval(tx, { caseId: kase.c.id, mode: 'self', chosenBy: actor.username, chosenAt: now });
      return { outcome: 'self', summary: '用户自行安排拆除（须由我司核验后封堵）', data: { mode: 'self' } };
    }
    const kinds = (await inServiceFacilities(tx, kase.account.id)).map((f) => f.kind as FacilityKind);
    if (!kinds.length) throw new AppError('ACTION_NOT_ALLOWED', '该户没有在用的燃气设施，无需委托拆除');
    const fee = removalFee(await allFeeItems(tx), kase.account.type as CustomerType, kinds, today);
    if (fee.missing.length) {
      throw new AppError(
        'ACTION_NOT_ALLOWED',
        `收费标准中没有 ${fee.missing.map((k) => FACILITY_KIND_LABELS[k].zh).join('、')} 的拆除费，请管理员先公示收费标准`,
      );
    }
    await insertEntries(tx, [
      {
        accountId: kase.account.id,
        entryType: 'charge',
        kind: 'removal',
        amountFen: fee.totalFen,
        dueDate: today,
        note: `委托拆除费（${kase.c.caseNo}，按 ${today} 公示标准）`,
        source: 'closure',
        createdBy: actor.username,
      },
    ]);
    await upsertRemoval(tx, {
      caseId: kase.c.id,
      mode: 'company',
      feeFen: fee.totalFen,
      chosenBy: actor.username,
      chosenAt: now,
    });
    return {
      outcome: 'company',
      summary: `委托我司拆除，按公示标准计收拆除费 ${formatCny(fee.totalFen)}，已派安全检查员工单`,
      data: { mode: 'company', fee: fee.totalFen },
      message: { amount: formatCny(fee.totalFen) },
    };
  },
};

/** R-12: what was removed, matched against the account's facilities; meters must all come out. */
export const recordRemoval: ActionHandler<ActionPayloads['record-removal']> = {
  async execute({ tx, kase, actor, payload }) {
    const removal = await removalOf(tx, kase.c.id);
    const inService = await inServiceFacilities(tx, kase.account.id);
    const errors: Array<{ path: string; message: string }> = [];
    if (removal?.mode === 'company' && payload.removedBy !== 'company') {
      errors.push({ path: 'removedBy', message: '已委托我司拆除，拆除人应为我司' });
    }
    const matched = payload.removedItems.map((item, i) => {
      const facility = inService.find((f) => f.kind === item.facility && f.serialNo === item.serialNo);
      if (!facility) {
        errors.push({
          path: `removedItems.${i}.serialNo`,
          message: `该户没有编号为 ${item.serialNo} 的在用${FACILITY_KIND_LABELS[item.facility].zh}`,
        });
      }
      return facility;
    });
    for (const meter of inService.filter((f) => f.kind === 'meter')) {
      if (!payload.removedItems.some((i) => i.facility === 'meter' && i.serialNo === meter.serialNo)) {
        errors.push({ path: 'removedItems', message: `燃气表 ${meter.serialNo} 尚未拆除` });
      }
    }
    if (errors.length) throw AppError.validation(errors, '拆除记录与该户设施不符');
    const at = new Date(payload.removedAt);
    for (const f of matched) if (f) await markFacilityRemoved(tx, f.id, at);
    await upsertRemoval(tx, {
      caseId: kase.c.id,
      mode: removal?.mode ?? (payload.removedBy === 'company' ? 'company' : 'self'),
      feeFen: removal?.feeFen ?? null,
      chosenBy: removal?.chosenBy ?? actor.username,
      chosenAt: removal?.chosenAt ?? at,
      removedItems: payload.removedItems,
      removedAt: at,
      removedBy: payload.removedBy,
      recordedBy: actor.username,
    });
    const list = payload.removedItems
      .map((i) => `${FACILITY_KIND_LABELS[i.facility].zh} ${i.serialNo}`)
      .join('、');
    return {
      outcome: 'default',
      summary: `${payload.removedBy === 'company' ? '我司' : '用户'}拆除并经核验：${list}`,
      data: { removed: payload.removedItems.length },
    };
  },
};

/** R-13: the sealing record, with the pressure test checked against the rules in settings. */
export const recordSealing: ActionHandler<ActionPayloads['record-sealing']> = {
  async guardInput({ policy }) {
    return {
      rules: {
        minKPa: policy['SEAL-TEST-MIN-KPA'],
        minMinutesResidential: policy['SEAL-TEST-MIN-MINUTES-RESIDENTIAL'],
        minMinutesNonResidential: policy['SEAL-TEST-MIN-MINUTES-NONRESIDENTIAL'],
      },
    };
  },
  async execute({ tx, kase, actor, payload, today, issuer, paperNo }) {
    const recordNo = await paperNo('sealing_record');
    const sealedAt = new Date(payload.sealedAt);
    await insertSealing(tx, {
      caseId: kase.c.id,
      sealedAt,
      method: payload.method,
      permanent: payload.permanent,
      materialStandard: payload.materialStandard,
      pressureTest: payload.pressureTest ?? null,
      inspector: actor.username,
      recordNo,
    });
    const test = payload.pressureTest;
    return {
      outcome: 'default',
      summary: `完成${payload.permanent ? '永久' : '临时'}封堵${test ? `，压力测试 ${test.testPressureKPa} kPa 保压 ${test.durationMin} 分钟无压降` : ''}`,
      data: { recordNo },
      papers: {
        sealing_record: {
          issuer: await issuer(),
          recordNo,
          issuedOn: today,
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          customerName: kase.account.name,
          customerType: kase.account.type as CustomerType,
          address: kase.account.address,
          sealedAt,
          method: payload.method,
          materialStandard: payload.materialStandard,
          permanent: payload.permanent,
          pressureTest: test && test.medium !== 'water' ? { ...test, medium: test.medium } : undefined,
          inspector: actor.displayName,
          note: payload.note || undefined,
        },
      },
    };
  },
};

/**
 * R-14/R-15: identity re-checked and papers collected at the counter, nothing owed (or covered by a
 * signed agreement); the account is deregistered and the numbered certificate issued, carrying the
 * hash of the case's bundle so the paper points at its file (X4).
 */
export const finalize: ActionHandler<ActionPayloads['finalize']> = {
  async prepare({ tx, kase }) {
    const { summary } = await ledgerSummaryOf(tx, kase.account.id);
    return { outstandingFen: summary.outstanding };
  },
  async execute({ tx, app, kase, actor, payload, now, issuer, paperNo }) {
    const certificateNo = await paperNo('closure_certificate');
    const bundle = await caseBundle(tx, kase.c.id);
    const plan = await currentPlan(tx, kase.c.id);
    const agreementNo = plan?.status === 'signed' ? (plan.agreementNo ?? undefined) : undefined;
    const pdf = await fileGeneratedPaper(
      tx,
      app,
      kase.c.id,
      'closure_certificate',
      {
        issuer: await issuer(),
        certificateNo,
        closedAt: now,
        customerName: kase.account.name,
        customerType: kase.account.type as CustomerType,
        accountNo: kase.account.accountNo,
        address: kase.account.address,
        verificationUrl: verificationUrl(app, certificateNo, bundle.sha256),
        archiveSha256: bundle.sha256,
        repaymentAgreementNo: agreementNo,
      },
      actor.username,
    );
    await insertCertificate(tx, {
      certificateNo,
      caseId: kase.c.id,
      accountId: kase.account.id,
      closedAt: now,
      customerName: kase.account.name,
      accountNo: kase.account.accountNo,
      outletName: kase.outletName,
      bundleSha256: bundle.sha256,
      pdfSha256: pdf.sha256,
    });
    return {
      outcome: 'default',
      summary: `柜台办结：核验${payload.identityDocument === 'resident_id' ? '居民身份证' : '证件'}，收回${payload.collected.length}项证件，注销燃气账户，出具销户证明 ${certificateNo}`,
      caseUpdate: { closedAt: now, finalization: { ...payload, certificateNo, closedBy: actor.username } },
      data: { certificateNo, bundleSha256: bundle.sha256 },
      message: { certificateNo },
    };
  },
};

export function retentionUntil(closedAt: Date, years: number): string | null {
  // 100 stands for 永久 (kept permanently): there is no date after which it may be destroyed.
  return years >= 100 ? null : addYears(toShanghaiDate(closedAt), years);
}
