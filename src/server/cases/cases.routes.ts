import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MATERIAL_KINDS } from '../../domain/closure/materials.js';
import { CASE_STATES } from '../../domain/closure/states.js';
import { ACTION_NAMES, isActionName } from '../../domain/closure/transitions.js';
import {
  CaseDocument,
  CaseListQuery,
  CaseNoParam,
  CasePage,
  CaseView,
  CreateCaseBody,
  ExpectedVersion,
} from '../../domain/contracts/cases.js';
import type { AppContext } from '../app-context.js';
import { AppError } from '../http/app-error.js';
import { runAction } from './action-executor.js';
import { createCase } from './case-application.js';
import { downloadDocument, uploadDocument } from './case-documents.js';
import { getCase, searchCases } from './cases.service.js';

const ActionReceipt = z.object({ caseNo: z.string(), state: z.enum(CASE_STATES), version: z.number().int() });
const UPLOAD_HARD_LIMIT = 100 * 1024 * 1024;

export function casesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '受理销户申请（柜台、邮寄、网上）',
        body: CreateCaseBody,
        response: { 201: CaseView },
      },
    },
    async (request, reply) => {
      const caseNo = await createCase(ctx, request.actor, request.body);
      return reply.status(201).send(await getCase(ctx, request.actor, caseNo));
    },
  );
  r.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '销户申请列表；mine=true 为“我的待办”',
        querystring: CaseListQuery,
        response: { 200: CasePage },
      },
    },
    async (request) => searchCases(ctx, request.actor, request.query),
  );
  r.get(
    '/api/cases/:caseNo',
    {
      schema: {
        tags,
        summary: '销户申请详情：状态、三条审核线、材料、期限、可执行操作、就绪清单、时间线',
        params: CaseNoParam,
        response: { 200: CaseView },
      },
    },
    async (request) => getCase(ctx, request.actor, request.params.caseNo),
  );
  r.post(
    '/api/cases/:caseNo/actions/:action',
    {
      schema: {
        tags,
        summary: `执行流程操作（${ACTION_NAMES.join(', ')}）；body 为 { expectedVersion, ...payload }`,
        params: CaseNoParam.extend({ action: z.string().max(40) }),
        body: ExpectedVersion.passthrough(),
        headers: z.object({
          prefer: z
            .string()
            .optional()
            .describe('`return=minimal` answers with caseNo, state and version only'),
        }),
        response: { 200: z.union([CaseView, ActionReceipt]) },
      },
    },
    async (request) => {
      const { caseNo, action } = request.params;
      if (!isActionName(action)) throw AppError.notFound(`操作 ${action} `);
      const receipt = await runAction(
        ctx,
        request.actor,
        caseNo,
        action,
        request.body as Record<string, unknown>,
      );
      // RFC 7240: clients that track the version themselves (scanners, batch tools) skip the full view.
      if (request.headers.prefer?.includes('return=minimal')) return receipt;
      return getCase(ctx, request.actor, caseNo);
    },
  );
  r.post(
    '/api/cases/:caseNo/documents',
    {
      bodyLimit: UPLOAD_HARD_LIMIT,
      schema: {
        tags,
        summary: '上传材料扫描件或检查照片（按内容识别 PDF/JPEG/PNG，大小受“UPLOAD-MAX-MB”限制）',
        params: CaseNoParam,
        querystring: z.object({
          kind: z.enum(['material', 'inspection_photo', 'other']).default('material'),
          materialKind: z.enum(MATERIAL_KINDS).optional(),
        }),
        consumes: ['multipart/form-data'],
        response: { 201: CaseDocument },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传文件');
      const file = await request.file({ limits: { fileSize: UPLOAD_HARD_LIMIT } });
      if (!file) throw AppError.validation([{ path: 'file', message: '请选择要上传的文件' }]);
      const bytes = await file.toBuffer();
      const doc = await uploadDocument(
        ctx,
        request.actor,
        request.params.caseNo,
        { ...request.query, fileName: file.filename },
        bytes,
      );
      return reply.status(201).send(doc);
    },
  );
  r.get(
    '/api/cases/:caseNo/documents/:id',
    {
      schema: {
        tags,
        summary: '下载文件（身份证件扫描件的每次下载都记入审计）',
        params: CaseNoParam.extend({ id: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const { doc, bytes } = await downloadDocument(
        ctx,
        request.actor,
        request.params.caseNo,
        request.params.id,
      );
      return reply
        .type(doc.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
}
