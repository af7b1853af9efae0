import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldError } from '../../domain/errors.js';
import { AppError, titleOf } from './app-error.js';

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
  extensions?: Record<string, unknown>,
) {
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `about:blank#${code}`,
      title: titleOf(status),
      status,
      detail,
      code,
      instance: request.url,
      ...(errors?.length ? { errors } : {}),
      ...extensions,
    });
}

function validationPath(context: string | undefined, instancePath: string): string {
  const dotted = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const prefix = context && context !== 'body' ? (context === 'querystring' ? 'query' : context) : '';
  return [prefix, dotted].filter(Boolean).join('.') || prefix || 'body';
}

/** Maps Fastify's own client errors (bad JSON, size, media type) to stable codes. */
function clientErrorCode(error: FastifyError): { status: number; code: ErrorCode; detail: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: '请求内容超过大小限制' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: '不支持该内容类型，请以 JSON 提交' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'BAD_REQUEST', detail: '请求体为空，应为 JSON' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'BAD_REQUEST', detail: '请求体不是合法的 JSON' };
  }
  if (error instanceof SyntaxError)
    return { status: 400, code: 'BAD_REQUEST', detail: '请求体不是合法的 JSON' };
  const status = error.statusCode ?? 500;
  if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE', detail: '请求内容超过大小限制' };
  if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE', detail: '不支持该内容类型' };
  if (status === 429) return { status, code: 'TOO_MANY_REQUESTS', detail: '请求过于频繁，请稍后再试' };
  if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', detail: '请求无法处理' };
  return null;
}

/** One error shape for everything (RFC 9457); nothing a client sends may produce a 500. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: validationPath(error.validationContext, v.instancePath),
        message: v.message ?? '无效',
      }));
      return send(reply, request, 422, 'VALIDATION_FAILED', '提交的内容有误，请检查标出的字段', errors);
    }
    if (error instanceof DomainError) {
      const appError = AppError.from(error);
      return send(
        reply,
        request,
        appError.status,
        appError.code,
        appError.message,
        appError.fieldErrors,
        appError.extensions,
      );
    }
    const client = clientErrorCode(error);
    if (client) return send(reply, request, client.status, client.code, client.detail);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'INTERNAL', '服务器内部错误，请稍后重试；如持续出现请联系管理员');
  });
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(
    reply,
    request,
    404,
    'NOT_FOUND',
    `没有这个接口：${request.method} ${request.url.split('?')[0]}`,
  );
}
