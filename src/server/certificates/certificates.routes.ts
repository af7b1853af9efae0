import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CertificateCheck } from '../../domain/contracts/archive.js';
import { CUSTOMER_TYPES } from '../../domain/customers/customer-types.js';
import type { AppContext } from '../app-context.js';
import { AppError } from '../http/app-error.js';
import { applicationForm } from '../pdf/application-form.js';
import { companyName } from '../users/users.repository.js';
import { checkCertificate } from './verification.service.js';

const CertificateNoParam = z.object({ certificateNo: z.string().trim().min(1).max(30) });

export function certificatesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  r.get(
    '/api/public/certificates/:certificateNo',
    {
      schema: {
        tags,
        summary: '销户证明真伪核验（无需登录）；h 为证明二维码中的档案摘要前缀',
        security: [],
        params: CertificateNoParam,
        querystring: z.object({
          h: z
            .string()
            .regex(/^[0-9a-fA-F]{8,64}$/)
            .optional(),
        }),
        response: { 200: CertificateCheck },
      },
    },
    async (request) =>
      checkCertificate(ctx.db, request.params.certificateNo, { bundlePrefix: request.query.h }),
  );
  r.post(
    '/api/public/certificates/:certificateNo/check-file',
    {
      schema: {
        tags,
        summary: '上传销户证明 PDF，核对是否与存档一致（无需登录）',
        security: [],
        params: CertificateNoParam,
        consumes: ['multipart/form-data'],
        response: { 200: CertificateCheck },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传证明 PDF');
      const file = await request.file({ limits: { fileSize: 5 * 1024 * 1024 } });
      if (!file) throw AppError.validation([{ path: 'file', message: '请选择证明文件' }]);
      return checkCertificate(ctx.db, request.params.certificateNo, { pdf: await file.toBuffer() });
    },
  );
  r.get(
    '/api/public/application-forms/:type',
    {
      schema: {
        tags,
        summary: '下载销户申请表 PDF（居民 / 商业 / 工业，R-04 邮寄办理用）',
        security: [],
        params: z.object({ type: z.enum(CUSTOMER_TYPES) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const pdf = await applicationForm({
        companyName: await companyName(ctx.db),
        customerType: request.params.type,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename*=UTF-8''${encodeURIComponent(`销户申请表-${request.params.type}.pdf`)}`,
        )
        .send(pdf);
    },
  );
}
