import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.js';
import {
  Branch,
  CompanyBody,
  CreateBranchBody,
  CreateUserBody,
  StaffUser,
  UpdateUserBody,
} from '../../domain/contracts/users.js';
import type { AppContext } from '../app-context.js';
import {
  branchesList,
  createBranch,
  createStaffUser,
  listStaff,
  outletStaff,
  renameCompany,
  updateStaffUser,
} from './users.service.js';

export function usersRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '员工账号列表',
        response: { 200: z.object({ items: z.array(StaffUser) }) },
      },
    },
    async (request) => ({ items: await listStaff(ctx.db, request.actor) }),
  );
  r.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建员工账号',
        body: CreateUserBody,
        response: { 201: StaffUser },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStaffUser(ctx.db, request.actor, request.body)),
  );
  r.patch(
    '/api/users/:username',
    {
      schema: {
        tags: ['users'],
        summary: '修改员工账号（角色、网点、停用、重置密码）',
        params: z.object({ username: z.string().max(64) }),
        body: UpdateUserBody,
        response: { 200: StaffUser },
      },
    },
    async (request) => updateStaffUser(ctx.db, request.actor, request.params.username, request.body),
  );
  r.post(
    '/api/branches',
    {
      schema: { tags: ['users'], summary: '新建营业网点', body: CreateBranchBody, response: { 201: Branch } },
    },
    async (request, reply) => reply.status(201).send(await createBranch(ctx.db, request.actor, request.body)),
  );
  r.put(
    '/api/company',
    {
      schema: {
        tags: ['users'],
        summary: '修改公司名称（印于文书及销户证明印章）',
        body: CompanyBody,
        response: { 200: CompanyBody },
      },
    },
    async (request) => renameCompany(ctx.db, request.actor, request.body.name),
  );
  r.get(
    '/api/branches/:code/staff',
    {
      schema: {
        tags: ['users'],
        summary: '营业网点的在岗员工（可按角色筛选，如安全检查员）',
        params: z.object({ code: z.string().max(20) }),
        querystring: z.object({ role: z.enum(ROLES).optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({ username: z.string(), displayName: z.string(), role: z.enum(ROLES) })),
          }),
        },
      },
    },
    async (request) => ({
      items: await outletStaff(ctx.db, request.actor, request.params.code, request.query.role),
    }),
  );
  r.get(
    '/api/branches',
    {
      schema: {
        tags: ['users'],
        summary: '营业网点',
        response: { 200: z.object({ items: z.array(Branch) }) },
      },
    },
    async (request) => ({ items: await branchesList(ctx.db, request.actor) }),
  );
}
