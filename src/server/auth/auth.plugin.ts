import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import type { UserWithBranch } from '../users/users.repository.js';
import { actorOf, resolveSession } from './auth.service.js';

export const SESSION_COOKIE = 'gc_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: UserWithBranch;
  }
}

/** Resolves the session cookie on every API request; services decide what an absent actor may do. */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const user = await resolveSession(ctx.db, request.cookies[SESSION_COOKIE], ctx.config.sessionTtlHours);
    request.sessionUser = user;
    request.actor = user ? actorOf(user) : null;
  });
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
  });
}
