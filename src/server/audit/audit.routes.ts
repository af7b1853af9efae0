import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery, AuditVerifyResult } from '../../domain/contracts/audit.js';
import { requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { listAudit, verifyAuditChains } from './audit.service.js';

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（R-26）',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => listAudit(ctx.db, request.actor, request.query),
  );
  r.post(
    '/api/audit-log/verify',
    { schema: { tags: ['audit'], summary: '校验审计日志哈希链', response: { 200: AuditVerifyResult } } },
    async (request) => {
      requireAccess(request.actor, 'audit.verify');
      return verifyAuditChains(ctx.db);
    },
  );
}
