import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { FeeScheduleItem, PublicFeeSchedule } from '../../../domain/contracts/fees';
import {
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  type CustomerType,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  type FacilityKind,
} from '../../../domain/customers/customer-types';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n/i18n';

interface MatrixRow {
  facility: FacilityKind;
  cells: Partial<Record<CustomerType, FeeScheduleItem>>;
}

/**
 * 收费标准: one row per facility kind, one column per customer type, each fee with the day it took
 * effect. Kinds without any published fee are left out.
 */
export function FeeMatrix({ schedule }: { schedule: PublicFeeSchedule }) {
  const { lang, t } = useI18n();
  const rows: MatrixRow[] = FACILITY_KINDS.map((facility) => ({
    facility,
    cells: Object.fromEntries(
      schedule.inForce.filter((i) => i.facilityKind === facility).map((i) => [i.customerType, i]),
    ),
  })).filter((r) => Object.keys(r.cells).length > 0);
  return (
    <Table<MatrixRow>
      className="fee-matrix"
      data-testid="fee-matrix"
      rowKey="facility"
      pagination={false}
      bordered
      dataSource={rows}
      scroll={{ x: 560 }}
      locale={{ emptyText: t('fees.none') }}
      columns={[
        {
          title: t('fees.col.facility'),
          dataIndex: 'facility',
          width: 100,
          fixed: 'left',
          render: (f: FacilityKind) => (
            <Typography.Text strong>{FACILITY_KIND_LABELS[f][lang]}</Typography.Text>
          ),
        },
        ...CUSTOMER_TYPES.map((type) => ({
          title: CUSTOMER_TYPE_LABELS[type][lang],
          key: type,
          align: 'right' as const,
          render: (_: unknown, row: MatrixRow) => {
            const item = row.cells[type];
            if (!item) return <Typography.Text type="secondary">—</Typography.Text>;
            return (
              <Flex vertical align="flex-end">
                <Typography.Text strong className="amount" style={{ fontSize: 16 }}>
                  {formatMoney(item.amount)}
                </Typography.Text>
                <Typography.Text type="secondary" className="nowrap" style={{ fontSize: 12 }}>
                  {t('fees.since', { date: item.effectiveFrom })}
                </Typography.Text>
                {item.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.note}
                  </Typography.Text>
                )}
              </Flex>
            );
          },
        })),
      ]}
    />
  );
}

/** Versions announced for later, with the fee they replace, so nobody is surprised on the day. */
export function UpcomingFees({ schedule }: { schedule: PublicFeeSchedule }) {
  const { lang, t } = useI18n();
  if (schedule.upcoming.length === 0) {
    return <Typography.Text type="secondary">{t('fees.upcoming.none')}</Typography.Text>;
  }
  const current = (i: FeeScheduleItem) =>
    schedule.inForce.find((c) => c.customerType === i.customerType && c.facilityKind === i.facilityKind);
  const upcoming = [...schedule.upcoming].sort(
    (a, b) =>
      a.effectiveFrom.localeCompare(b.effectiveFrom) ||
      CUSTOMER_TYPES.indexOf(a.customerType) - CUSTOMER_TYPES.indexOf(b.customerType) ||
      FACILITY_KINDS.indexOf(a.facilityKind) - FACILITY_KINDS.indexOf(b.facilityKind),
  );
  return (
    <Flex vertical gap={12}>
      <Alert
        type="warning"
        showIcon
        title={t('fees.upcoming.notice', { date: upcoming[0]?.effectiveFrom ?? '' })}
      />
      <Table<FeeScheduleItem>
        size="small"
        data-testid="fee-upcoming"
        rowKey={(i) => `${i.customerType}-${i.facilityKind}-${i.effectiveFrom}`}
        pagination={false}
        dataSource={upcoming}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('fees.col.effectiveFrom'),
            dataIndex: 'effectiveFrom',
            width: 120,
            render: (d: string) => <Tag color="orange">{d}</Tag>,
          },
          {
            title: t('fees.col.customerType'),
            dataIndex: 'customerType',
            width: 90,
            render: (c: CustomerType) => CUSTOMER_TYPE_LABELS[c][lang],
          },
          {
            title: t('fees.col.facility'),
            dataIndex: 'facilityKind',
            width: 100,
            render: (f: FacilityKind) => FACILITY_KIND_LABELS[f][lang],
          },
          {
            title: t('fees.col.current'),
            key: 'current',
            align: 'right',
            width: 110,
            render: (_, i) => <span className="amount">{formatMoney(current(i)?.amount)}</span>,
          },
          {
            title: t('fees.col.new'),
            dataIndex: 'amount',
            align: 'right',
            width: 110,
            render: (a: string) => (
              <Typography.Text strong className="amount">
                {formatMoney(a)}
              </Typography.Text>
            ),
          },
          { title: t('fees.col.note'), dataIndex: 'note', render: (n: string) => n || '—' },
        ]}
      />
    </Flex>
  );
}
