import { toShanghaiDate } from '../../domain/calendar/local-date.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MS_PER_DAY = 86_400_000;

/** An instant as people in China read it on paper, whatever time zone the server runs in. */
export function formatShanghaiDateTime(instant: Date): string {
  const msOfDay = (((instant.getTime() + SHANGHAI_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const minutes = Math.floor(msOfDay / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${toShanghaiDate(instant)} ${hh}:${mm}`;
}
