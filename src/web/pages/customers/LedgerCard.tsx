import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Ledger } from '../../../domain/contracts/customers';
import {
  CHARGE_KIND_LABELS,
  CHARGE_KINDS,
  type ChargeKind,
  PAYMENT_METHOD_LABELS,
} from '../../../domain/ledger/ledger';
import { formatYuan, parseYuan, sumFen } from '../../../domain/money';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatMoney, isPositiveAmount } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { ApiQuery } from '../../useApiQuery';
import { ChargeFormModal, PaymentFormModal } from './LedgerForms';

type Charge = Ledger['charges'][number];
type Payment = Ledger['payments'][number];
interface KindRow {
  kind: ChargeKind;
  charged: string;
  paid: string;
  outstanding: string;
}

/** An amount cell: ¥, two decimals, right-aligned; owed money in red. */
function Money({ value, owed = false }: { value: string; owed?: boolean }) {
  return (
    <Typography.Text className="amount" type={owed && isPositiveAmount(value) ? 'danger' : undefined}>
      {formatMoney(value)}
    </Typography.Text>
  );
}

/** Paid towards the charges of these kinds, summed in fen. */
function sumPaid(rows: KindRow[]): string {
  return formatYuan(sumFen(rows.map((r) => parseYuan(r.paid))));
}

const moneyColumn = { align: 'right' as const, width: 130 };

