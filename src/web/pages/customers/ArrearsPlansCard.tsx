import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Customer } from '../../../domain/contracts/customers';
import { formatMoney } from '../../format';
import { useT } from '../../i18n/i18n';

const STATUS_COLOR: Record<Customer['arrearsPlans'][number]['status'], string> = {
  pending: 'processing',
  approved: 'processing',
  rejected: 'default',
  signed: 'blue',
  broken: 'error',
  completed: 'success',
};

/** the account's repayment plans, so a broken plan is seen wherever the customer is looked up. */
export function ArrearsPlansCard({ plans }: { plans: Customer['arrearsPlans'] }) {
  const t = useT();
  if (!plans.length) return null;
  return (
    <Card title={t('customers.plans.title')} size="small" style={{ marginTop: 16 }}>
      <Table
        size="small"
        rowKey="caseNo"
        pagination={false}
        dataSource={plans}
        columns={[
          {
            title: t('customers.plans.case'),
            dataIndex: 'caseNo',
            render: (v: string) => <Link to={`/cases/${v}`}>{v}</Link>,
          },
          {
            title: t('customers.plans.status'),
            dataIndex: 'status',
            render: (v: Customer['arrearsPlans'][number]['status'], row) => (
              <Tag color={STATUS_COLOR[v]}>
                {t(`customers.plans.status.${v}`)}
                {v === 'broken' && row.brokenInstallment
                  ? t('customers.plans.brokenAt', { n: row.brokenInstallment })
                  : ''}
              </Tag>
            ),
          },
          {
            title: t('customers.plans.agreement'),
            dataIndex: 'agreementNo',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('customers.plans.total'),
            dataIndex: 'total',
            align: 'right',
            render: (v: string) => <span className="amount">{formatMoney(v)}</span>,
          },
          {
            title: t('customers.plans.finalDue'),
            dataIndex: 'finalDueDate',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
    </Card>
  );
}
