import { DomainError, type ErrorCode, type FieldError } from '../../domain/errors.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_CREDENTIALS: 401,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  ACTION_NOT_ALLOWED: 409,
  CALENDAR_NOT_PUBLISHED: 422,
  INVALID_DATE: 422,
  INVALID_AMOUNT: 422,
  INVALID_ID_NUMBER: 422,
  INVALID_PHONE: 422,
  ACCOUNT_CLOSED: 409,
  MATERIALS_INCOMPLETE: 409,
  ONE_TIME_NOTICE_VIOLATION: 409,
  ARREARS_OUTSTANDING: 409,
  HAZARD_UNRESOLVED: 409,
  DISPUTE_OPEN: 409,
  PRESSURE_TEST_REQUIRED: 409,
  PRESSURE_TEST_FAILED: 409,
  UNSUPPORTED_FILE: 415,
  INTERNAL: 500,
};

const TITLES: Record<number, string> = {
  400: '请求格式错误',
  401: '未登录或登录已失效',
  403: '无权执行此操作',
  404: '未找到',
  409: '操作与当前状态冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '输入有误',
  429: '请求过于频繁',
  500: '服务器内部错误',
};

/** The application error: a stable code, its HTTP status, and a message safe to show to users. */
export class AppError extends DomainError {
  readonly status: number;

  constructor(
    code: ErrorCode,
    message: string,
    fieldErrors?: FieldError[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import report. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(code, message, fieldErrors);
    this.name = 'AppError';
    this.status = STATUS[code];
  }

  static from(error: DomainError): AppError {
    return error instanceof AppError ? error : new AppError(error.code, error.message, error.fieldErrors);
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what}不存在`);
  }

  static forbidden(message = '您的角色无权执行此操作'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static validation(errors: FieldError[], message = '提交的内容有误，请检查标出的字段'): AppError {
    return new AppError('VALIDATION_FAILED', message, errors);
  }
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export function titleOf(status: number): string {
  return TITLES[status] ?? '请求无法处理';
}
