import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Segmented, Table, Tag, Typography } from 'antd';
import type { OutboxMessage } from '../../../domain/contracts/notifications';
import { withQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';

interface OutboxPageData {
  items: OutboxMessage[];
  total: number;
  page: number;
  pageSize: number;
}

const STATUSES: Record<OutboxMessage['status'], { label: MessageKey; color: string }> = {
  pending: { label: 'outbox.status.pending', color: 'processing' },
  sent: { label: 'outbox.status.sent', color: 'success' },
  failed: { label: 'outbox.status.failed', color: 'error' },
};

const CHANNELS: Record<OutboxMessage['channel'], MessageKey> = {
  sms: 'outbox.channel.sms',
  email: 'outbox.channel.email',
  in_app: 'outbox.channel.in_app',
};

export default function OutboxPage() {
  const t = useT();
  const list = useListParams();
  const status = list.filter('status');
  const outbox = useApiQuery<OutboxPageData>(
    withQuery('/notifications/outbox', { status, page: list.page, pageSize: list.pageSize }),
  );

  return (
    <PageContainer
      title={t('menu.outbox')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={outbox.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Segmented
        style={{ alignSelf: 'flex-start' }}
        value={status}
        onChange={(value) => list.setFilter('status', value)}
        options={[
          { value: '', label: t('common.all') },
          ...(Object.keys(STATUSES) as OutboxMessage['status'][]).map((s) => ({
            value: s,
            label: t(STATUSES[s].label),
          })),
        ]}
      />
      {outbox.error ? (
        <ErrorAlert error={outbox.error} onRetry={outbox.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<OutboxMessage>
            rowKey="id"
            loading={outbox.loading}
            dataSource={outbox.data?.items ?? []}
            pagination={list.pagination(outbox.data?.total)}
            expandable={{
              expandedRowRender: (m) => (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'body',
                      label: t('outbox.body'),
                      children: (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                          {m.body}
                        </Typography.Paragraph>
                      ),
                    },
                    ...(m.lastError
                      ? [
                          {
                            key: 'error',
                            label: t('outbox.lastError'),
                            children: <Typography.Text type="danger">{m.lastError}</Typography.Text>,
                          },
                        ]
                      : []),
                  ]}
                />
              ),
            }}
            columns={[
              {
                title: t('outbox.col.createdAt'),
                dataIndex: 'createdAt',
                width: 160,
                render: (at: string) => formatDateTime(at),
              },
              {
                title: t('outbox.col.channel'),
                dataIndex: 'channel',
                width: 100,
                render: (channel: OutboxMessage['channel']) => t(CHANNELS[channel]),
              },
              { title: t('outbox.col.recipient'), dataIndex: 'recipient' },
              {
                title: t('outbox.col.template'),
                dataIndex: 'template',
                render: (template: string) => <Typography.Text className="mono">{template}</Typography.Text>,
              },
              { title: t('outbox.col.subject'), dataIndex: 'subject', ellipsis: true },
              {
                title: t('outbox.col.status'),
                dataIndex: 'status',
                width: 100,
                render: (s: OutboxMessage['status']) => (
                  <Tag color={STATUSES[s].color}>{t(STATUSES[s].label)}</Tag>
                ),
              },
              { title: t('outbox.col.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
              {
                title: t('outbox.col.sentAt'),
                dataIndex: 'sentAt',
                width: 160,
                render: (at: string | null) => formatDateTime(at),
              },
            ]}
          />
        </Card>
      )}
    </PageContainer>
  );
}
