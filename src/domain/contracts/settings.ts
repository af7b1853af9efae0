import { z } from 'zod';

export const PolicyParameterView = z.object({
  id: z.string(),
  value: z.number(),
  default: z.number(),
  unit: z.string(),
  zh: z.string(),
  en: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type PolicyParameterView = z.infer<typeof PolicyParameterView>;

export const SettingsResponse = z.object({ parameters: z.array(PolicyParameterView) });
export type SettingsResponse = z.infer<typeof SettingsResponse>;

export const UpdateSettingBody = z.object({ value: z.number() });
