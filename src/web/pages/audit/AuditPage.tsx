import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/access/roles';
import type {
  AuditEntry,
  AuditPage as AuditPageData,
  AuditVerifyResult,
} from '../../../domain/contracts/audit';
import { api, withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { AuditEntryDetail } from './AuditEntryDetail';
import { VerifyResultAlert } from './VerifyResultAlert';

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

export default function AuditPage() {
  const { lang, t } = useI18n();
  const canVerify = can(useCurrentUser(), 'audit.verify');
  const list = useListParams();
  const entity = list.filter('entity');
  const log = useApiQuery<AuditPageData>(
    withQuery('/audit-log', { entity, page: list.page, pageSize: list.pageSize }),
  );
  const [verifying, setVerifying] = useState(false);
  const [verifyResult, setVerifyResult] = useState<AuditVerifyResult>();
  const [verifyError, setVerifyError] = useState<string>();

  const verify = async () => {
    setVerifying(true);
    setVerifyError(undefined);
    setVerifyResult(undefined);
    try {
      setVerifyResult(await api.post<AuditVerifyResult>('/audit-log/verify'));
    } catch (e) {
      setVerifyError(describeError(e, t));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <PageContainer
      title={t('menu.audit')}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={log.reload}>
            {t('common.refresh')}
          </Button>
          {canVerify && (
            <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
              {t('audit.verify')}
            </Button>
          )}
        </>
      }
    >
      {verifyResult && <VerifyResultAlert result={verifyResult} onClose={() => setVerifyResult(undefined)} />}
      {verifyError && <Alert type="error" showIcon title={verifyError} />}
      <Input.Search
        key={entity}
        defaultValue={entity}
        allowClear
        enterButton={t('common.search')}
        placeholder={t('audit.entityPlaceholder')}
        style={{ maxWidth: 480 }}
        onSearch={(value) => list.setFilter('entity', value.trim())}
      />
      {log.error ? (
        <ErrorAlert error={log.error} onRetry={log.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<AuditEntry>
            rowKey="id"
            loading={log.loading}
            dataSource={log.data?.items ?? []}
            pagination={list.pagination(log.data?.total)}
            expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
            columns={[
              {
                title: t('audit.col.at'),
                dataIndex: 'at',
                width: 160,
                render: (at: string) => formatDateTime(at),
              },
              {
                title: t('audit.col.entity'),
                key: 'entity',
                render: (_, entry) => {
                  const ref = `${entry.entityType}:${entry.entityId}`;
                  return (
                    <Typography.Link className="mono" onClick={() => list.setFilter('entity', ref)}>
                      {ref}
                    </Typography.Link>
                  );
                },
              },
              { title: t('audit.col.seq'), dataIndex: 'seq', width: 70, align: 'right' },
              {
                title: t('audit.col.action'),
                dataIndex: 'action',
                render: (action: string) => <Tag className="mono">{action}</Tag>,
              },
              {
                title: t('audit.col.actor'),
                dataIndex: 'actor',
                render: (actor: AuditEntry['actor']) =>
                  actor ? (
                    <>
                      {actor.username}{' '}
                      <Typography.Text type="secondary">
                        {isRole(actor.role) ? ROLE_LABELS[actor.role][lang] : actor.role}
                      </Typography.Text>
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
                  ),
              },
              {
                title: t('audit.col.hash'),
                dataIndex: 'hash',
                width: 150,
                render: (hash: string) => (
                  <Typography.Text className="mono nowrap" type="secondary" title={hash}>
                    {hash.slice(0, 12)}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Card>
      )}
    </PageContainer>
  );
}
