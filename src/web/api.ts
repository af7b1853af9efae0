import type { Problem } from '../domain/contracts/common';

export type FieldError = NonNullable<Problem['errors']>[number];

/** Codes the client itself assigns when no problem+json came back. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
const HTTP_ERROR = 'HTTP_ERROR';

/** A failed API call, carrying the server's RFC 9457 problem so pages can show `detail` and field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** The whole problem document, for extension members such as an import's `report`. */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    detail: string,
    fieldErrors: FieldError[] = [],
    problem: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.problem = problem;
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Lets the session owner react when any call finds the session gone (expired, or logged out elsewhere). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

function apiErrorFrom(status: number, statusText: string, body: unknown): ApiError {
  if (isProblem(body)) {
    return new ApiError(status, body.code, body.detail ?? body.title, body.errors ?? [], body);
  }
  return new ApiError(status, HTTP_ERROR, `${status} ${statusText}`.trim());
}

/** Tells the session owner when a call found the session gone, then hands the error back. */
function notifyIfUnauthenticated(error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') {
    for (const listener of unauthenticatedListeners) listener();
  }
  return error;
}

export interface RequestOptions {
  /** Extra request headers, e.g. `Idempotency-Key` on writes that must not happen twice. */
  headers?: Record<string, string>;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  options: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) {
    const problem: unknown = await response.json().catch(() => undefined);
    throw notifyIfUnauthenticated(apiErrorFrom(response.status, response.statusText, problem));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, undefined, options),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Builds `path?a=1&b=2`, leaving out empty parameters so the server applies its defaults. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export interface UploadProgress {
  /** Bytes sent so far and in all; `total` is 0 when the browser cannot tell. */
  loaded: number;
  total: number;
}

/**
 * POSTs a multipart form with XMLHttpRequest, because fetch cannot report upload progress and a
 * large import file takes a while to send. `onUploaded` fires once the last byte has left, when
 * the server starts its own work.
 */
export function upload<T>(
  path: string,
  form: FormData,
  handlers: { onProgress?: (progress: UploadProgress) => void; onUploaded?: () => void } = {},
): { result: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const result = new Promise<T>((resolve, reject) => {
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) =>
      handlers.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.upload.onload = () => handlers.onUploaded?.();
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, ''));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(notifyIfUnauthenticated(apiErrorFrom(xhr.status, xhr.statusText, body)));
    };
    xhr.send(form);
  });
  return { result, abort: () => xhr.abort() };
}
