/**
 * Load generator for bench:actions, run as its own process so the clients do not share the
 * server's CPU: each of N clients reschedules the inspection of its own case until the deadline.
 * Input (argv[2], JSON): { base, cookie, cases: [{ caseNo, version }], until, day }. Prints the count.
 */
const input = JSON.parse(process.argv[2] ?? '{}') as {
  base: string;
  cookie: string;
  cases: Array<{ caseNo: string; version: number }>;
  until: number;
  day: string;
};

async function client(caseNo: string, startVersion: number): Promise<number> {
  let version = startVersion;
  let n = 0;
  while (Date.now() < input.until) {
    const res = await fetch(`${input.base}/api/cases/${caseNo}/actions/schedule-inspection`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: input.cookie, prefer: 'return=minimal' },
      body: JSON.stringify({ expectedVersion: version, scheduledFor: input.day }),
    });
    const body = (await res.json()) as { version?: number; detail?: string };
    if (res.status !== 200) throw new Error(`action failed: ${res.status} ${body.detail}`);
    version = body.version ?? version + 1;
    n++;
  }
  return n;
}

const counts = await Promise.all(input.cases.map((c) => client(c.caseNo, c.version)));
process.stdout.write(String(counts.reduce((a, b) => a + b, 0)));

export {};
