import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { addCalendarDays, dayOfWeek, type LocalDate, parseLocalDate } from './local-date.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const d = (s: string) => parseLocalDate(s);
const calendar = new WorkingDayCalendar();

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** Expands "MM-DD" and "MM-DD..MM-DD" ranges of SPEC §9 into dates. */
function dates(year: number, ...ranges: string[]): LocalDate[] {
  const out: LocalDate[] = [];
  for (const range of ranges) {
    const [from, to = from] = range.split('..') as [string, string?];
    let date = d(`${year}-${from}`);
    const last = d(`${year}-${to}`);
    for (;;) {
      out.push(date);
      if (date === last) break;
      date = addCalendarDays(date, 1);
    }
  }
  return out;
}

// SPEC §9, written out as published by the State Council.
const OFF_2025 = dates(
  2025,
  '01-01',
  '01-28..02-04',
  '04-04..04-06',
  '05-01..05-05',
  '05-31..06-02',
  '10-01..10-08',
);
const MAKEUP_2025 = dates(2025, '01-26', '02-08', '04-27', '09-28', '10-11');
const OFF_2026 = dates(
  2026,
  '01-01..01-03',
  '02-15..02-23',
  '04-04..04-06',
  '05-01..05-05',
  '06-19..06-21',
  '09-25..09-27',
  '10-01..10-07',
);
const MAKEUP_2026 = dates(2026, '01-04', '02-14', '02-28', '05-09', '09-20', '10-10');

