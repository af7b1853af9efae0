import { App } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CurrentUser, SessionResponse } from '../../domain/contracts/auth';
import { ApiError, api, onUnauthenticated } from '../api';
import { useT } from '../i18n/i18n';
import { type Auth, AuthContext } from './auth';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const { message } = App.useApp();
  const t = useT();

  useEffect(() => {
    const controller = new AbortController();
    api.get<SessionResponse>('/auth/me', controller.signal).then(
      (session) => setUser(session.user),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Anything but a clean 401 (server down, proxy error) still lands on the login page,
        // where signing in reports the actual problem.
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
        setUser(null);
      },
    );
    return () => controller.abort();
  }, []);

  // Read by the listener below, which must not re-subscribe on every sign-in.
  const signedIn = useRef(false);
  useEffect(() => {
    signedIn.current = Boolean(user);
  }, [user]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        if (signedIn.current) message.warning(t('shell.sessionExpired'));
        setUser(null);
      }),
    [message, t],
  );

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.post<SessionResponse>('/auth/login', { username, password });
    setUser(session.user);
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout');
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo<Auth>(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
