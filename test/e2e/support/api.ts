import type { CaseView } from '../../../src/domain/contracts/cases';

const PASSWORD = 'Demo@12345';

/**
 * The API as the demo staff, by fetch with each user's session cookie: browser tests use it to
 * prepare cases quickly, so the browser only drives the steps under test.
 */
export class StaffApi {
  private readonly cookies = new Map<string, string>();

  constructor(protected readonly base: string) {}

  async cookie(user: string): Promise<string> {
    const known = this.cookies.get(user);
    if (known) return known;
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${user}: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.cookies.set(user, cookie);
    return cookie;
  }

  async call<T>(user: string, method: string, url: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/api${url}`, {
      method,
      headers: {
        cookie: await this.cookie(user),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} as ${user}: ${res.status} ${payload}`);
    return (payload ? JSON.parse(payload) : undefined) as T;
  }

  /** Takes an action with the case's current version. */
  async act(user: string, caseNo: string, action: string, payload: Record<string, unknown> = {}) {
    const { version } = await this.call<CaseView>('cs1', 'GET', `/cases/${caseNo}`);
    return this.call<CaseView>(user, 'POST', `/cases/${caseNo}/actions/${action}`, {
      expectedVersion: version,
      ...payload,
    });
  }
}