describe('R-27 statutory calendar 2025 and 2026 (SPEC §9)', () => {
  it('R-27 expands the SPEC §9 lists to the expected number of days', () => {
    expect(OFF_2025).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(OFF_2026).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
  });

  it.each([
    [2025, OFF_2025],
    [2026, OFF_2026],
  ])('R-27 every %i day off of SPEC §9 is a holiday, not a working day', (_year, off) => {
    for (const date of off) {
      const info = calendar.dayInfo(date);
      expect({ date, working: info.working, kind: info.kind }).toEqual({
        date,
        working: false,
        kind: 'holiday',
      });
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
  });

  it.each([
    [2025, MAKEUP_2025],
    [2026, MAKEUP_2026],
  ])('R-27 every %i make-up working day (调休) of SPEC §9 is a working weekend day', (_year, makeup) => {
    for (const date of makeup) {
      const info = calendar.dayInfo(date);
      expect({ date, working: info.working, kind: info.kind }).toEqual({
        date,
        working: true,
        kind: 'makeup_workday',
      });
      expect([0, 6]).toContain(dayOfWeek(date));
    }
  });

  it.each([
    [2025, OFF_2025, MAKEUP_2025],
    [2026, OFF_2026, MAKEUP_2026],
  ])('R-27 in %i every other date is a working day exactly when it is Monday–Friday', (year, off, makeup) => {
    const special = new Set<string>([...off, ...makeup]);
    const wrong = calendar
      .yearDays(year)
      .filter((day) => !special.has(day.date))
      .filter((day) => {
        const weekday = dayOfWeek(day.date) >= 1 && dayOfWeek(day.date) <= 5;
        return day.working !== weekday || day.kind !== (weekday ? 'workday' : 'weekend');
      });
    expect(wrong).toEqual([]);
  });

  it('R-27 both years have 248 working days', () => {
    // 261 weekdays − 18 weekdays off + 5 make-up days (2025); 261 − 19 + 6 (2026).
    expect(calendar.yearDays(2025).filter((day) => day.working)).toHaveLength(248);
    expect(calendar.yearDays(2026).filter((day) => day.working)).toHaveLength(248);
    expect(calendar.workingDaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(248);
    expect(calendar.workingDaysBetween(d('2025-12-31'), d('2026-12-31'))).toBe(248);
  });

  it('R-27 ordinary days around the holidays', () => {
    expect(calendar.dayInfo(d('2026-09-30'))).toEqual({
      date: '2026-09-30',
      kind: 'workday',
      working: true,
      overridden: false,
    });
    expect(calendar.dayInfo(d('2026-10-11'))).toEqual({
      date: '2026-10-11',
      kind: 'weekend',
      working: false,
      overridden: false,
    });
    expect(calendar.isWorkingDay(d('2026-10-08'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-10-09'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-09-19'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-02-24'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-02-13'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-02-21'))).toBe(false);
    expect(calendar.isWorkingDay(d('2025-10-09'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-12'))).toBe(false);
    expect(calendar.isWorkingDay(d('2025-01-27'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-02-05'))).toBe(true);
  });

  it('R-27 names holidays and make-up days after the festival', () => {
    expect(calendar.dayInfo(d('2026-10-01'))).toEqual({
      date: '2026-10-01',
      kind: 'holiday',
      working: false,
      name: '国庆节',
      overridden: false,
    });
    expect(calendar.dayInfo(d('2026-10-10')).name).toBe('国庆节');
    expect(calendar.dayInfo(d('2026-09-25')).name).toBe('中秋节');
    expect(calendar.dayInfo(d('2026-02-17')).name).toBe('春节');
    expect(calendar.dayInfo(d('2026-06-19')).name).toBe('端午节');
    expect(calendar.dayInfo(d('2026-04-05')).name).toBe('清明节');
    expect(calendar.dayInfo(d('2026-05-01')).name).toBe('劳动节');
    expect(calendar.dayInfo(d('2026-01-01')).name).toBe('元旦');
    expect(calendar.dayInfo(d('2025-10-06')).name).toBe('中秋节');
  });
});

describe('R-27 addWorkingDays (SPEC §4: the N-th working day after D, D never counts)', () => {
  it.each([
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 3, '2026-10-10'], // Saturday make-up day counts
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-30', 5, '2026-10-13'],
    ['2026-09-24', 1, '2026-09-28'], // Mid-Autumn Friday and the weekend are skipped
    ['2026-09-24', 3, '2026-09-30'],
    ['2026-09-24', 4, '2026-10-08'],
    ['2026-09-18', 1, '2026-09-20'], // Sunday make-up day
    ['2026-09-19', 1, '2026-09-20'],
    ['2026-09-21', 15, '2026-10-19'], // P-REMOVAL across National Day
    ['2026-09-29', 10, '2026-10-19'], // P-RECTIFY across National Day
  ])('R-27 National Day 2026: %s + %i working days = %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2026-10-01', 1, '2026-10-08'],
    ['2026-10-07', 1, '2026-10-08'],
    ['2026-10-03', 3, '2026-10-10'],
    ['2026-02-20', 1, '2026-02-24'],
    ['2026-10-11', 1, '2026-10-12'], // an ordinary Sunday
  ])('R-27 from a day off %s + %i = %s (D itself never counts)', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2026-10-08', 1, '2026-10-09'],
    ['2026-10-10', 1, '2026-10-12'],
    ['2026-03-16', 3, '2026-03-19'],
  ])('R-27 from a working day %s + %i = %s (D itself never counts)', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-13', 1, '2026-02-14'], // Saturday make-up day before the festival
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-13', 3, '2026-02-25'],
    ['2026-02-23', 1, '2026-02-24'],
    ['2026-02-26', 2, '2026-02-28'], // Saturday make-up day after the festival
    ['2026-02-26', 3, '2026-03-02'],
  ])('R-27 Spring Festival 2026: %s + %i = %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-24', 2, '2025-01-27'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 4, '2025-10-13'],
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-12-31', 1, '2026-01-04'], // across the year end onto the Sunday make-up day
    ['2025-12-31', 2, '2026-01-05'],
  ])('R-27 2025 and the year ends: %s + %i = %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });

  it('R-27 n = 0 returns D, even on a holiday', () => {
    expect(calendar.addWorkingDays(d('2026-10-01'), 0)).toBe('2026-10-01');
  });

  it('R-27 negative n counts back (deadline warnings, P-WARN)', () => {
    expect(calendar.addWorkingDays(d('2026-10-08'), -1)).toBe('2026-09-30');
    expect(calendar.addWorkingDays(d('2026-10-12'), -1)).toBe('2026-10-10');
    expect(calendar.addWorkingDays(d('2026-02-24'), -2)).toBe('2026-02-13');
  });

  it('refuses a fractional number of working days', () => {
    expect(() => calendar.addWorkingDays(d('2026-03-16'), 1.5)).toThrow(RangeError);
  });
});

describe('R-27 workingDaysBetween counts d with from < d ≤ to', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 1],
    ['2026-09-30', '2026-10-10', 3],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-10-01', '2026-10-01', 0],
    ['2026-10-12', '2026-10-08', 0],
    ['2026-02-13', '2026-02-24', 2],
    ['2026-02-14', '2026-02-23', 0],
    ['2026-03-13', '2026-03-20', 5],
    ['2025-12-31', '2026-01-05', 2],
    ['2026-09-21', '2026-10-19', 15],
  ])('R-27 %s → %s: %i working days', (from, to, expected) => {
    expect(calendar.workingDaysBetween(d(from), d(to))).toBe(expected);
  });
});

describe('R-27 unpublished years fail loudly', () => {
  it('R-27 the package publishes 2004–2026 and not 2027', () => {
    expect(calendar.isPublished(2025)).toBe(true);
    expect(calendar.isPublished(2026)).toBe(true);
    expect(calendar.isPublished(2004)).toBe(true);
    expect(calendar.isPublished(2027)).toBe(false);
    expect(calendar.isPublished(2003)).toBe(false);
    const years = calendar.publishedYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
  });

  it('R-27 any question about 2027 throws CALENDAR_NOT_PUBLISHED naming the year', () => {
    const questions: Array<() => unknown> = [
      () => calendar.isWorkingDay(d('2027-01-04')),
      () => calendar.dayInfo(d('2027-06-01')),
      () => calendar.yearDays(2027),
      () => calendar.addWorkingDays(d('2026-12-30'), 3),
      () => calendar.addWorkingDays(d('2027-01-04'), 1),
      () => calendar.workingDaysBetween(d('2026-12-01'), d('2027-01-05')),
    ];
    for (const ask of questions) {
      const error = errorOf(ask);
      expect(error.code).toBe('CALENDAR_NOT_PUBLISHED');
      expect(error.message).toContain('2027 年的法定节假日安排尚未发布');
      expect(error.message).toContain('请管理员录入');
    }
  });

  it('R-27 dates of 2026 up to the year end still work', () => {
    expect(calendar.addWorkingDays(d('2026-12-30'), 1)).toBe('2026-12-31');
    expect(calendar.workingDaysBetween(d('2026-12-01'), d('2026-12-31'))).toBe(22);
  });

  it('R-27 does not count weekends only for a year before the data either', () => {
    expect(errorOf(() => calendar.isWorkingDay(d('2003-05-06'))).code).toBe('CALENDAR_NOT_PUBLISHED');
  });
});

describe('R-27 admin data', () => {
  it('R-27 an override turns a workday into a holiday', () => {
    const cal = new WorkingDayCalendar({
      publishedYears: [],
      overrides: [{ date: d('2026-03-10'), kind: 'holiday', name: '台风停工' }],
    });
    expect(cal.dayInfo(d('2026-03-10'))).toEqual({
      date: '2026-03-10',
      kind: 'holiday',
      working: false,
      name: '台风停工',
      overridden: true,
    });
    expect(cal.addWorkingDays(d('2026-03-09'), 1)).toBe('2026-03-11');
    expect(calendar.addWorkingDays(d('2026-03-09'), 1)).toBe('2026-03-10');
  });

  it('R-27 an override turns a statutory holiday into a workday and drops the festival name', () => {
    const cal = new WorkingDayCalendar({
      publishedYears: [],
      overrides: [{ date: d('2026-10-07'), kind: 'workday' }],
    });
    expect(cal.dayInfo(d('2026-10-07'))).toEqual({
      date: '2026-10-07',
      kind: 'workday',
      working: true,
      overridden: true,
    });
    expect(cal.addWorkingDays(d('2026-09-30'), 1)).toBe('2026-10-07');
  });

  it('R-27 an override makes a Saturday a working day, or a make-up day a day off', () => {
    const cal = new WorkingDayCalendar({
      publishedYears: [],
      overrides: [
        { date: d('2026-03-14'), kind: 'workday' },
        { date: d('2026-10-10'), kind: 'holiday' },
        { date: d('2026-10-01'), kind: 'holiday' },
      ],
    });
    expect(cal.dayInfo(d('2026-03-14')).kind).toBe('makeup_workday');
    expect(cal.isWorkingDay(d('2026-03-14'))).toBe(true);
    expect(cal.addWorkingDays(d('2026-03-13'), 1)).toBe('2026-03-14');
    expect(cal.addWorkingDays(d('2026-09-30'), 3)).toBe('2026-10-12');
    // agreeing with the statutory arrangement keeps its name
    expect(cal.dayInfo(d('2026-10-01'))).toEqual({
      date: '2026-10-01',
      kind: 'holiday',
      working: false,
      name: '国庆节',
      overridden: true,
    });
  });

  it('R-27 an admin-published 2027 without holidays entered counts weekends and then works', () => {
    const cal = new WorkingDayCalendar({ publishedYears: [2027], overrides: [] });
    expect(cal.isPublished(2027)).toBe(true);
    expect(cal.publishedYears().at(-1)).toBe(2027);
    expect(cal.isWorkingDay(d('2027-01-01'))).toBe(true);
    expect(cal.dayInfo(d('2027-01-02')).kind).toBe('weekend');
    expect(cal.addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(cal.addWorkingDays(d('2026-12-31'), 2)).toBe('2027-01-04');
    expect(cal.yearDays(2027)).toHaveLength(365);
    expect(cal.yearDays(2027).filter((day) => day.working)).toHaveLength(261);
    expect(errorOf(() => cal.isWorkingDay(d('2028-01-03'))).message).toContain('2028 年');
  });

  it('R-27 admin-entered 2027 holidays are honoured', () => {
    const cal = new WorkingDayCalendar({
      publishedYears: [2027],
      overrides: [{ date: d('2027-01-01'), kind: 'holiday', name: '元旦' }],
    });
    expect(cal.addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-04');
    expect(cal.workingDaysBetween(d('2026-12-30'), d('2027-01-04'))).toBe(2);
  });

  it('R-27 overrides alone do not publish a year', () => {
    const cal = new WorkingDayCalendar({
      publishedYears: [],
      overrides: [{ date: d('2027-01-01'), kind: 'holiday' }],
    });
    expect(errorOf(() => cal.isWorkingDay(d('2027-01-01'))).code).toBe('CALENDAR_NOT_PUBLISHED');
  });

  it('refuses two overrides for the same date', () => {
    const error = errorOf(
      () =>
        new WorkingDayCalendar({
          publishedYears: [],
          overrides: [
            { date: d('2026-03-10'), kind: 'holiday' },
            { date: d('2026-03-10'), kind: 'workday' },
          ],
        }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('2026-03-10');
  });

  it('refuses an override with an invalid date', () => {
    const error = errorOf(
      () =>
        new WorkingDayCalendar({
          publishedYears: [],
          overrides: [{ date: '2026-02-30' as LocalDate, kind: 'holiday' }],
        }),
    );
    expect(error.code).toBe('INVALID_DATE');
  });

  it('yearDays returns copies, so callers cannot change the calendar', () => {
    const days = calendar.yearDays(2026);
    const first = days[0];
    expect(first?.date).toBe('2026-01-01');
    if (first) first.working = true;
    expect(calendar.isWorkingDay(d('2026-01-01'))).toBe(false);
  });
});
