import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, SessionResponse } from '../../domain/contracts/auth.js';
import type { AppContext } from '../app-context.js';
import { AppError } from '../http/app-error.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './auth.plugin.js';
import { currentUserView, login, logout } from './auth.service.js';

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '员工登录', body: LoginRequest, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      const result = await login(ctx.db, {
        ...request.body,
        ip: request.ip,
        ttlHours: ctx.config.sessionTtlHours,
      });
      setSessionCookie(reply, ctx, result.token, result.expiresAt);
      return { user: result.user };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token && request.actor) await logout(ctx.db, token, request.actor);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: '当前登录用户', response: { 200: SessionResponse } } },
    async (request) => {
      if (!request.actor || !request.sessionUser) throw new AppError('UNAUTHENTICATED', '请先登录');
      return { user: await currentUserView(ctx.db, request.sessionUser) };
    },
  );
}
