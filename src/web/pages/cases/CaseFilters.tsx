import { Select } from 'antd';
import { CASE_STATE_LABELS, CASE_STATES } from '../../../domain/closure/states';
import type { Branch } from '../../../domain/contracts/users';
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPES } from '../../../domain/customers/customer-types';
import type { useListParams } from '../../components/useListParams';
import { useI18n } from '../../i18n/i18n';

type ListParams = ReturnType<typeof useListParams>;

/** Filters of a case list, kept in the URL by `useListParams`; the outlet filter only for company-wide roles. */
export function CaseFilters({
  list,
  branches,
  showOutlet,
  showOverdue = false,
}: {
  list: ListParams;
  branches: Branch[] | undefined;
  showOutlet: boolean;
  showOverdue?: boolean;
}) {
  const { lang, t } = useI18n();
  return (
    <>
      <Select
        aria-label={t('cases.col.state')}
        style={{ width: 150 }}
        value={list.filter('state')}
        onChange={(value: string) => list.setFilter('state', value)}
        options={[
          { value: '', label: t('cases.filter.allStates') },
          ...CASE_STATES.map((s) => ({ value: s, label: CASE_STATE_LABELS[s][lang] })),
        ]}
      />
      <Select
        aria-label={t('cases.col.type')}
        style={{ width: 130 }}
        value={list.filter('type')}
        onChange={(value: string) => list.setFilter('type', value)}
        options={[
          { value: '', label: t('cases.filter.allTypes') },
          ...CUSTOMER_TYPES.map((k) => ({ value: k, label: CUSTOMER_TYPE_LABELS[k][lang] })),
        ]}
      />
      {showOverdue && (
        <Select
          aria-label={t('cases.filter.overdue')}
          style={{ width: 140 }}
          value={list.filter('overdue')}
          onChange={(value: string) => list.setFilter('overdue', value)}
          options={[
            { value: '', label: t('cases.filter.anyDeadline') },
            { value: 'true', label: t('cases.filter.overdueOnly') },
            { value: 'false', label: t('cases.filter.notOverdue') },
          ]}
        />
      )}
      {showOutlet && (
        <Select
          aria-label={t('cases.col.outlet')}
          style={{ width: 150 }}
          value={list.filter('outlet')}
          loading={!branches}
          onChange={(value: string) => list.setFilter('outlet', value)}
          options={[
            { value: '', label: t('cases.filter.allOutlets') },
            ...(branches ?? []).map((b) => ({ value: b.code, label: b.name })),
          ]}
        />
      )}
    </>
  );
}
