import type { CalendarYear } from '../domain/contracts/calendar';
import type { Translate } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';

export type CalendarDay = CalendarYear['days'][number];
export type DayKind = CalendarDay['kind'];

/** How each kind of day looks wherever it is shown (workbench tag, calendar grid, legend). */
export const DAY_KINDS: Record<DayKind, { label: MessageKey; tagColor: string }> = {
  workday: { label: 'day.workday', tagColor: 'green' },
  weekend: { label: 'day.weekend', tagColor: 'default' },
  holiday: { label: 'day.holiday', tagColor: 'red' },
  makeup_workday: { label: 'day.makeup_workday', tagColor: 'orange' },
};

/** "法定节假日 · 春节": the kind always, so a named make-up working day never reads like a holiday. */
export function dayLabel(day: CalendarDay, t: Translate): string {
  const kind = t(DAY_KINDS[day.kind].label);
  return day.name ? `${kind} · ${day.name}` : kind;
}
