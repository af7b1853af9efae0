import { parseMobile } from '../identity/phone.js';

/** How the answer reaches a complainant: a mobile number gets an SMS, an address an e-mail. */
export type ComplaintContact = { channel: 'sms'; value: string } | { channel: 'email'; value: string };

export type ContactResult = { ok: true; contact: ComplaintContact } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Only a mobile or an e-mail address can carry the acknowledgement and the answer, so a landline
 * or a typo is refused at filing rather than discovered when the answer cannot be sent.
 */
export function readContact(input: string): ContactResult {
  const raw = input.trim();
  if (raw.includes('@')) {
    return EMAIL.test(raw) && raw.length <= 254
      ? { ok: true, contact: { channel: 'email', value: raw } }
      : { ok: false, message: `电子邮箱格式不正确：“${raw}”` };
  }
  try {
    return { ok: true, contact: { channel: 'sms', value: parseMobile(raw) } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    return { ok: false, message: `请填写能接收短信的手机号码或电子邮箱（${reason}）` };
  }
}

/** The channel of a contact already accepted by `readContact`. */
export function channelOfContact(stored: string): ComplaintContact['channel'] {
  return stored.includes('@') ? 'email' : 'sms';
}
