import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { ArchiveItem, ArchivePage as ArchivePageSchema } from '../../../domain/contracts/archive';
import { withQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { formatDateTime, todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { casePath } from '../cases/labels';
import { customerPath } from '../customers/labels';

type ArchivePageData = z.infer<typeof ArchivePageSchema>;

export const archivePath = (archiveNo: string) => `/archive/${encodeURIComponent(archiveNo)}`;

/** Where a file stands: kept, frozen by a complaint or dispute, past its retention, or destroyed. */
export function ArchiveStatusTag({ item }: { item: ArchiveItem }) {
  const t = useT();
  if (item.disposedAt) return <Tag>{t('archive.status.disposed')}</Tag>;
  if (item.legalHold) return <Tag color="red">{t('archive.status.legalHold')}</Tag>;
  if (item.retainUntil && item.retainUntil < todayInShanghai())
    return <Tag color="orange">{t('archive.status.expired')}</Tag>;
  return <Tag color="green">{t('archive.status.kept')}</Tag>;
}

/** 档案查询 (R-16): closed cases' files by account, name, case, certificate or archive number and closure date. */
export default function ArchivePage() {
  const t = useT();
  const navigate = useNavigate();
  const list = useListParams();
  const q = list.filter('q');
  const from = list.filter('from');
  const to = list.filter('to');
  const archive = useApiQuery<ArchivePageData>(
    withQuery('/archive', { q, from, to, page: list.page, pageSize: list.pageSize }),
  );
  return (
    <PageContainer
      title={t('menu.archive')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={archive.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Flex gap={12} wrap align="center">
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('archive.searchPlaceholder')}
          aria-label={t('archive.searchLabel')}
          style={{ maxWidth: 460 }}
          onSearch={(value) => list.setFilter('q', value.trim())}
        />
        <DatePicker.RangePicker
          aria-label={t('archive.closedBetween')}
          placeholder={[t('archive.closedFrom'), t('archive.closedTo')]}
          format="YYYY-MM-DD"
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(range) => {
            list.setFilters({
              from: range?.[0]?.format('YYYY-MM-DD') ?? '',
              to: range?.[1]?.format('YYYY-MM-DD') ?? '',
            });
          }}
        />
      </Flex>
      {archive.error ? (
        <ErrorAlert error={archive.error} onRetry={archive.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<ArchiveItem>
            rowKey="archiveNo"
            data-testid="archive-table"
            loading={archive.loading}
            dataSource={archive.data?.items ?? []}
            pagination={list.pagination(archive.data?.total)}
            scroll={{ x: 1100 }}
            onRow={(item) => ({
              onClick: (event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(archivePath(item.archiveNo));
              },
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('archive.col.archiveNo'),
                dataIndex: 'archiveNo',
                width: 140,
                render: (no: string) => (
                  <Link className="mono" to={archivePath(no)}>
                    {no}
                  </Link>
                ),
              },
              {
                title: t('archive.col.customer'),
                key: 'customer',
                width: 200,
                render: (_, i) => (
                  <Flex vertical>
                    <span>{i.customerName}</span>
                    <Link className="mono" to={customerPath(i.accountNo)} style={{ fontSize: 12 }}>
                      {i.accountNo}
                    </Link>
                  </Flex>
                ),
              },
              {
                title: t('archive.col.caseNo'),
                dataIndex: 'caseNo',
                width: 130,
                render: (no: string) => (
                  <Link className="mono" to={casePath(no)}>
                    {no}
                  </Link>
                ),
              },
              {
                title: t('archive.col.certificateNo'),
                dataIndex: 'certificateNo',
                width: 130,
                render: (no: string | null) => <span className="mono">{no ?? '—'}</span>,
              },
              { title: t('archive.col.category'), dataIndex: 'category', width: 140, ellipsis: true },
              {
                title: t('archive.col.closedOn'),
                dataIndex: 'closedOn',
                width: 110,
                render: (d: string) => <span className="mono">{d}</span>,
              },
              {
                title: t('archive.col.retainUntil'),
                dataIndex: 'retainUntil',
                width: 110,
                render: (d: string | null) => <span className="mono">{d ?? t('impl.archive.forever')}</span>,
              },
              {
                title: t('archive.col.location'),
                dataIndex: 'location',
                ellipsis: true,
                render: (l: string) => l || <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                title: t('archive.col.status'),
                key: 'status',
                width: 100,
                render: (_, i) => <ArchiveStatusTag item={i} />,
              },
              {
                title: t('archive.col.archivedAt'),
                dataIndex: 'archivedAt',
                width: 150,
                render: (at: string, i) => (
                  <Flex vertical>
                    <span className="nowrap">{formatDateTime(at)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {i.archivedBy}
                    </Typography.Text>
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
    </PageContainer>
  );
}