/** 账务: what was charged, what was paid, and what is still owed, per kind and item by item. */
export function LedgerCard({
  accountNo,
  query,
  onChanged,
}: {
  accountNo: string;
  query: ApiQuery<Ledger>;
  onChanged: () => void;
}) {
  const { lang, t } = useI18n();
  const user = useCurrentUser();
  const [form, setForm] = useState<'charge' | 'payment'>();
  const ledger = query.data;
  const totals = ledger?.totals;
  // Kinds never charged on this account would only add rows of zeros.
  const kindRows: KindRow[] = totals
    ? CHARGE_KINDS.filter((k) => isPositiveAmount(totals.byKind[k].charged)).map((k) => ({
        kind: k,
        ...totals.byKind[k],
      }))
    : [];
  const saved = () => {
    setForm(undefined);
    onChanged();
  };

  return (
    <Card
      title={t('ledger.title')}
      data-testid="ledger-card"
      extra={
        <Flex gap={8}>
          <Button size="small" icon={<ReloadOutlined />} loading={query.loading} onClick={query.reload}>
            {t('common.refresh')}
          </Button>
          {can(user, 'ledger.charge') && (
            <Button size="small" icon={<PlusOutlined />} disabled={!ledger} onClick={() => setForm('charge')}>
              {t('ledger.addCharge')}
            </Button>
          )}
          {can(user, 'ledger.payment') && (
            <Button
              size="small"
              type="primary"
              icon={<PlusOutlined />}
              disabled={!ledger}
              onClick={() => setForm('payment')}
            >
              {t('ledger.addPayment')}
            </Button>
          )}
        </Flex>
      }
    >
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={query.reload} />
      ) : !ledger || !totals ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : (
        <Flex vertical gap={20}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('ledger.totalCharged')} value={formatMoney(totals.totalCharged)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('ledger.totalPaid')} value={formatMoney(totals.totalPaid)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('ledger.outstanding')}
                value={formatMoney(totals.outstanding)}
                styles={{
                  content: { color: isPositiveAmount(totals.outstanding) ? '#cf1322' : '#389e0d' },
                }}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('ledger.credit')} value={formatMoney(totals.credit)} />
            </Col>
          </Row>

          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('ledger.byKind')}
            </Typography.Title>
            <Table<KindRow>
              rowKey="kind"
              size="small"
              bordered
              style={{ maxWidth: 760 }}
              pagination={false}
              dataSource={kindRows}
              locale={{ emptyText: t('ledger.noCharges') }}
              columns={[
                {
                  title: t('ledger.col.kind'),
                  dataIndex: 'kind',
                  render: (k: ChargeKind) => CHARGE_KIND_LABELS[k][lang],
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.charged'),
                  dataIndex: 'charged',
                  render: (v: string) => <Money value={v} />,
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.paid'),
                  dataIndex: 'paid',
                  render: (v: string) => <Money value={v} />,
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.outstanding'),
                  dataIndex: 'outstanding',
                  render: (v: string) => <Money value={v} owed />,
                },
              ]}
              summary={() =>
                kindRows.length > 1 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('ledger.sum')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <Money value={totals.totalCharged} />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {/* Paid towards charges; money beyond them is credit, shown above. */}
                      <Money value={sumPaid(kindRows)} />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <Money value={totals.outstanding} owed />
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
          </Flex>

          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('ledger.charges', { count: ledger.charges.length })}
            </Typography.Title>
            <Table<Charge>
              rowKey="id"
              size="small"
              pagination={ledger.charges.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={ledger.charges}
              locale={{ emptyText: t('ledger.noCharges') }}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('ledger.col.kind'),
                  dataIndex: 'kind',
                  width: 110,
                  render: (k: ChargeKind) => CHARGE_KIND_LABELS[k][lang],
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.amount'),
                  dataIndex: 'amount',
                  render: (v: string) => <Money value={v} />,
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.paid'),
                  dataIndex: 'paid',
                  render: (v: string) => <Money value={v} />,
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.outstanding'),
                  dataIndex: 'outstanding',
                  render: (v: string) => <Money value={v} owed />,
                },
                {
                  title: t('ledger.col.dueDate'),
                  dataIndex: 'dueDate',
                  width: 120,
                  render: (d: string) => <span className="amount">{d}</span>,
                },
                {
                  title: t('ledger.col.note'),
                  dataIndex: 'note',
                  ellipsis: true,
                  render: (n: string) => n || <Typography.Text type="secondary">—</Typography.Text>,
                },
                {
                  title: t('ledger.col.createdBy'),
                  dataIndex: 'createdBy',
                  width: 110,
                  render: (by: string | null) =>
                    by ?? <Typography.Text type="secondary">{t('ledger.bySystem')}</Typography.Text>,
                },
              ]}
            />
          </Flex>

          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('ledger.payments', { count: ledger.payments.length })}
            </Typography.Title>
            <Table<Payment>
              rowKey="id"
              size="small"
              pagination={ledger.payments.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={ledger.payments}
              locale={{ emptyText: t('ledger.noPayments') }}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('ledger.col.paidAt'),
                  dataIndex: 'paidAt',
                  width: 150,
                  render: (at: string) => <span className="amount">{formatDateTime(at)}</span>,
                },
                {
                  ...moneyColumn,
                  title: t('ledger.col.paidAmount'),
                  dataIndex: 'amount',
                  render: (v: string) => <Money value={v} />,
                },
                {
                  title: t('ledger.col.method'),
                  dataIndex: 'method',
                  width: 110,
                  render: (m: Payment['method']) => PAYMENT_METHOD_LABELS[m][lang],
                },
                {
                  title: t('ledger.col.receiptNo'),
                  dataIndex: 'receiptNo',
                  width: 160,
                  render: (r: string | null) =>
                    r ? (
                      <span className="mono">{r}</span>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ),
                },
                {
                  title: t('ledger.col.note'),
                  dataIndex: 'note',
                  ellipsis: true,
                  render: (n: string) => n || <Typography.Text type="secondary">—</Typography.Text>,
                },
                {
                  title: t('ledger.col.handledBy'),
                  dataIndex: 'createdBy',
                  width: 110,
                  render: (by: string | null) =>
                    by ?? <Typography.Text type="secondary">{t('ledger.bySystem')}</Typography.Text>,
                },
              ]}
            />
          </Flex>
        </Flex>
      )}
      {form === 'charge' && (
        <ChargeFormModal accountNo={accountNo} onClose={() => setForm(undefined)} onSaved={saved} />
      )}
      {form === 'payment' && totals && (
        <PaymentFormModal
          accountNo={accountNo}
          outstanding={totals.outstanding}
          onClose={() => setForm(undefined)}
          onSaved={saved}
        />
      )}
    </Card>
  );
}
