import { DomainError } from '../errors.js';

/**
 * A business date in Asia/Shanghai, as `yyyy-MM-dd`. Deadlines are whole days, so a date is kept
 * apart from instants: mixing them is how a deadline silently moves by a day in another time zone.
 */
export type LocalDate = string & { __brand: 'LocalDate' };

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): LocalDate {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError('INVALID_DATE', `日期超出支持的范围（公元 1 年至 9999 年）：${year} 年`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

function checkParts(s: string): LocalDateParts | string {
  const match = SHAPE.exec(s);
  if (!match) {
    return `日期格式应为 yyyy-MM-dd（例如 2026-03-15），实为 "${s}"`;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR) {
    return `${s} 不是有效日期：年份不能为 0000`;
  }
  if (month < 1 || month > 12) {
    return `${s} 不是有效日期：月份应在 01 至 12 之间`;
  }
  if (day < 1) {
    return `${s} 不是有效日期：日不能为 00`;
  }
  const maxDay = daysInMonth(year, month);
  if (day > maxDay) {
    return `${s} 不是有效日期：${year} 年 ${month} 月只有 ${maxDay} 天`;
  }
  return { year, month, day };
}

/** Validates a `yyyy-MM-dd` string as a real calendar date (2026-02-30 is refused). */
export function parseLocalDate(s: string): LocalDate {
  const result = checkParts(typeof s === 'string' ? s : String(s));
  if (typeof result === 'string') {
    throw new DomainError('INVALID_DATE', result);
  }
  return s as LocalDate;
}

export function isLocalDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && typeof checkParts(s) !== 'string';
}

export function localDateParts(d: LocalDate): LocalDateParts {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
 * Pure integer arithmetic, so the host time zone and `Date`'s two-digit-year quirks cannot interfere.
 */
export function toEpochDay(d: LocalDate): number {
  const { year, month, day } = localDateParts(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of `toEpochDay` (H. Hinnant's civil_from_days). */
export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay)) {
    throw new DomainError('INVALID_DATE', `无效的日序号：${epochDay}`);
  }
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return fromParts(year, month, day);
}

/** The Shanghai calendar date of an instant, whatever time zone the server or browser runs in. */
export function toShanghaiDate(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new DomainError('INVALID_DATE', '无效的时间，无法换算为北京时间日期');
  }
  return fromEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

export function shanghaiToday(now: Date = new Date()): LocalDate {
  return toShanghaiDate(now);
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be an integer, got ${n}`);
  }
}

export function addCalendarDays(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'days');
  return fromEpochDay(toEpochDay(d) + n);
}

/** 0 = Sunday … 6 = Saturday, like `Date.prototype.getDay`. */
export function dayOfWeek(d: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareLocalDate(a: LocalDate, b: LocalDate): number {
  // Four-digit zero-padded years make the lexical order the chronological order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from a to b: 1 for consecutive days, negative when b is earlier. */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** A business month `YYYY-MM` moved by n months (reports, samples and rollups count in these). */
export function shiftMonth(month: string, n: number): string {
  return addMonths(parseLocalDate(`${month}-01`), n).slice(0, 7);
}

/** Adds months, clamping to the end of a shorter month (01-31 + 1 month → 02-28 or 02-29). */
export function addMonths(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'months');
  const { year, month, day } = localDateParts(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
    throw new DomainError('INVALID_DATE', `日期超出支持的范围（公元 1 年至 9999 年）：${newYear} 年`);
  }
  return fromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Adds years; 02-29 becomes 02-28 in a common year. */
export function addYears(d: LocalDate, n: number): LocalDate {
  requireInteger(n, 'years');
  return addMonths(d, n * 12);
}
