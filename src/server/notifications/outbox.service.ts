import type { OutboxMessage } from '../../domain/contracts/notifications.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { Database } from '../db/database.js';
import { insertMessages, type OutboxRow, pageMessages } from './outbox.repository.js';
import { renderTemplate, type TemplateId } from './templates.js';

export type Channel = 'sms' | 'email' | 'in_app';

export interface Notification {
  channel: Channel;
  recipient: string;
  template: TemplateId;
  params: Record<string, string>;
  entity?: { type: string; id: string };
}

/** Queues notifications inside the caller's transaction: they exist exactly when the change does. */
export async function enqueueNotifications(tx: Database, notifications: Notification[]) {
  await insertMessages(
    tx,
    notifications.map((n) => ({
      channel: n.channel,
      recipient: n.recipient,
      template: n.template,
      ...renderTemplate(n.template, n.params),
      entityType: n.entity?.type ?? null,
      entityId: n.entity?.id ?? null,
    })),
  );
}

export function toOutboxView(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    channel: row.channel as OutboxMessage['channel'],
    recipient: row.recipient,
    template: row.template,
    subject: row.subject,
    body: row.body,
    status: row.status as OutboxMessage['status'],
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export async function listOutbox(
  db: Database,
  actor: Actor | null,
  q: { status?: string; page: number; pageSize: number },
) {
  requireAccess(actor, 'notifications.read');
  const { items, total } = await pageMessages(db, q.status, q.page, q.pageSize);
  return { items: items.map(toOutboxView), total, page: q.page, pageSize: q.pageSize };
}
