import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  addCalendarDays,
  addMonths,
  addYears,
  calendarDaysBetween,
  compareLocalDate,
  dayOfWeek,
  fromEpochDay,
  isLocalDate,
  type LocalDate,
  parseLocalDate,
  shanghaiToday,
  toEpochDay,
  toShanghaiDate,
} from './local-date.js';

const d = (s: string) => parseLocalDate(s);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseLocalDate', () => {
  it('accepts real dates including 29 February of leap years', () => {
    expect(parseLocalDate('2026-03-15')).toBe('2026-03-15');
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(parseLocalDate('2000-02-29')).toBe('2000-02-29');
    expect(parseLocalDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    ['2026-02-30', '2026 年 2 月只有 28 天'],
    ['2026-02-29', '2026 年 2 月只有 28 天'],
    ['1900-02-29', '1900 年 2 月只有 28 天'],
    ['2026-04-31', '2026 年 4 月只有 30 天'],
    ['2026-13-01', '月份应在 01 至 12 之间'],
    ['2026-00-10', '月份应在 01 至 12 之间'],
    ['2026-01-00', '日不能为 00'],
    ['0000-01-01', '年份不能为 0000'],
  ])('refuses %s and says why', (input, why) => {
    const error = errorOf(() => parseLocalDate(input));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(why);
  });

  it.each(['2026-3-5', '2026/03/05', '20260305', '2026-03-05T00:00:00Z', ' 2026-03-05', '', 'today'])(
    'refuses the malformed %j with the expected format in the message',
    (input) => {
      const error = errorOf(() => parseLocalDate(input));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.message).toContain('yyyy-MM-dd');
    },
  );
});

describe('isLocalDate', () => {
  it('tells valid dates from everything else', () => {
    expect(isLocalDate('2026-10-01')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-10-1')).toBe(false);
    expect(isLocalDate(20261001)).toBe(false);
    expect(isLocalDate(undefined)).toBe(false);
  });
});

describe('Shanghai dates of instants', () => {
  it('uses UTC+8 whatever the host time zone', () => {
    expect(toShanghaiDate(new Date('2026-03-15T15:59:59.999Z'))).toBe('2026-03-15');
    expect(toShanghaiDate(new Date('2026-03-15T16:00:00.000Z'))).toBe('2026-03-16');
    expect(toShanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(toShanghaiDate(new Date('2026-01-01T00:30:00+08:00'))).toBe('2026-01-01');
    expect(toShanghaiDate(new Date('2025-12-31T23:59:00-05:00'))).toBe('2026-01-01');
  });

  it('handles instants before 1970', () => {
    expect(toShanghaiDate(new Date('1969-12-31T15:59:59Z'))).toBe('1969-12-31');
    expect(toShanghaiDate(new Date('1969-12-31T16:00:00Z'))).toBe('1970-01-01');
  });

  it('shanghaiToday reads the given clock', () => {
    expect(shanghaiToday(new Date('2026-06-30T20:00:00Z'))).toBe('2026-07-01');
    expect(isLocalDate(shanghaiToday())).toBe(true);
  });

  it('refuses an invalid Date', () => {
    expect(errorOf(() => toShanghaiDate(new Date('nope'))).code).toBe('INVALID_DATE');
  });
});

describe('calendar arithmetic', () => {
  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays(d('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addCalendarDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addCalendarDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addCalendarDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addCalendarDays(d('2026-03-15'), 30)).toBe('2026-04-14');
    expect(addCalendarDays(d('2026-03-15'), 0)).toBe('2026-03-15');
    expect(addCalendarDays(d('2026-01-01'), 365)).toBe('2027-01-01');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addCalendarDays(d('2026-01-01'), 1.5)).toThrow(RangeError);
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek(d('1970-01-01'))).toBe(4);
    expect(dayOfWeek(d('2026-10-01'))).toBe(4);
    expect(dayOfWeek(d('2026-10-10'))).toBe(6);
    expect(dayOfWeek(d('2026-09-20'))).toBe(0);
    expect(dayOfWeek(d('2025-01-01'))).toBe(3);
    expect(dayOfWeek(d('2000-01-01'))).toBe(6);
    expect(dayOfWeek(d('1949-10-01'))).toBe(6);
  });

  it('compares dates chronologically', () => {
    expect(compareLocalDate(d('2026-01-02'), d('2026-01-10'))).toBeLessThan(0);
    expect(compareLocalDate(d('2026-01-10'), d('2026-01-02'))).toBeGreaterThan(0);
    expect(compareLocalDate(d('2026-01-10'), d('2026-01-10'))).toBe(0);
  });

  it('counts calendar days between dates', () => {
    expect(calendarDaysBetween(d('2026-01-01'), d('2026-01-31'))).toBe(30);
    expect(calendarDaysBetween(d('2026-01-01'), d('2027-01-01'))).toBe(365);
    expect(calendarDaysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(calendarDaysBetween(d('2026-03-15'), d('2026-03-01'))).toBe(-14);
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2026-03-31'), 1)).toBe('2026-04-30');
    expect(addMonths(d('2026-11-15'), 2)).toBe('2027-01-15');
    expect(addMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
    expect(addMonths(d('2026-05-31'), -3)).toBe('2026-02-28');
    expect(addMonths(d('2026-06-10'), 0)).toBe('2026-06-10');
  });

  it('adds years, 29 February becoming 28 February in common years', () => {
    expect(addYears(d('2026-07-01'), 30)).toBe('2056-07-01');
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addYears(d('2026-07-01'), -10)).toBe('2016-07-01');
  });

  it('converts to and from epoch days', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
    expect(toEpochDay(d('1970-01-02'))).toBe(1);
    expect(toEpochDay(d('1969-12-31'))).toBe(-1);
    expect(toEpochDay(d('2000-03-01'))).toBe(11017);
    expect(fromEpochDay(11017)).toBe('2000-03-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('round-trips every day from 1899 to 2101 through epoch days', () => {
    const mismatches: string[] = [];
    let date: LocalDate = d('1899-01-01');
    let epochDay = toEpochDay(date);
    let count = 0;
    while (date !== '2101-01-01') {
      if (fromEpochDay(epochDay) !== date) mismatches.push(date);
      const next = addCalendarDays(date, 1);
      if (toEpochDay(next) !== epochDay + 1) mismatches.push(next);
      date = next;
      epochDay += 1;
      count += 1;
    }
    expect(mismatches).toEqual([]);
    // 202 years, 49 of them leap years (1900 and 2100 are not).
    expect(count).toBe(202 * 365 + 49);
  });

  it('refuses dates outside years 0001–9999', () => {
    expect(errorOf(() => addCalendarDays(d('9999-12-31'), 1)).code).toBe('INVALID_DATE');
    expect(errorOf(() => addYears(d('9999-01-01'), 1)).code).toBe('INVALID_DATE');
  });
});

describe('shiftMonth', () => {
  it('moves a business month across year ends both ways', async () => {
    const { shiftMonth } = await import('./local-date.js');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-12', -12)).toBe('2025-12');
  });
});
