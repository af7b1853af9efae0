import type { CalendarOverrideBody } from '../../../domain/contracts/calendar';

/** One admin-entered deviation from the statutory calendar, as GET /api/calendar/overrides lists it. */
export type CalendarOverride = CalendarOverrideBody & { date: string };
export interface OverrideList {
  items: CalendarOverride[];
}
