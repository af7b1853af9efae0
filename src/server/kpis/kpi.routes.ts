import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  KpiDrill,
  KpiDrillQuery,
  KpiExportQuery,
  KpiQuery,
  KpiReport,
  KpiTrend,
  KpiTrendQuery,
} from '../../domain/contracts/kpis.js';
import { KPI_DEFINITIONS } from '../../domain/kpis/definitions.js';
import type { AppContext } from '../app-context.js';
import { kpiDrill, kpiReport, kpiTrend } from './kpi.service.js';
import { kpiCsv, kpiWorkbook } from './kpi-export.js';

export function kpiRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['kpis'];
  r.get(
    '/api/kpis',
    {
      schema: { tags, summary: '月度考核指标（R-25）', querystring: KpiQuery, response: { 200: KpiReport } },
    },
    async (request) => kpiReport(ctx.db, request.actor, request.query.month, request.query.groupBy),
  );
  r.get(
    '/api/kpis/trend',
    {
      schema: {
        tags,
        summary: '全公司指标走势（本月与此前各月）',
        querystring: KpiTrendQuery,
        response: { 200: KpiTrend },
      },
    },
    async (request) => kpiTrend(ctx.db, request.actor, request.query.to, request.query.months),
  );
  r.get(
    '/api/kpis/cases',
    {
      schema: {
        tags,
        summary: '指标钻取：计入该数字的案件',
        querystring: KpiDrillQuery,
        response: { 200: KpiDrill },
      },
    },
    async (request) => kpiDrill(ctx.db, request.actor, request.query),
  );
  r.get(
    '/api/kpis/definitions',
    {
      schema: {
        tags,
        summary: '指标定义与计算公式',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                zh: z.string(),
                en: z.string(),
                kind: z.string(),
                formula: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: KPI_DEFINITIONS.map((d) => ({ ...d })) }),
  );
  r.get(
    '/api/kpis/export',
    { schema: { tags, summary: '导出考核指标（Excel / CSV）', querystring: KpiExportQuery } },
    async (request, reply) => {
      const report = await kpiReport(ctx.db, request.actor, request.query.month, request.query.groupBy);
      const name = `考核指标-${report.month}-${report.groupBy}`;
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`)
          .send(kpiCsv(report));
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`)
        .send(await kpiWorkbook(report));
    },
  );
}
