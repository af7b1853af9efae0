import { CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Popconfirm, Row, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CalendarYear } from '../../../domain/contracts/calendar';
import { api, withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import type { CalendarDay } from '../../calendarKinds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { CalendarLegend } from './CalendarLegend';
import { MonthGrid } from './MonthGrid';
import { type OverrideDraft, OverrideModal } from './OverrideModal';
import { OverridesCard } from './OverridesCard';
import type { OverrideList } from './overrides';
import './calendar.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export default function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const canManage = can(useCurrentUser(), 'calendar.manage');
  const today = todayInShanghai();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || Number(today.slice(0, 4));

  const calendar = useApiQuery<CalendarYear>(`/calendar/${year}`);
  const overrides = useApiQuery<OverrideList>(canManage ? withQuery('/calendar/overrides', { year }) : null);
  const [draft, setDraft] = useState<OverrideDraft>();
  const [publishing, setPublishing] = useState(false);

  // The hook keeps the previous year's data while the next loads; never draw it under the new year.
  const data = calendar.data?.year === year ? calendar.data : undefined;
  const unpublishedError = calendar.error?.code === 'CALENDAR_NOT_PUBLISHED';
  const notPublished = unpublishedError || data?.published === false;
  const days = useMemo(() => new Map(data?.days.map((d) => [d.date, d])), [data]);

  const reloadAll = () => {
    calendar.reload();
    overrides.reload();
  };

  const publish = async () => {
    setPublishing(true);
    try {
      await api.post(`/calendar/${year}/publish`);
      message.success(t('calendar.publishedOk', { year }));
      reloadAll();
    } catch (e) {
      message.error(describeError(e, t));
    } finally {
      setPublishing(false);
    }
  };

  const editDay = (day: CalendarDay) => {
    const existing = overrides.data?.items.find((o) => o.date === day.date);
    setDraft(existing ?? { date: day.date, kind: day.working ? 'holiday' : 'workday' });
  };

  return (
    <PageContainer
      title={t('menu.calendar')}
      extra={
        <>
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('calendar.year')}
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => value && setParams({ year: String(value.year()) })}
          />
          <Button icon={<ReloadOutlined />} onClick={reloadAll}>
            {t('common.refresh')}
          </Button>
          {canManage && notPublished && (
            <Popconfirm
              title={t('calendar.publishConfirm', { year })}
              okText={t('calendar.publish', { year })}
              cancelText={t('common.cancel')}
              onConfirm={publish}
            >
              <Button type="primary" icon={<CloudUploadOutlined />} loading={publishing}>
                {t('calendar.publish', { year })}
              </Button>
            </Popconfirm>
          )}
        </>
      }
    >
      {calendar.error && !unpublishedError && <ErrorAlert error={calendar.error} onRetry={calendar.reload} />}
      {unpublishedError && (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.notPublished.title', { year })}
          description={
            <>
              {t('calendar.notPublished.detail')}
              {canManage && <div>{t('calendar.notPublished.adminHint')}</div>}
            </>
          }
        />
      )}
      {data?.published === false && (
        <Alert type="warning" showIcon title={t('calendar.unpublishedBanner', { year })} />
      )}
      {!calendar.error && (
        <Spin spinning={calendar.loading}>
          <Card>
            <Flex vertical gap={16}>
              <Flex justify="space-between" wrap gap={12}>
                <CalendarLegend />
                {data && (
                  <Typography.Text strong>
                    {t('calendar.workingDayCount', { count: data.workingDayCount })}
                  </Typography.Text>
                )}
              </Flex>
              {canManage && data && (
                <Typography.Text type="secondary">{t('calendar.clickHint')}</Typography.Text>
              )}
              <Row gutter={[12, 12]}>
                {data &&
                  MONTHS.map((month) => (
                    <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                      <MonthGrid
                        year={year}
                        month={month}
                        days={days}
                        today={today}
                        onSelect={canManage ? editDay : undefined}
                      />
                    </Col>
                  ))}
              </Row>
            </Flex>
          </Card>
        </Spin>
      )}
      {canManage && <OverridesCard overrides={overrides} onEdit={setDraft} onChanged={reloadAll} />}
      {draft && (
        <OverrideModal
          year={year}
          draft={draft}
          onClose={() => setDraft(undefined)}
          onSaved={() => {
            setDraft(undefined);
            reloadAll();
          }}
        />
      )}
    </PageContainer>
  );
}
