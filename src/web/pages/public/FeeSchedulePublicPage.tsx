import { Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import type { PublicFeeSchedule } from '../../../domain/contracts/fees';
import { withQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { FeeMatrix, UpcomingFees } from '../fees/FeeScheduleTables';

/** 收费标准公示: the removal fees in force on a day and the changes announced, for anyone to read. */
export default function FeeSchedulePublicPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? '';
  const schedule = useApiQuery<PublicFeeSchedule>(withQuery('/public/fee-schedule', { date }));
  const data = schedule.data;
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('public.fees.title')}
        </Typography.Title>
        {data && (
          <Typography.Text type="secondary">
            {t('public.fees.publisher', { company: data.companyName })}
          </Typography.Text>
        )}
      </Flex>
      {schedule.error ? (
        <ErrorAlert error={schedule.error} onRetry={schedule.reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('public.fees.asOf')}</Typography.Text>
            <DatePicker
              aria-label={t('public.fees.asOf')}
              format="YYYY-MM-DD"
              allowClear={Boolean(date)}
              value={dayjs(date || todayInShanghai())}
              onChange={(d) => setParams(d ? { date: d.format('YYYY-MM-DD') } : {})}
            />
          </Flex>
          <Card
            title={
              <span style={{ whiteSpace: 'normal' }}>{t('public.fees.inForce', { date: data.date })}</span>
            }
            styles={{ body: { padding: 0 } }}
          >
            <FeeMatrix schedule={data} />
          </Card>
          <Card title={t('public.fees.upcoming')}>
            <UpcomingFees schedule={data} />
          </Card>
          <Card size="small" title={t('public.fees.notes')}>
            <ol className="plain-list numbered" style={{ paddingInlineStart: 20 }}>
              <li>{t('public.fees.note1')}</li>
              <li>{t('public.fees.note2')}</li>
              <li>{t('public.fees.note3')}</li>
            </ol>
          </Card>
        </>
      )}
    </Flex>
  );
}
