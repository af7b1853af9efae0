import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddGroupMemberBody,
  AddSampleCaseBody,
  AuditDetail,
  AuditIdParam,
  AuditListQuery,
  AuditPage,
  AuditSample,
  CompleteAuditBody,
  DrawSampleBody,
  GroupMemberParam,
  MonthParam,
  SupervisionGroup,
} from '../../domain/contracts/supervision.js';
import type { AppContext } from '../app-context.js';
import { completeAudit, getAudit, listAudits } from './audits.service.js';
import { addGroupMember, removeGroupMember, supervisionGroup } from './group.service.js';
import { addCaseToSample, drawMonthlySample, getSample } from './sampling.service.js';

export function supervisionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];

  r.get(
    '/api/supervision/group',
    { schema: { tags, summary: '监督小组成员', response: { 200: SupervisionGroup } } },
    async (request) => supervisionGroup(ctx.db, request.actor),
  );
  r.post(
    '/api/supervision/group',
    {
      schema: {
        tags,
        summary: '加入监督小组（管理层、客服专员或安全检查员）',
        body: AddGroupMemberBody,
        response: { 201: SupervisionGroup },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addGroupMember(ctx.db, request.actor, request.body.username)),
  );
  r.delete(
    '/api/supervision/group/:username',
    {
      schema: {
        tags,
        summary: '移出监督小组',
        params: GroupMemberParam,
        response: { 200: SupervisionGroup },
      },
    },
    async (request) => removeGroupMember(ctx.db, request.actor, request.params.username),
  );

  r.post(
    '/api/supervision/samples',
    {
      schema: {
        tags,
        summary: '抽取某月监督抽查样本（每月一次；再次抽取返回已有样本，状态 200）',
        body: DrawSampleBody,
        response: { 200: AuditSample, 201: AuditSample },
      },
    },
    async (request, reply) => {
      const { created, sample } = await drawMonthlySample(
        ctx.db,
        request.body.month,
        request.actor,
        request.body.seed,
      );
      return reply.status(created ? 201 : 200).send(sample);
    },
  );
  r.get(
    '/api/supervision/samples/:month',
    { schema: { tags, summary: '某月抽查样本', params: MonthParam, response: { 200: AuditSample } } },
    async (request) => getSample(ctx.db, request.actor, request.params.month),
  );
  r.post(
    '/api/supervision/samples/:month/cases',
    {
      schema: {
        tags,
        summary: '手工加入案件（如差评、投诉涉及的案件）',
        params: MonthParam,
        body: AddSampleCaseBody,
        response: { 201: AuditSample },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCaseToSample(ctx.db, request.actor, request.params.month, request.body.caseNo)),
  );

  r.get(
    '/api/supervision/audits',
    { schema: { tags, summary: '监督检查列表', querystring: AuditListQuery, response: { 200: AuditPage } } },
    async (request) => listAudits(ctx.db, request.actor, request.query),
  );
  r.get(
    '/api/supervision/audits/:id',
    {
      schema: {
        tags,
        summary: '监督检查表：每个检查项及案件记录中的相应内容',
        params: AuditIdParam,
        response: { 200: AuditDetail },
      },
    },
    async (request) => getAudit(ctx.db, request.actor, request.params.id),
  );
  r.post(
    '/api/supervision/audits/:id/complete',
    {
      schema: {
        tags,
        summary: '提交检查结果和发现的问题；每个问题生成整改任务',
        params: AuditIdParam,
        body: CompleteAuditBody,
        response: { 200: AuditDetail },
      },
    },
    async (request) => completeAudit(ctx.db, request.actor, request.params.id, request.body),
  );
}
