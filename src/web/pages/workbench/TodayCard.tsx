import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { AddWorkingDaysResult, CalendarYear } from '../../../domain/contracts/calendar';
import { type ApiError, withQuery } from '../../api';
import { DAY_KINDS, dayLabel } from '../../calendarKinds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai, weekdayName } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';

const isUnpublished = (error: ApiError | undefined) => error?.code === 'CALENDAR_NOT_PUBLISHED';

export function TodayCard() {
  const { lang, t } = useI18n();
  const today = todayInShanghai();
  const year = today.slice(0, 4);
  const calendar = useApiQuery<CalendarYear>(`/calendar/${year}`);
  const next = useApiQuery<z.infer<typeof AddWorkingDaysResult>>(
    withQuery('/calendar/add-working-days', { from: today, days: 1 }),
  );

  const day = calendar.data?.days.find((d) => d.date === today);
  const failed = calendar.error ?? next.error;

  return (
    <Card title={t('workbench.today')} style={{ height: '100%' }}>
      {failed &&
        (isUnpublished(failed) ? (
          <Alert type="warning" showIcon title={t('workbench.calendarNotPublished', { year })} />
        ) : (
          <ErrorAlert
            error={failed}
            onRetry={() => {
              calendar.reload();
              next.reload();
            }}
          />
        ))}
      {!failed && (calendar.loading || next.loading) && <Skeleton active paragraph={{ rows: 2 }} />}
      {!failed && day && next.data && (
        <Flex vertical gap={12}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {today} {weekdayName(today, lang)}
            </Typography.Text>
            <Tag color={DAY_KINDS[day.kind].tagColor}>{dayLabel(day, t)}</Tag>
          </Flex>
          <Typography.Text type="secondary">
            {t('workbench.nextWorkingDay', {
              date: `${next.data.result} ${weekdayName(next.data.result, lang)}`,
            })}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
