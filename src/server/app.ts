import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../domain/contracts/zod-locale.js';
import type { AppContext } from './app-context.js';
import { archiveRoutes } from './archive/archive.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { registerAuth } from './auth/auth.plugin.js';
import { authRoutes } from './auth/auth.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { casesRoutes } from './cases/cases.routes.js';
import { certificatesRoutes } from './certificates/certificates.routes.js';
import { complaintsRoutes } from './complaints/complaints.routes.js';
import { customersRoutes } from './customers/customers.routes.js';
import { feeScheduleRoutes } from './fees/fee-schedule.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { registerIdempotency } from './http/idempotency.js';
import { registerProblemHandlers, sendNotFound } from './http/problem.js';
import { kpiRoutes } from './kpis/kpi.routes.js';
import { myNotificationsRoutes } from './notifications/my-notifications.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { supervisionItemRoutes } from './supervision/items.js';
import { supervisionRoutes } from './supervision/supervision.routes.js';
import { tasksRoutes } from './tasks/tasks.routes.js';
import { usersRoutes } from './users/users.routes.js';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../dist/web');

const ROUTES = [
  healthRoutes,
  authRoutes,
  usersRoutes,
  settingsRoutes,
  calendarRoutes,
  auditRoutes,
  notificationsRoutes,
  myNotificationsRoutes,
  customersRoutes,
  casesRoutes,
  feeScheduleRoutes,
  certificatesRoutes,
  archiveRoutes,
  kpiRoutes,
  supervisionItemRoutes,
  complaintsRoutes,
  supervisionRoutes,
  tasksRoutes,
];

export interface BuildOptions {
  logger?: boolean | object;
  serveWeb?: boolean;
}

/** Builds the HTTP application around an opened database; starting and stopping is the caller's. */
export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 20 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '燃气用户销户管理系统 API',
        description: 'Gas account closure management. Errors are RFC 9457 problem+json with a stable `code`.',
        version: ctx.version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gc_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, ctx);
  registerIdempotency(app, ctx);
  for (const routes of ROUTES) routes(app, ctx);

  const serveWeb = options.serveWeb ?? existsSync(path.join(WEB_DIST, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any non-API page gets index.html.
    // Missing build files must 404: serving index.html for them hides a stale deployment.
    if (
      serveWeb &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/')
    ) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendNotFound(request, reply);
  });
  return app;
}
