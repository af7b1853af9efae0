import { sql } from 'drizzle-orm';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';
import type { PolicyValues } from '../../domain/settings/policy-parameters.js';
import { calendarFrom } from '../calendar/calendar.service.js';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import { policyFromRows } from './settings.service.js';

export interface Rules {
  policy: PolicyValues;
  calendar: WorkingDayCalendar;
}

/**
 * Policy parameters and the working-day calendar as they stand now, in one round trip. Read per
 * action rather than cached, so an admin's change applies at once in every server process.
 */
export async function loadRules(db: Database): Promise<Rules> {
  const [row] = await queryRows<{ settings: unknown; overrides: unknown; years: unknown }>(
    db,
    sql`select
      (select coalesce(json_agg(json_build_object('id', id, 'value', value)), '[]'::json) from policy_settings) as settings,
      (select coalesce(json_agg(json_build_object('date', date::text, 'kind', kind, 'name', name)), '[]'::json) from calendar_overrides) as overrides,
      (select coalesce(json_agg(year), '[]'::json) from calendar_published_years) as years`,
  );
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    policy: policyFromRows(parse(row?.settings ?? [])),
    calendar: calendarFrom({
      overrides: parse(row?.overrides ?? []),
      publishedYears: parse(row?.years ?? []),
    }),
  };
}
