import { z } from 'zod';
import { ROLES } from '../access/roles.js';
import { BranchRef } from './auth.js';

export const PASSWORD_RULE = z
  .string()
  .min(8, '密码至少 8 位')
  .max(128)
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字');

export const StaffUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  branch: BranchRef.nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type StaffUser = z.infer<typeof StaffUser>;

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 _ . -，以字母开头'),
  displayName: z.string().trim().min(1).max(40),
  role: z.enum(ROLES).exclude(['customer']),
  branchCode: z.string().trim().min(1).max(20).nullable().optional(),
  password: PASSWORD_RULE,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(40),
    role: z.enum(ROLES).exclude(['customer']),
    branchCode: z.string().trim().min(1).max(20).nullable(),
    active: z.boolean(),
    password: PASSWORD_RULE,
  })
  .partial();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const Branch = z.object({ code: z.string(), name: z.string(), address: z.string() });

export const CreateBranchBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,10}$/, '网点编号为 2–10 位大写字母或数字'),
  name: z.string().trim().min(2).max(40),
  address: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(30).default(''),
});
export type CreateBranchBody = z.infer<typeof CreateBranchBody>;

export const CompanyBody = z.object({ name: z.string().trim().min(2, '请填写公司全称').max(60) });
export type Branch = z.infer<typeof Branch>;
