import { z } from 'zod';

export const OutboxMessage = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email', 'in_app']),
  recipient: z.string(),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
