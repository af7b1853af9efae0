import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseView } from '../../../domain/contracts/cases';
import { ApiError, api, NETWORK_ERROR } from '../../api';

export interface CaseState {
  data: CaseView | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Shows the case an action answered with, without asking again. */
  replace: (view: CaseView) => void;
}

/**
 * One case, loaded from the server and replaced by what each action returns. A slow reload never
 * overwrites a newer answer: the latest request (or action result) wins.
 */
export function useCase(caseNo: string): CaseState {
  const [state, setState] = useState<{ data?: CaseView; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    api.get<CaseView>(`/cases/${encodeURIComponent(caseNo)}`, controller.signal).then(
      (data) => {
        if (mine === generation.current) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || mine !== generation.current) return;
        setState((s) => ({
          data: s.data,
          loading: false,
          error: error instanceof ApiError ? error : new ApiError(0, NETWORK_ERROR, String(error)),
        }));
      },
    );
    return () => controller.abort();
  }, [caseNo]);

  useEffect(() => {
    setState({ loading: true });
    return load();
  }, [load]);

  const replace = useCallback((view: CaseView) => {
    generation.current++;
    setState({ data: view, loading: false });
  }, []);

  const reload = useCallback(() => {
    load();
  }, [load]);

  return { data: state.data, error: state.error, loading: state.loading, reload, replace };
}
