import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Table } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../domain/access/roles';
import type { Branch, StaffUser } from '../../../domain/contracts/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { UserFormModal } from './UserFormModal';

/** `null` = creating a new user, a user = editing that one. */
type Editing = StaffUser | null | undefined;

export default function UsersPage() {
  const { lang, t } = useI18n();
  const users = useApiQuery<{ items: StaffUser[] }>('/users');
  const branches = useApiQuery<{ items: Branch[] }>('/branches');
  const [editing, setEditing] = useState<Editing>();
  const error = users.error ?? branches.error;

  return (
    <PageContainer
      title={t('menu.users')}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={users.reload}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!branches.data}
            onClick={() => setEditing(null)}
          >
            {t('users.create')}
          </Button>
        </>
      }
    >
      {error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            users.reload();
            branches.reload();
          }}
        />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<StaffUser>
            rowKey="id"
            loading={users.loading}
            dataSource={users.data?.items ?? []}
            pagination={{
              pageSize: 50,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            columns={[
              { title: t('users.col.username'), dataIndex: 'username', className: 'mono' },
              { title: t('users.col.displayName'), dataIndex: 'displayName' },
              {
                title: t('users.col.role'),
                dataIndex: 'role',
                render: (role: StaffUser['role']) => ROLE_LABELS[role][lang],
              },
              {
                title: t('users.col.branch'),
                dataIndex: 'branch',
                render: (branch: StaffUser['branch']) => branch?.name ?? t('shell.companyWide'),
              },
              {
                title: t('users.col.status'),
                dataIndex: 'active',
                render: (active: boolean) =>
                  active ? (
                    <Badge status="success" text={t('users.active')} />
                  ) : (
                    <Badge status="default" text={t('users.inactive')} />
                  ),
              },
              {
                title: t('users.col.createdAt'),
                dataIndex: 'createdAt',
                render: (at: string) => formatDateTime(at),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 90,
                render: (_, user) => (
                  <Button type="link" size="small" onClick={() => setEditing(user)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      {editing !== undefined && (
        <UserFormModal
          user={editing ?? undefined}
          branches={branches.data?.items ?? []}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            users.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
