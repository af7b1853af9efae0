import { formatCny, parseYuan } from '../domain/money';

/**
 * Business dates and times are shown as the company lives them: in Asia/Shanghai, whatever the
 * browser's own time zone is.
 */
const TIME_ZONE = 'Asia/Shanghai';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

/** yyyy-MM-dd HH:mm in Asia/Shanghai. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const p = shanghaiParts(new Date(value));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** yyyy-MM-dd in Asia/Shanghai, for instants whose day is what matters. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const p = shanghaiParts(new Date(value));
  return `${p.year}-${p.month}-${p.day}`;
}

/** Wall-clock time now in Shanghai as yyyy-MM-dd HH:mm, the default of "when did this happen" fields. */
export function nowInShanghai(): string {
  const p = shanghaiParts(new Date());
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * A Shanghai wall-clock time (yyyy-MM-dd HH:mm[:ss]) as an ISO 8601 instant. China has kept
 * UTC+8 without daylight saving since 1991, so the offset is fixed.
 */
export function shanghaiInstant(wallClock: string): string {
  const [date = '', time = '00:00'] = wallClock.trim().split(/[ T]/);
  const seconds = time.length === 5 ? `${time}:00` : time;
  return `${date}T${seconds}+08:00`;
}

/**
 * Money from the API (a yuan decimal string, "1234.5") as people read it: ¥1,234.50. Goes through
 * integer fen, never a float; a malformed amount is shown as it came rather than guessed at.
 */
export function formatMoney(yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '—';
  try {
    return formatCny(parseYuan(yuan, { allowNegative: true }));
  } catch {
    return yuan;
  }
}

/** Whether an API amount is above zero, compared in fen. */
export function isPositiveAmount(yuan: string): boolean {
  try {
    return parseYuan(yuan, { allowNegative: true }) > 0;
  } catch {
    return false;
  }
}

export function todayInShanghai(): string {
  const p = shanghaiParts(new Date());
  return `${p.year}-${p.month}-${p.day}`;
}

export function hourInShanghai(): number {
  return Number(shanghaiParts(new Date()).hour);
}

/** Day of week of a business date, 0 = Monday … 6 = Sunday (Chinese calendars start on Monday). */
export function weekdayIndex(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number);
  return (new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7;
}

export function weekdayName(localDate: string, lang: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${localDate}T00:00:00Z`));
}
