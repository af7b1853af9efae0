import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PolicyParameterView, SettingsResponse, UpdateSettingBody } from '../../domain/contracts/settings.js';
import type { AppContext } from '../app-context.js';
import { listSettings, updateSetting } from './settings.service.js';

export function settingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/settings',
    { schema: { tags: ['settings'], summary: '策略参数（R-28）', response: { 200: SettingsResponse } } },
    async (request) => ({ parameters: await listSettings(ctx.db, request.actor) }),
  );
  r.put(
    '/api/settings/:id',
    {
      schema: {
        tags: ['settings'],
        summary: '修改策略参数',
        params: z.object({ id: z.string().max(64) }),
        body: UpdateSettingBody,
        response: { 200: PolicyParameterView },
      },
    },
    async (request) => updateSetting(ctx.db, request.actor, request.params.id, request.body.value),
  );
}
