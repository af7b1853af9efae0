import { createContext, useContext } from 'react';
import type { Permission } from '../../domain/access/permissions';
import type { CurrentUser } from '../../domain/contracts/auth';

export interface Auth {
  /** `undefined` while the session is being checked, `null` when nobody is signed in. */
  user: CurrentUser | null | undefined;
  login: (username: string, password: string) => Promise<CurrentUser>;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for components rendered behind the login gate. */
export function useCurrentUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser without a signed-in user');
  return user;
}

/** The server decides who may do what; the UI only reads the permissions it sent. */
export function can(user: CurrentUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}
