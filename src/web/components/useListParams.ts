import type { TablePaginationConfig } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../i18n/i18n';

const DEFAULT_PAGE_SIZE = 20;

function positiveInt(text: string | null): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Filters and paging of a server-paged list, kept in the URL so a filtered view can be linked to,
 * survives a reload, and the browser's back button steps back through pages.
 */
export function useListParams() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page')) ?? 1;
  const pageSize = positiveInt(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  return {
    page,
    pageSize,
    filter: (name: string) => params.get(name) ?? '',
    /** A new filter starts again from the first page. */
    setFilter: (name: string, value: string) => update({ [name]: value, page: undefined }),
    /** Several filters at once (a date range), as one history entry. */
    setFilters: (values: Record<string, string>) => update({ ...values, page: undefined }),
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: page,
      pageSize,
      total,
      showSizeChanger: true,
      showTotal: (count) => t('common.total', { total: count }),
      onChange: (nextPage, nextSize) =>
        update({
          page: nextSize === pageSize ? nextPage : undefined,
          pageSize: nextSize === DEFAULT_PAGE_SIZE ? undefined : nextSize,
        }),
    }),
  };
}
