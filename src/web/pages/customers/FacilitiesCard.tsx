import { Badge, Card, Table, Typography } from 'antd';
import type { Customer } from '../../../domain/contracts/customers';
import { FACILITY_KIND_LABELS, METER_KIND_LABELS } from '../../../domain/customers/customer-types';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/i18n';

type Facility = Customer['facilities'][number];

/** The meter, pipes and valves on the account: what the inspector will seal or remove at closure. */
export function FacilitiesCard({ facilities }: { facilities: Facility[] }) {
  const { lang, t } = useI18n();
  return (
    <Card title={t('customers.facilities')} styles={{ body: { padding: 0 } }}>
      <Table<Facility>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={facilities}
        locale={{ emptyText: t('customers.facilities.none') }}
        columns={[
          {
            title: t('customers.facility.kind'),
            dataIndex: 'facility',
            width: 140,
            render: (k: Facility['facility']) => FACILITY_KIND_LABELS[k][lang],
          },
          {
            title: t('customers.facility.meterKind'),
            dataIndex: 'meterKind',
            width: 180,
            render: (k: Facility['meterKind']) =>
              k ? METER_KIND_LABELS[k][lang] : <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: t('customers.facility.serialNo'),
            dataIndex: 'serialNo',
            width: 200,
            render: (serial: string) => <span className="mono">{serial}</span>,
          },
          {
            title: t('customers.facility.status'),
            dataIndex: 'status',
            width: 200,
            render: (status: Facility['status'], f) =>
              status === 'in_service' ? (
                <Badge status="success" text={t('customers.facility.inService')} />
              ) : (
                <Badge
                  status="default"
                  text={t('customers.facility.removedOn', { date: formatDate(f.removedAt) })}
                />
              ),
          },
          {
            title: t('customers.facility.description'),
            dataIndex: 'description',
            render: (d: string) => d || <Typography.Text type="secondary">—</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
