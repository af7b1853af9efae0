import { z } from 'zod';
import { ROLES } from '../access/roles.js';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const BranchRef = z.object({ code: z.string(), name: z.string() });

export const CurrentUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  branch: BranchRef.nullable(),
  companyName: z.string(),
  permissions: z.array(z.string()),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionResponse = z.object({ user: CurrentUser });
export type SessionResponse = z.infer<typeof SessionResponse>;
