import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import { caseBundle } from '../../archive/bundle.js';
import { AppError } from '../../http/app-error.js';
import { createStaffTask } from '../../tasks/tasks.service.js';
import type { ActionHandler } from '../action-types.js';
import {
  certificateOfCase,
  insertArchive,
  insertFollowUp,
  insertSupervisionItem,
} from '../after-closure.repository.js';
import { retentionUntil } from './implementation.js';

const RATING_ZH = ['', '非常不满意', '不满意', '基本满意', '满意', '非常满意'];

/** R-16: the case's papers, records and timeline filed as one bundle, kept until closure + P-RETAIN years. */
export const archive: ActionHandler<ActionPayloads['archive']> = {
  async execute({ tx, kase, actor, payload, policy, now, serialNo }) {
    if (!kase.c.closedAt) throw new AppError('ACTION_NOT_ALLOWED', '尚未办结的申请不能归档');
    const certificate = await certificateOfCase(tx, kase.c.id);
    const bundle = await caseBundle(tx, kase.c.id);
    const archiveNo = await serialNo('DA');
    const retainUntil = retentionUntil(kase.c.closedAt, policy['P-RETAIN']);
    await insertArchive(tx, {
      caseId: kase.c.id,
      archiveNo,
      category: payload.category,
      location: payload.location,
      manifest: {
        ...bundle.manifest,
        certificateNo: certificate?.certificateNo ?? null,
        certificateBundleSha256: certificate?.bundleSha256 ?? null,
      },
      manifestSha256: bundle.sha256,
      closedOn: kase.account.closedOn ?? now.toISOString().slice(0, 10),
      retainUntil,
      archivedBy: actor.username,
      archivedAt: now,
    });
    return {
      outcome: 'default',
      summary: `归档 ${archiveNo}（${payload.category}${payload.location ? `，存放于 ${payload.location}` : ''}），${bundle.manifest.files.length} 个文件，保管至 ${retainUntil ?? '永久'}`,
      data: { archiveNo, manifestSha256: bundle.sha256, retainUntil },
    };
  },
};

/**
 * R-17/R-18: the follow-up visit. Each problem raised becomes a task for the named department;
 * a bad rating (不满意 / 非常不满意) opens an item for the supervision group.
 */
export const recordFollowUp: ActionHandler<ActionPayloads['record-follow-up']> = {
  async execute({ tx, kase, actor, payload, now }) {
    await insertFollowUp(tx, { caseId: kase.c.id, ...payload, recordedBy: actor.username, recordedAt: now });
    for (const issue of payload.issues) {
      await createStaffTask(tx, actor, {
        kind: 'follow_up_issue',
        title: `回访问题（${kase.c.caseNo}）`,
        description: issue.description,
        department: issue.department,
        branchId: kase.c.branchId,
        sourceType: 'case',
        sourceId: kase.c.caseNo,
      });
    }
    if (payload.rating <= 2) {
      await insertSupervisionItem(tx, {
        caseId: kase.c.id,
        source: 'bad_rating',
        description: `回访评价“${RATING_ZH[payload.rating]}”：${payload.issues.map((i) => i.description).join('；') || '（未说明原因）'}`,
      });
    }
    return {
      outcome: 'default',
      summary: `${payload.method === 'phone' ? '电话' : '问卷'}回访：${RATING_ZH[payload.rating]}${payload.issues.length ? `，转办问题 ${payload.issues.length} 项` : ''}${payload.safetyIssue ? `；安全问题：${payload.safetyIssue}` : ''}`,
      data: { rating: payload.rating, issues: payload.issues.length },
    };
  },
};
