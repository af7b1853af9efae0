import { Flex, Table, type TablePaginationConfig, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseListItem } from '../../../domain/contracts/cases';
import { CUSTOMER_TYPE_LABELS } from '../../../domain/customers/customer-types';
import { useI18n } from '../../i18n/i18n';
import {
  actionLabel,
  CASE_STATE_COLORS,
  casePath,
  caseStateLabel,
  deadlineLabel,
  TRACK_SHORT_NAMES,
  type TrackName,
  trackStateColor,
  trackStateLabel,
} from './labels';

const TRACKS: TrackName[] = ['cs', 'safety', 'finance'];
/** Possible on almost every open case (withdraw, reject, dispute): listed after the case's next step, in grey. */
const SECONDARY_ACTIONS = new Set(['withdraw', 'reject', 'open-dispute']);

/** The three review tracks as small tags; before the case reaches review they say nothing, so they are left out. */
export function TrackTags({ item }: { item: Pick<CaseListItem, 'state' | 'tracks'> }) {
  const { lang, t } = useI18n();
  const untouched = TRACKS.every((k) => item.tracks[k] === 'pending');
  if (untouched && item.state !== 'under_review')
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      {TRACKS.map((k) => (
        <Tag key={k} color={trackStateColor(item.tracks[k])} className="track-tag" data-testid={`track-${k}`}>
          {t(TRACK_SHORT_NAMES[k])} · {trackStateLabel(item.tracks[k], lang)}
        </Tag>
      ))}
    </Flex>
  );
}

/** The next deadline, with a red or orange warning when it has passed or is about to. */
export function NextDeadline({ item }: { item: CaseListItem }) {
  const { lang, t } = useI18n();
  if (!item.nextDeadline) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <span className="nowrap">{deadlineLabel(item.nextDeadline.kind, lang)}</span>
      <Flex gap={4} align="center" wrap>
        <span className="mono nowrap">{item.nextDeadline.dueDate}</span>
        {item.overdue ? (
          <Tag color="red" className="track-tag">
            {t('cases.overdue')}
          </Tag>
        ) : item.dueSoon ? (
          <Tag color="orange" className="track-tag">
            {t('cases.dueSoon')}
          </Tag>
        ) : null}
      </Flex>
    </Flex>
  );
}

/** A list of closure cases: the workbench's "my work" and the case search share it. */
export function CaseTable({
  items,
  loading,
  pagination,
  showOutlet,
  emptyText,
}: {
  items: CaseListItem[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  showOutlet: boolean;
  emptyText?: ReactNode;
}) {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  return (
    <Table<CaseListItem>
      rowKey="caseNo"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      locale={emptyText ? { emptyText } : undefined}
      scroll={{ x: showOutlet ? 1180 : 1060 }}
      onRow={(item) => ({
        onClick: (event) => {
          if ((event.target as HTMLElement).closest('a')) return;
          navigate(casePath(item.caseNo));
        },
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t('cases.col.caseNo'),
          dataIndex: 'caseNo',
          width: 140,
          render: (caseNo: string) => (
            <Link className="mono nowrap" to={casePath(caseNo)}>
              {caseNo}
            </Link>
          ),
        },
        {
          title: t('cases.col.customer'),
          key: 'customer',
          width: 150,
          render: (_, item) => (
            <Flex vertical>
              <Typography.Text ellipsis title={item.customerName}>
                {item.customerName}
              </Typography.Text>
              <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                {item.accountNo}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('cases.col.type'),
          dataIndex: 'customerType',
          width: 80,
          className: 'nowrap',
          render: (k: CaseListItem['customerType']) => CUSTOMER_TYPE_LABELS[k][lang],
        },
        {
          title: t('cases.col.state'),
          dataIndex: 'state',
          width: 120,
          render: (s: CaseListItem['state']) => (
            <Tag color={CASE_STATE_COLORS[s]} className="nowrap">
              {caseStateLabel(s, lang)}
            </Tag>
          ),
        },
        {
          title: t('cases.col.tracks'),
          key: 'tracks',
          width: 190,
          render: (_, item) => <TrackTags item={item} />,
        },
        {
          title: t('cases.col.nextDeadline'),
          key: 'deadline',
          width: 170,
          render: (_, item) => <NextDeadline item={item} />,
        },
        {
          title: t('cases.col.receivedAt'),
          dataIndex: 'receivedAt',
          width: 110,
          render: (d: string) => <span className="mono nowrap">{d}</span>,
        },
        ...(showOutlet
          ? [
              {
                title: t('cases.col.outlet'),
                dataIndex: 'outlet',
                width: 120,
                render: (o: CaseListItem['outlet']) => o.name,
              },
            ]
          : []),
        {
          title: t('cases.col.myActions'),
          dataIndex: 'myActions',
          render: (actions: string[]) =>
            actions.length ? (
              <Flex gap={4} wrap>
                {[...actions]
                  .sort((a, b) => Number(SECONDARY_ACTIONS.has(a)) - Number(SECONDARY_ACTIONS.has(b)))
                  .map((a) => (
                    <Tag
                      key={a}
                      color={SECONDARY_ACTIONS.has(a) ? 'default' : 'blue'}
                      variant={SECONDARY_ACTIONS.has(a) ? 'filled' : 'outlined'}
                      className="track-tag"
                    >
                      {actionLabel(a, lang)}
                    </Tag>
                  ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ]}
    />
  );
}
