import type { FormInstance } from 'antd';
import { ApiError, NETWORK_ERROR } from '../api';
import type { Translate } from '../i18n/i18n';

/** The sentence to show for a failed call: the server's own `detail`, or ours when it never answered. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('common.networkError');
    return error.detail || t('common.loadFailed');
  }
  return t('common.loadFailed');
}

/**
 * Puts the server's field errors next to the matching form fields. Paths may come as `body.value`,
 * `/value` or `value`; a path naming a field of a list (`facilities.0.serialNo`) finds that row's
 * field, a path naming an entry of a list field (`photos.0`) finds that list field, otherwise the last
 * segment names the field. `codeFields` places errors that carry no path
 * but whose code says which field is wrong (e.g. `INVALID_ID_NUMBER` → `idNumber`), with the
 * server's `detail` as the message. Returns whether every error found a field, so the caller knows
 * if it still has to show the overall message.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  codeFields: Readonly<Record<string, string>> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Map(form.getFieldsError().map((f) => [f.name.join('.'), f.name]));
  const codeField = codeFields[error.code];
  if (codeField && error.fieldErrors.length === 0) {
    const name = known.get(codeField);
    if (!name) return false;
    form.setFields([{ name, errors: [error.detail] }]);
    return true;
  }
  if (error.fieldErrors.length === 0) return false;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  let allPlaced = true;
  for (const { path, message } of error.fieldErrors) {
    const segments = path.split(/[./]/).filter(Boolean);
    const full = segments.join('.');
    const withoutBody = segments[0] === 'body' ? segments.slice(1).join('.') : full;
    // `photos.0` (one entry of a list field) belongs to the `photos` field when no row field matches.
    const withoutIndex = withoutBody.replace(/(\.\d+)+$/, '');
    const key = [full, withoutBody, withoutIndex, segments.at(-1) ?? ''].find((k) => known.has(k));
    const name = key === undefined ? undefined : known.get(key);
    if (key === undefined || !name) {
      allPlaced = false;
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return allPlaced;
}
