import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isCompanyWide } from '../../../domain/access/roles';
import type { CustomerListItem, CustomerPage } from '../../../domain/contracts/customers';
import type { Branch } from '../../../domain/contracts/users';
import {
  ACCOUNT_STATUS_LABELS,
  ACCOUNT_STATUSES,
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
} from '../../../domain/customers/customer-types';
import { withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { useI18n } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { CustomerFormModal } from './CustomerFormModal';
import { customerPath, STATUS_COLORS } from './labels';

export default function CustomersPage() {
  const { lang, t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const companyWide = isCompanyWide(user.role);
  const list = useListParams();
  const q = list.filter('q');
  const type = list.filter('type');
  const status = list.filter('status');
  const outlet = list.filter('outlet');
  const customers = useApiQuery<CustomerPage>(
    withQuery('/customers', {
      q,
      type,
      status,
      outlet: companyWide ? outlet : undefined,
      page: list.page,
      pageSize: list.pageSize,
    }),
  );
  // Staff of one outlet only ever see their own; the outlet filter and the form need the list otherwise.
  const branches = useApiQuery<{ items: Branch[] }>('/branches');
  const [creating, setCreating] = useState(false);

  return (
    <PageContainer
      title={t('menu.customers')}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={customers.reload}>
            {t('common.refresh')}
          </Button>
          {can(user, 'customers.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!branches.data}
              onClick={() => setCreating(true)}
            >
              {t('customers.create')}
            </Button>
          )}
        </>
      }
    >
      <Flex gap={12} wrap align="center">
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('customers.searchPlaceholder')}
          aria-label={t('customers.searchLabel')}
          style={{ maxWidth: 460 }}
          onSearch={(value) => list.setFilter('q', value.trim())}
        />
        <Select
          aria-label={t('customers.col.type')}
          style={{ width: 140 }}
          value={type}
          onChange={(value: string) => list.setFilter('type', value)}
          options={[
            { value: '', label: t('customers.filter.allTypes') },
            ...CUSTOMER_TYPES.map((k) => ({ value: k, label: CUSTOMER_TYPE_LABELS[k][lang] })),
          ]}
        />
        <Select
          aria-label={t('customers.col.status')}
          style={{ width: 150 }}
          value={status}
          onChange={(value: string) => list.setFilter('status', value)}
          options={[
            { value: '', label: t('customers.filter.allStatuses') },
            ...ACCOUNT_STATUSES.map((s) => ({ value: s, label: ACCOUNT_STATUS_LABELS[s][lang] })),
          ]}
        />
        {companyWide && (
          <Select
            aria-label={t('customers.col.outlet')}
            style={{ width: 170 }}
            value={outlet}
            loading={branches.loading}
            onChange={(value: string) => list.setFilter('outlet', value)}
            options={[
              { value: '', label: t('customers.filter.allOutlets') },
              ...(branches.data?.items ?? []).map((b) => ({ value: b.code, label: b.name })),
            ]}
          />
        )}
      </Flex>
      {customers.error ? (
        <ErrorAlert error={customers.error} onRetry={customers.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<CustomerListItem>
            rowKey="accountNo"
            loading={customers.loading}
            dataSource={customers.data?.items ?? []}
            pagination={list.pagination(customers.data?.total)}
            locale={{ emptyText: q ? t('customers.noMatch', { q }) : undefined }}
            onRow={(customer) => ({
              onClick: (event) => {
                // Links inside the row navigate by themselves.
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(customerPath(customer.accountNo));
              },
              style: { cursor: 'pointer' },
            })}
            scroll={{ x: 1100 }}
            columns={[
              {
                title: t('customers.col.accountNo'),
                dataIndex: 'accountNo',
                width: 130,
                render: (accountNo: string) => (
                  <Link className="mono" to={customerPath(accountNo)}>
                    {accountNo}
                  </Link>
                ),
              },
              { title: t('customers.col.name'), dataIndex: 'name', width: 150, ellipsis: true },
              {
                title: t('customers.col.type'),
                dataIndex: 'type',
                width: 110,
                className: 'nowrap',
                render: (k: CustomerListItem['type']) => CUSTOMER_TYPE_LABELS[k][lang],
              },
              {
                title: t('customers.col.idNumber'),
                dataIndex: 'idNumber',
                width: 180,
                render: (idNumber: string) => <span className="mono nowrap">{idNumber}</span>,
              },
              {
                title: t('customers.col.phone'),
                dataIndex: 'phone',
                width: 120,
                render: (phone: string) => <span className="mono nowrap">{phone}</span>,
              },
              {
                title: t('customers.col.address'),
                dataIndex: 'address',
                ellipsis: true,
                render: (address: string) => (
                  <Typography.Text title={address} ellipsis>
                    {address}
                  </Typography.Text>
                ),
              },
              {
                title: t('customers.col.outlet'),
                dataIndex: 'outlet',
                width: 120,
                render: (o: CustomerListItem['outlet']) => o.name,
              },
              {
                title: t('customers.col.status'),
                dataIndex: 'status',
                width: 110,
                render: (s: CustomerListItem['status']) => (
                  <Tag color={STATUS_COLORS[s]}>{ACCOUNT_STATUS_LABELS[s][lang]}</Tag>
                ),
              },
            ]}
          />
        </Card>
      )}
      {creating && (
        <CustomerFormModal
          branches={branches.data?.items ?? []}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            navigate(customerPath(created.accountNo));
          }}
        />
      )}
    </PageContainer>
  );
}
