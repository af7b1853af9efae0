import nodemailer from 'nodemailer';
import type { OutboxRow } from './outbox.repository.js';

export interface Transport {
  send(message: OutboxRow): Promise<void>;
}

export interface Logger {
  info(obj: object, msg: string): void;
}

/** Development transport: the message goes to the server log. */
export function logTransport(log: Logger): Transport {
  return {
    async send(m) {
      log.info({ channel: m.channel, to: m.recipient, subject: m.subject, body: m.body }, 'notification');
    },
  };
}

/** E-mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587); other channels go to `fallback`. */
export function smtpTransport(url: string, from: string, fallback: Transport): Transport {
  const mailer = nodemailer.createTransport(url);
  return {
    async send(m) {
      if (m.channel !== 'email') return fallback.send(m);
      await mailer.sendMail({ from, to: m.recipient, subject: m.subject, text: m.body });
    },
  };
}
