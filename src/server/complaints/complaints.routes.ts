import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AnswerComplaintBody,
  AssignComplaintBody,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintNoteBody,
  ComplaintPage,
  ComplaintReceipt,
  FileComplaintBody,
  LinkComplaintCaseBody,
  PublicComplaintQuery,
  PublicComplaintStatus,
  StaffComplaintBody,
  TrackingNoParam,
} from '../../domain/contracts/complaints.js';
import type { AppContext } from '../app-context.js';
import {
  addComplaintNote,
  answerComplaint,
  assignComplaint,
  linkComplaintCase,
} from './complaint-actions.js';
import { fileStaffComplaint, getComplaint, listComplaints } from './complaints.service.js';
import { filePublicComplaint, publicComplaintStatus } from './public-complaints.service.js';

export function complaintsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  const open = { security: [] };
  const one = { params: TrackingNoParam, response: { 200: ComplaintDetail } };

  r.post(
    '/api/public/complaints',
    {
      schema: {
        tags,
        ...open,
        summary: '投诉举报（无需登录）；返回编号和只显示一次的查询码',
        body: FileComplaintBody,
        response: { 201: ComplaintReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await filePublicComplaint(ctx.db, request.ip, request.body)),
  );
  r.get(
    '/api/public/complaints/:trackingNo',
    {
      schema: {
        tags,
        ...open,
        summary: '凭编号和查询码查询投诉举报的办理进度和答复（无需登录）',
        params: TrackingNoParam,
        querystring: PublicComplaintQuery,
        response: { 200: PublicComplaintStatus },
      },
    },
    async (request) =>
      publicComplaintStatus(ctx.db, request.ip, request.params.trackingNo, request.query.code),
  );

  r.post(
    '/api/complaints',
    {
      schema: {
        tags,
        summary: '登记电话或柜台投诉举报',
        body: StaffComplaintBody,
        response: { 201: ComplaintReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileStaffComplaint(ctx.db, request.actor, request.body)),
  );
  r.get(
    '/api/complaints',
    {
      schema: {
        tags,
        summary: '投诉举报列表：未答复的按答复期限排前',
        querystring: ComplaintListQuery,
        response: { 200: ComplaintPage },
      },
    },
    async (request) => listComplaints(ctx.db, request.actor, request.query),
  );
  r.get(
    '/api/complaints/:trackingNo',
    { schema: { tags, summary: '投诉举报详情：调查记录、关联申请', ...one } },
    async (request) => getComplaint(ctx.db, request.actor, request.params.trackingNo),
  );
  r.post(
    '/api/complaints/:trackingNo/assign',
    { schema: { tags, summary: '分派承办人（不填为本人）', ...one, body: AssignComplaintBody } },
    async (request) => assignComplaint(ctx.db, request.actor, request.params.trackingNo, request.body),
  );
  r.post(
    '/api/complaints/:trackingNo/notes',
    { schema: { tags, summary: '添加调查记录', ...one, body: ComplaintNoteBody } },
    async (request) => addComplaintNote(ctx.db, request.actor, request.params.trackingNo, request.body),
  );
  r.post(
    '/api/complaints/:trackingNo/link-case',
    { schema: { tags, summary: '关联销户申请', ...one, body: LinkComplaintCaseBody } },
    async (request) => linkComplaintCase(ctx.db, request.actor, request.params.trackingNo, request.body),
  );
  r.post(
    '/api/complaints/:trackingNo/answer',
    {
      schema: {
        tags,
        summary: '答复并办结：答复发送给投诉人，并可凭查询码查看',
        ...one,
        body: AnswerComplaintBody,
      },
    },
    async (request) => answerComplaint(ctx.db, request.actor, request.params.trackingNo, request.body),
  );
}
