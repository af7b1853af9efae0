import { DomainError } from '../errors.js';
import {
  addCalendarDays,
  dayOfWeek,
  fromEpochDay,
  isLeapYear,
  type LocalDate,
  localDateParts,
  parseLocalDate,
  toEpochDay,
} from './local-date.js';
import { hasStatutoryYear, STATUTORY_YEARS, statutoryDay } from './statutory-holidays.js';

/** the statutory calendar plus what admins entered for years the package does not know yet. */
export interface CalendarAdminData {
  /** Years an admin declared complete, in addition to those shipped by `chinese-days`. */
  publishedYears: number[];
  /** Admin decisions per date; they win over the statutory arrangement and over weekends. */
  overrides: CalendarOverride[];
}

export interface CalendarOverride {
  date: LocalDate;
  kind: 'workday' | 'holiday';
  name?: string;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: LocalDate;
  kind: DayKind;
  working: boolean;
  /** Festival name (e.g. 国庆节); for a make-up working day, the festival it makes up for. */
  name?: string;
  overridden: boolean;
}

interface YearTable {
  firstEpochDay: number;
  days: DayInfo[];
  /** workingBefore[i] = working days among days[0..i-1] of the year; range counts become a subtraction. */
  workingBefore: number[];
}

function notPublished(year: number): DomainError {
  return new DomainError(
    'CALENDAR_NOT_PUBLISHED',
    `工作日日历中没有 ${year} 年的数据：${year} 年的法定节假日安排尚未发布或尚未录入，无法按工作日计算期限。` +
      `请管理员录入 ${year} 年的节假日和调休安排，并将该年标记为已发布。`,
  );
}

function isWeekend(date: LocalDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

function statutoryInfo(date: LocalDate): DayInfo {
  const special = statutoryDay(date);
  if (special) {
    return {
      date,
      kind: special.kind,
      working: special.kind === 'makeup_workday',
      name: special.name,
      overridden: false,
    };
  }
  const weekend = isWeekend(date);
  return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, overridden: false };
}

function overriddenInfo(date: LocalDate, override: CalendarOverride, underlying: DayInfo): DayInfo {
  const working = override.kind === 'workday';
  // Keep the statutory name only when the override agrees with it; 国庆节 on a day made working would mislead.
  const name = override.name?.trim() || (underlying.working === working ? underlying.name : undefined);
  const kind: DayKind = working ? (isWeekend(date) ? 'makeup_workday' : 'workday') : 'holiday';
  return name === undefined
    ? { date, kind, working, overridden: true }
    : { date, kind, working, name, overridden: true };
}

export class WorkingDayCalendar {
  private readonly adminYears: ReadonlySet<number>;
  private readonly overrides: ReadonlyMap<string, CalendarOverride>;
  private readonly tables = new Map<number, YearTable>();

  constructor(admin: CalendarAdminData = { publishedYears: [], overrides: [] }) {
    this.adminYears = new Set(admin.publishedYears);
    const overrides = new Map<string, CalendarOverride>();
    for (const override of admin.overrides) {
      const date = parseLocalDate(override.date);
      if (overrides.has(date)) {
        // Two rules for one day would make the answer depend on list order.
        throw new DomainError('VALIDATION_FAILED', `工作日日历中 ${date} 有重复的调整记录，请只保留一条`);
      }
      overrides.set(date, { ...override, date });
    }
    this.overrides = overrides;
  }

  isPublished(year: number): boolean {
    return hasStatutoryYear(year) || this.adminYears.has(year);
  }

  publishedYears(): number[] {
    return [...new Set([...STATUTORY_YEARS, ...this.adminYears])].sort((a, b) => a - b);
  }

  dayInfo(date: LocalDate): DayInfo {
    const { table, index } = this.locate(date);
    return { ...(table.days[index] as DayInfo) };
  }

  isWorkingDay(date: LocalDate): boolean {
    const { table, index } = this.locate(date);
    return (table.days[index] as DayInfo).working;
  }

  /** Every date of a published year, 1 January first. */
  yearDays(year: number): DayInfo[] {
    return this.table(year).days.map((day) => ({ ...day }));
  }

  /**
   * SPEC §4: "N working days from D is the N-th working day after D (D itself never counts, whether
   * or not it is a working day)". A negative n walks backwards (the day a deadline warning is due).
   */
  addWorkingDays(from: LocalDate, n: number): LocalDate {
    if (!Number.isSafeInteger(n)) {
      throw new RangeError(`working days must be an integer, got ${n}`);
    }
    const start = parseLocalDate(from);
    if (n === 0) return start;
    const step = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let date = start;
    while (remaining > 0) {
      date = addCalendarDays(date, step);
      if (this.isWorkingDay(date)) remaining -= 1;
    }
    return date;
  }

  /** Working days d with from < d ≤ to; 0 when to is not after from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    // `from` itself never counts, so its year need not be published; start the count the day after.
    const first = toEpochDay(parseLocalDate(from)) + 1;
    const last = toEpochDay(parseLocalDate(to));
    if (last < first) return 0;
    let total = 0;
    for (let year = localDateParts(fromEpochDay(first)).year; year <= localDateParts(to).year; year++) {
      const table = this.table(year);
      const lo = Math.max(first, table.firstEpochDay) - table.firstEpochDay;
      const hi = Math.min(last, table.firstEpochDay + table.days.length - 1) - table.firstEpochDay;
      total += (table.workingBefore[hi + 1] as number) - (table.workingBefore[lo] as number);
    }
    return total;
  }

  private locate(date: LocalDate): { table: YearTable; index: number } {
    const valid = parseLocalDate(date);
    const table = this.table(localDateParts(valid).year);
    return { table, index: toEpochDay(valid) - table.firstEpochDay };
  }

  private table(year: number): YearTable {
    const cached = this.tables.get(year);
    if (cached) return cached;
    if (!Number.isSafeInteger(year) || !this.isPublished(year)) {
      throw notPublished(year);
    }
    const jan1 = parseLocalDate(`${String(year).padStart(4, '0')}-01-01`);
    const firstEpochDay = toEpochDay(jan1);
    const length = isLeapYear(year) ? 366 : 365;
    const days: DayInfo[] = [];
    const workingBefore: number[] = [0];
    for (let i = 0; i < length; i++) {
      const date = fromEpochDay(firstEpochDay + i);
      const underlying = statutoryInfo(date);
      const override = this.overrides.get(date);
      const info = override ? overriddenInfo(date, override, underlying) : underlying;
      days.push(info);
      workingBefore.push((workingBefore[i] as number) + (info.working ? 1 : 0));
    }
    const built = { firstEpochDay, days, workingBefore };
    this.tables.set(year, built);
    return built;
  }
}
