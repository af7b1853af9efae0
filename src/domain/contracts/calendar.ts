import { z } from 'zod';
import { LocalDateString } from './common.js';

export const DayKind = z.enum(['workday', 'weekend', 'holiday', 'makeup_workday']);

export const CalendarDay = z.object({
  date: LocalDateString,
  kind: DayKind,
  working: z.boolean(),
  name: z.string().optional(),
  overridden: z.boolean(),
});

export const CalendarYear = z.object({
  year: z.number().int(),
  published: z.boolean(),
  workingDayCount: z.number().int(),
  days: z.array(CalendarDay),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const YearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const CalendarOverrideBody = z.object({
  kind: z.enum(['workday', 'holiday']),
  name: z.string().trim().max(40).optional(),
});
export type CalendarOverrideBody = z.infer<typeof CalendarOverrideBody>;

export const AddWorkingDaysQuery = z.object({
  from: LocalDateString,
  days: z.coerce.number().int().min(0).max(366),
});
export const AddWorkingDaysResult = z.object({
  from: LocalDateString,
  days: z.number().int(),
  result: LocalDateString,
});
