/**
 * The State Council's holiday arrangements (国务院办公厅 节假日安排), as shipped by `chinese-days`.
 *
 * The package's functions (`isWorkday`, `getDayDetail`) are not used: they parse the date as UTC
 * midnight and then read it back in the host's local time, so in a browser west of UTC they answer
 * for the previous day. Its raw data is plain and zone-free, so that is read instead.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { LocalDate } from './local-date.js';

interface StatutoryData {
  /** date → "English name,中文名,days" for days off. */
  holidays: Record<string, string>;
  /** date → same, for weekend days that are make-up working days (调休上班). */
  workdays: Record<string, string>;
}

const statutory = data as unknown as StatutoryData;

export interface StatutoryDay {
  kind: 'holiday' | 'makeup_workday';
  /** Chinese festival name, e.g. 国庆节; for a make-up day, the festival it makes up for. */
  name: string;
}

/** The package abbreviates three festivals; staff and customers expect the full names on notices. */
const FULL_NAMES: Readonly<Record<string, string>> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function chineseName(entry: string): string {
  const [english = '', chinese = ''] = entry.split(',');
  const name = chinese.trim() || english.trim();
  return FULL_NAMES[name] ?? name;
}

/**
 * Years for which the package carries an arrangement. Every arrangement has at least New Year's Day
 * off, so "has a holiday entry" is a reliable test; a year without one has not been published yet
 * and must not be mistaken for a year of plain weekends.
 */
export const STATUTORY_YEARS: readonly number[] = Object.freeze(
  [...new Set(Object.keys(statutory.holidays).map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b),
);

const statutoryYearSet = new Set(STATUTORY_YEARS);

export function hasStatutoryYear(year: number): boolean {
  return statutoryYearSet.has(year);
}

/** The statutory arrangement for a date, or undefined for an ordinary weekday or weekend. */
export function statutoryDay(date: LocalDate): StatutoryDay | undefined {
  const workday = statutory.workdays[date];
  if (workday !== undefined) {
    return { kind: 'makeup_workday', name: chineseName(workday) };
  }
  const holiday = statutory.holidays[date];
  if (holiday !== undefined) {
    return { kind: 'holiday', name: chineseName(holiday) };
  }
  return undefined;
}
