import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { weekdayName } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { ApiQuery } from '../../useApiQuery';
import type { OverrideDraft } from './OverrideModal';
import type { CalendarOverride, OverrideList } from './overrides';

interface Props {
  overrides: ApiQuery<OverrideList>;
  onEdit: (draft: OverrideDraft) => void;
  onChanged: () => void;
}

export function OverridesCard({ overrides, onEdit, onChanged }: Props) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();

  const remove = async (date: string) => {
    try {
      await api.delete(`/calendar/overrides/${date}`);
      message.success(t('calendar.override.removed', { date }));
      onChanged();
    } catch (e) {
      message.error(describeError(e, t));
    }
  };

  return (
    <Card
      title={t('calendar.overrides')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => onEdit({ kind: 'holiday' })}>
          {t('calendar.override.add')}
        </Button>
      }
    >
      {overrides.error ? (
        <ErrorAlert error={overrides.error} onRetry={overrides.reload} />
      ) : (
        <Table<CalendarOverride>
          rowKey="date"
          size="small"
          loading={overrides.loading}
          dataSource={overrides.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('calendar.overrides.empty') }}
          columns={[
            {
              title: t('calendar.override.date'),
              dataIndex: 'date',
              render: (date: string) => `${date} ${weekdayName(date, lang)}`,
            },
            {
              title: t('calendar.override.kind'),
              dataIndex: 'kind',
              render: (kind: CalendarOverride['kind']) =>
                kind === 'holiday' ? (
                  <Tag color="red">{t('calendar.override.kind.holiday')}</Tag>
                ) : (
                  <Tag color="orange">{t('calendar.override.kind.workday')}</Tag>
                ),
            },
            { title: t('calendar.override.name'), dataIndex: 'name', render: (name?: string) => name || '—' },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 160,
              render: (_, row) => (
                <Space>
                  <Button type="link" size="small" onClick={() => onEdit(row)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('calendar.override.removeConfirm', { date: row.date })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(row.date)}
                  >
                    <Button type="link" size="small" danger>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
