import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex } from 'antd';
import { isCompanyWide } from '../../../domain/access/roles';
import type { CasePage } from '../../../domain/contracts/cases';
import type { Branch } from '../../../domain/contracts/users';
import { withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { CaseFilters } from '../cases/CaseFilters';
import { CaseTable } from '../cases/CaseTable';

/**
 * 我的待办: the cases where this user has an action to take now, nearest deadline first (the
 * server decides both). Filters live in the workbench's URL like every other list.
 */
export function MyWork() {
  const t = useT();
  const user = useCurrentUser();
  const companyWide = isCompanyWide(user.role);
  const list = useListParams();
  const readable = can(user, 'cases.read');
  const work = useApiQuery<CasePage>(
    readable
      ? withQuery('/cases', {
          mine: 'true',
          state: list.filter('state'),
          type: list.filter('type'),
          outlet: companyWide ? list.filter('outlet') : undefined,
          page: list.page,
          pageSize: list.pageSize,
        })
      : null,
  );
  const branches = useApiQuery<{ items: Branch[] }>(readable && companyWide ? '/branches' : null);
  const filtered = Boolean(list.filter('state') || list.filter('type') || list.filter('outlet'));

  return (
    <Card
      data-testid="my-work"
      title={
        <Flex align="center" gap={8}>
          {t('workbench.myWork')}
          {work.data && work.data.total > 0 && <Badge count={work.data.total} color="#1559c6" />}
        </Flex>
      }
      extra={
        readable && (
          <Button size="small" icon={<ReloadOutlined />} loading={work.loading} onClick={work.reload}>
            {t('common.refresh')}
          </Button>
        )
      }
      styles={{ body: { padding: readable ? 0 : undefined } }}
    >
      {!readable ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.myWork.empty')} />
      ) : (
        <>
          {(filtered || (work.data?.total ?? 0) > 0) && (
            <Flex gap={12} wrap style={{ padding: '12px 16px' }}>
              <CaseFilters list={list} branches={branches.data?.items} showOutlet={companyWide} />
            </Flex>
          )}
          {work.error ? (
            <div style={{ padding: 16 }}>
              <ErrorAlert error={work.error} onRetry={work.reload} />
            </div>
          ) : (
            <CaseTable
              items={work.data?.items ?? []}
              loading={work.loading}
              pagination={list.pagination(work.data?.total)}
              showOutlet={companyWide}
              emptyText={
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(filtered ? 'workbench.myWork.noMatch' : 'workbench.myWork.empty')}
                />
              }
            />
          )}
        </>
      )}
    </Card>
  );
}
