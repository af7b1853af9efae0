import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  SEED: z.enum(['demo', 'none']).default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('燃气销户管理系统 <noreply@example.com>'),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  PUBLIC_BASE_URL: z.string().optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  seed: 'demo' | 'none';
  logLevel: string;
  sessionTtlHours: number;
  smtpUrl?: string;
  mailFrom: string;
  outboxIntervalMs: number;
  schedulerIntervalMs: number;
  publicBaseUrl: string;
  cookieSecure: boolean;
}

/** Reads the environment once; a bad value stops the server with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`配置错误 (environment): ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seed: e.SEED,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://${e.HOST}:${e.PORT}`,
    cookieSecure: e.COOKIE_SECURE === 'true',
  };
}
