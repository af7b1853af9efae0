import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountNoParam,
  AddChargeBody,
  AddPaymentBody,
  ClosureEligibility,
  CreateCustomerBody,
  Customer,
  CustomerPage,
  CustomerSearchQuery,
  ImportQuery,
  ImportResult,
  Ledger,
  RevealedIdentity,
  UpdateCustomerBody,
} from '../../domain/contracts/customers.js';
import type { AppContext } from '../app-context.js';
import { AppError } from '../http/app-error.js';
import { addCharge, addPayment, getLedger } from '../ledger/ledger.service.js';
import {
  createCustomer,
  getCustomer,
  revealIdentity,
  searchCustomers,
  updateCustomer,
} from './customers.service.js';
import { closureEligibility } from './eligibility.service.js';
import { templateHeader } from './import/columns.js';
import { importCustomers } from './import/import.service.js';

const IMPORT_LIMIT = 64 * 1024 * 1024;

/** The CSV comes as a multipart file field or as the raw body (text/csv). */
async function readCsvUpload(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (request.isMultipart()) {
    const file = await request.file({ limits: { fileSize: IMPORT_LIMIT } });
    if (!file) throw AppError.validation([{ path: 'file', message: '请选择要导入的 CSV 文件' }]);
    const bytes = await file.toBuffer();
    return { name: file.filename, bytes };
  }
  if (Buffer.isBuffer(request.body)) return { name: 'upload.csv', bytes: request.body };
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 或 text/csv 上传 CSV 文件');
}

export function customersRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];
  const withAccount = { params: AccountNoParam };

  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_req, body, done) => done(null, body),
  );

  r.post(
    '/api/customers',
    {
      schema: {
        tags,
        summary: '新建用户（燃气账户）',
        body: CreateCustomerBody,
        response: { 201: Customer },
      },
    },
    async (request, reply) => reply.status(201).send(await createCustomer(ctx, request.actor, request.body)),
  );
  r.get(
    '/api/customers',
    {
      schema: {
        tags,
        summary: '查询用户：户号、姓名（模糊）、电话、证件号码（精确）',
        querystring: CustomerSearchQuery,
        response: { 200: CustomerPage },
      },
    },
    async (request) => searchCustomers(ctx, request.actor, request.query),
  );
  r.get(
    '/api/customers/import-template.csv',
    { schema: { tags, summary: '导入模板（表头）', produces: ['text/csv'] } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="customers-template.csv"')
        .send(`\ufeff${templateHeader()}\n`),
  );
  r.post(
    '/api/customers/import',
    {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: '从收费系统导入用户、设施和期初欠费（CSV：UTF-8 或 GBK）',
        querystring: ImportQuery,
        consumes: ['multipart/form-data', 'text/csv'],
        response: { 200: ImportResult },
      },
    },
    async (request) => importCustomers(ctx, request.actor, await readCsvUpload(request), request.query.mode),
  );
  r.get(
    '/api/customers/:accountNo',
    { schema: { tags, summary: '用户详情', ...withAccount, response: { 200: Customer } } },
    async (request) => getCustomer(ctx, request.actor, request.params.accountNo),
  );
  r.patch(
    '/api/customers/:accountNo',
    {
      schema: {
        tags,
        summary: '修改用户联系资料',
        ...withAccount,
        body: UpdateCustomerBody,
        response: { 200: Customer },
      },
    },
    async (request) => updateCustomer(ctx, request.actor, request.params.accountNo, request.body),
  );
  r.post(
    '/api/customers/:accountNo/reveal-identity',
    {
      schema: {
        tags,
        summary: '查看完整证件号码和电话（记录审计）',
        ...withAccount,
        body: z.object({ reason: z.string().trim().min(2, '请说明查看原因').max(200) }),
        response: { 200: RevealedIdentity },
      },
    },
    async (request) => revealIdentity(ctx, request.actor, request.params.accountNo, request.body.reason),
  );
  r.get(
    '/api/customers/:accountNo/closure-eligibility',
    {
      schema: {
        tags,
        summary: '销户条件预检：列出当前阻碍销户的全部事项',
        ...withAccount,
        response: { 200: ClosureEligibility },
      },
    },
    async (request) => closureEligibility(ctx, request.actor, request.params.accountNo),
  );
  r.get(
    '/api/customers/:accountNo/ledger',
    {
      schema: {
        tags: ['ledger'],
        summary: '账务：费用、缴费、按类别合计与欠费',
        ...withAccount,
        response: { 200: Ledger },
      },
    },
    async (request) => getLedger(ctx, request.actor, request.params.accountNo),
  );
  r.post(
    '/api/customers/:accountNo/charges',
    {
      schema: {
        tags: ['ledger'],
        summary: '登记费用',
        ...withAccount,
        body: AddChargeBody,
        response: { 201: Ledger },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCharge(ctx, request.actor, request.params.accountNo, request.body)),
  );
  r.post(
    '/api/customers/:accountNo/payments',
    {
      schema: {
        tags: ['ledger'],
        summary: '登记缴费（须带 Idempotency-Key，重试不会重复入账）',
        ...withAccount,
        body: AddPaymentBody,
        response: { 201: Ledger },
      },
    },
    async (request, reply) => {
      if (!request.headers['idempotency-key']) {
        throw AppError.validation([
          { path: 'Idempotency-Key', message: '登记缴费须带 Idempotency-Key 请求头，以免重复入账' },
        ]);
      }
      return reply
        .status(201)
        .send(await addPayment(ctx, request.actor, request.params.accountNo, request.body));
    },
  );
}
