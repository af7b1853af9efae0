import { type CalendarDay, dayLabel } from '../../calendarKinds';
import { weekdayIndex } from '../../format';
import { useI18n } from '../../i18n/i18n';

interface Props {
  year: number;
  /** 1–12 */
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  today: string;
  onSelect?: (day: CalendarDay) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function MonthGrid({ year, month, days, today, onSelect }: Props) {
  const { lang, t } = useI18n();
  const title = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dates = Array.from({ length }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`);
  const leading = weekdayIndex(dates[0] ?? `${year}-${pad(month)}-01`);

  return (
    <div className="cal-month">
      <div className="cal-month-title">{title}</div>
      <div className="cal-grid">
        {t('calendar.weekdays')
          .split(',')
          .map((w) => (
            <div key={w} className="cal-weekday">
              {w}
            </div>
          ))}
        {Array.from({ length: leading }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed blank cells before the 1st of the month.
          <div key={`blank-${i}`} />
        ))}
        {dates.map((date) => {
          const day = days.get(date);
          if (!day) return <div key={date} />;
          const hint = `${date} ${dayLabel(day, t)}${day.overridden ? ` (${t('calendar.overriddenMark')})` : ''}`;
          const className = `cal-day cal-${day.kind}${date === today ? ' cal-today' : ''}`;
          const content = (
            <>
              <span className="cal-num">{Number(date.slice(8))}</span>
              {day.name && <span className="cal-name">{day.name}</span>}
              {day.overridden && <span className="cal-dot" />}
            </>
          );
          return onSelect ? (
            <button key={date} type="button" className={className} title={hint} onClick={() => onSelect(day)}>
              {content}
            </button>
          ) : (
            <div key={date} className={className} title={hint}>
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
}
