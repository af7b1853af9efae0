import { MATERIAL_LABELS, type MaterialKind, SENSITIVE_MATERIALS } from '../../domain/closure/materials.js';
import { type CaseState, FINAL_STATES } from '../../domain/closure/states.js';
import type { CaseDocument } from '../../domain/contracts/cases.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { validateUpload } from '../files/validate-upload.js';
import { AppError } from '../http/app-error.js';
import { readPolicy } from '../settings/settings.service.js';
import { loadCaseForAction, loadCaseForReading } from './case-loading.js';
import {
  type DocumentRow,
  findDocument,
  insertDocument,
  insertEvent,
  materialsOf,
  upsertMaterials,
} from './cases.repository.js';
import { PAPERS, type PaperData, type PaperKind } from './papers.js';

export function documentUrl(caseNo: string, id: string): string {
  return `/api/cases/${caseNo}/documents/${id}`;
}

export function toDocumentView(caseNo: string, d: DocumentRow): CaseDocument {
  return {
    id: d.id,
    kind: d.kind,
    materialKind: (d.materialKind as MaterialKind | null) ?? null,
    paperNo: d.paperNo,
    fileName: d.fileName,
    contentType: d.contentType,
    size: d.size,
    sha256: d.sha256,
    sensitive: d.sensitive,
    url: documentUrl(caseNo, d.id),
    createdAt: d.createdAt.toISOString(),
    createdBy: d.createdBy,
  };
}

/** Renders a paper, stores its bytes content-addressed and files it on the case. Returns its number and hash. */
export async function fileGeneratedPaper<K extends PaperKind>(
  tx: Database,
  app: AppContext,
  caseId: string,
  kind: K,
  data: PaperData[K],
  by: string,
): Promise<{ paperNo: string; sha256: string }> {
  const paper = PAPERS[kind];
  const bytes = await paper.render(data);
  const stored = await app.files.put(bytes);
  const paperNo = paper.numberOf(data);
  await insertDocument(tx, {
    caseId,
    kind,
    paperNo,
    fileName: `${paper.zh}-${paperNo}.pdf`,
    contentType: 'application/pdf',
    size: stored.size,
    sha256: stored.sha256,
    createdBy: by,
  });
  return { paperNo, sha256: stored.sha256 };
}

export type UploadKind = 'material' | 'inspection_photo' | 'other';

/**
 * An upload to a case: checked by content and size before anything is stored; a material scan
 * marks that material supplied (for the next preliminary review to check).
 */
export async function uploadDocument(
  app: AppContext,
  actor: Actor | null,
  caseNo: string,
  meta: { kind: UploadKind; materialKind?: MaterialKind; fileName: string },
  bytes: Buffer,
) {
  const who = requireAccess(actor, 'cases.upload');
  const policy = await readPolicy(app.db);
  const checked = validateUpload(bytes, { maxBytes: policy['UPLOAD-MAX-MB'] * 1024 * 1024 });
  if (meta.kind === 'material' && !meta.materialKind) {
    throw AppError.validation([{ path: 'query.materialKind', message: '上传申请材料时须指明材料类型' }]);
  }
  return app.db.transaction(async (tx) => {
    const kase = await loadCaseForAction(tx, who, caseNo);
    if (FINAL_STATES.includes(kase.c.state as CaseState))
      throw new AppError('ACTION_NOT_ALLOWED', '申请已办结，不能再上传文件');
    if (meta.materialKind) {
      const material = (await materialsOf(tx, [kase.c.id])).find((m) => m.kind === meta.materialKind);
      if (!material)
        throw AppError.validation([{ path: 'query.materialKind', message: '该材料不在本申请的材料清单中' }]);
      await upsertMaterials(tx, [{ ...material, supplied: true, status: 'pending', rejectionReason: null }]);
    }
    const stored = await app.files.put(bytes);
    const doc = await insertDocument(tx, {
      caseId: kase.c.id,
      kind: meta.kind,
      materialKind: meta.materialKind ?? null,
      fileName: meta.fileName.slice(0, 200) || `upload.${checked.type}`,
      contentType: checked.contentType,
      size: stored.size,
      sha256: stored.sha256,
      sensitive: meta.materialKind ? SENSITIVE_MATERIALS.includes(meta.materialKind) : false,
      createdBy: who.username,
    });
    const what = meta.materialKind
      ? MATERIAL_LABELS[meta.materialKind].zh
      : meta.kind === 'inspection_photo'
        ? '检查照片'
        : '其他文件';
    const now = new Date();
    await insertEvent(tx, {
      caseId: kase.c.id,
      at: now,
      actorUsername: who.username,
      actorRole: who.role,
      action: 'upload',
      fromState: kase.c.state,
      toState: kase.c.state,
      summary: `上传${what}：${doc.fileName}`,
      data: { documentId: doc.id },
    });
    await recordAudit(tx, who, {
      entityType: 'case',
      entityId: kase.c.caseNo,
      action: 'case.document_uploaded',
      after: {
        documentId: doc.id,
        kind: meta.kind,
        materialKind: meta.materialKind ?? null,
        sha256: stored.sha256,
        size: stored.size,
      },
    });
    return toDocumentView(kase.c.caseNo, doc);
  });
}

/** The bytes of a document; reading an ID scan is logged (PIPL art. 28). */
export async function downloadDocument(app: AppContext, actor: Actor | null, caseNo: string, id: string) {
  const who = requireAccess(actor, 'cases.read');
  const kase = await loadCaseForReading(app.db, who, caseNo);
  const doc = await findDocument(app.db, kase.c.id, id);
  if (!doc) throw AppError.notFound('文件');
  if (doc.sensitive) {
    await app.db.transaction((tx) =>
      recordAudit(tx, who, {
        entityType: 'case',
        entityId: kase.c.caseNo,
        action: 'case.document_downloaded',
        after: { documentId: doc.id, materialKind: doc.materialKind },
      }),
    );
  }
  return { doc, bytes: await app.files.read(doc.sha256) };
}
