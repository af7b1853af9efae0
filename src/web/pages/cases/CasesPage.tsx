import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { isCompanyWide } from '../../../domain/access/roles';
import type { CasePage } from '../../../domain/contracts/cases';
import type { Branch } from '../../../domain/contracts/users';
import { withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { NEW_CASE_PATH } from './labels';

/** 销户申请: every case the user may see, searchable by case no, account no or name. */
export default function CasesPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const companyWide = isCompanyWide(user.role);
  const list = useListParams();
  const q = list.filter('q');
  const cases = useApiQuery<CasePage>(
    withQuery('/cases', {
      q,
      state: list.filter('state'),
      type: list.filter('type'),
      overdue: list.filter('overdue'),
      outlet: companyWide ? list.filter('outlet') : undefined,
      page: list.page,
      pageSize: list.pageSize,
    }),
  );
  const branches = useApiQuery<{ items: Branch[] }>(companyWide ? '/branches' : null);

  return (
    <PageContainer
      title={t('menu.cases')}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={cases.reload}>
            {t('common.refresh')}
          </Button>
          {can(user, 'cases.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(NEW_CASE_PATH)}>
              {t('cases.create')}
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
          placeholder={t('cases.searchPlaceholder')}
          aria-label={t('cases.searchLabel')}
          style={{ maxWidth: 420 }}
          onSearch={(value) => list.setFilter('q', value.trim())}
        />
        <CaseFilters list={list} branches={branches.data?.items} showOutlet={companyWide} showOverdue />
      </Flex>
      {cases.error ? (
        <ErrorAlert error={cases.error} onRetry={cases.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <CaseTable
            items={cases.data?.items ?? []}
            loading={cases.loading}
            pagination={list.pagination(cases.data?.total)}
            showOutlet={companyWide}
            emptyText={q ? t('cases.noMatch', { q }) : undefined}
          />
        </Card>
      )}
    </PageContainer>
  );
}
