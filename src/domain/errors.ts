/**
 * Stable error codes of SPEC §7. The domain raises them; the server maps each to an HTTP status
 * (src/server/http/app-error.ts) and renders RFC 9457 problem+json.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'CONFLICT',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'ACTION_NOT_ALLOWED',
  'CALENDAR_NOT_PUBLISHED',
  'INVALID_DATE',
  'INVALID_AMOUNT',
  'INVALID_ID_NUMBER',
  'INVALID_PHONE',
  'ACCOUNT_CLOSED',
  'MATERIALS_INCOMPLETE',
  'ONE_TIME_NOTICE_VIOLATION',
  'ARREARS_OUTSTANDING',
  'HAZARD_UNRESOLVED',
  'DISPUTE_OPEN',
  'PRESSURE_TEST_REQUIRED',
  'PRESSURE_TEST_FAILED',
  'UNSUPPORTED_FILE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

/** A rule was broken. `message` is a sentence a clerk can read to the customer (zh-CN). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
