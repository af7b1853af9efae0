import { Flex } from 'antd';
import { DAY_KINDS, type DayKind } from '../../calendarKinds';
import { useT } from '../../i18n/i18n';

export function CalendarLegend() {
  const t = useT();
  return (
    <Flex gap={16} wrap align="center">
      {(Object.keys(DAY_KINDS) as DayKind[]).map((kind) => (
        <Flex key={kind} gap={6} align="center">
          <span className={`cal-swatch cal-${kind}`} />
          {t(DAY_KINDS[kind].label)}
        </Flex>
      ))}
      <Flex gap={6} align="center">
        <span className="cal-swatch cal-workday">
          <span className="cal-dot" />
        </span>
        {t('calendar.overriddenMark')}
      </Flex>
    </Flex>
  );
}
