import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ArchiveDetail, ArchivePage, ArchiveQuery, DisposeBody } from '../../domain/contracts/archive.js';
import type { AppContext } from '../app-context.js';
import { archiveDetail, disposeArchive, searchArchiveRecords } from './archive.service.js';

const ArchiveNoParam = z.object({ archiveNo: z.string().trim().min(1).max(30) });

export function archiveRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['archive'];
  r.get(
    '/api/archive',
    {
      schema: {
        tags,
        summary: '档案查询：户号、姓名、申请编号、证明编号、档案号、销户日期',
        querystring: ArchiveQuery,
        response: { 200: ArchivePage },
      },
    },
    async (request) => searchArchiveRecords(ctx.db, request.actor, request.query),
  );
  r.get(
    '/api/archive/:archiveNo',
    {
      schema: {
        tags,
        summary: '档案详情（含文件清单及哈希）',
        params: ArchiveNoParam,
        response: { 200: ArchiveDetail },
      },
    },
    async (request) => archiveDetail(ctx.db, request.actor, request.params.archiveNo),
  );
  r.post(
    '/api/archive/:archiveNo/dispose',
    {
      schema: {
        tags,
        summary: '档案到期鉴定销毁（保管期满且无法律冻结）',
        params: ArchiveNoParam,
        body: DisposeBody,
        response: { 200: ArchiveDetail },
      },
    },
    async (request) => disposeArchive(ctx.db, request.actor, request.params.archiveNo, request.body),
  );
}
