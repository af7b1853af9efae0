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
 * `/value` or `value`; the last segment names the field. Returns whether every error found a field,
 * so the caller knows if it still has to show the overall message.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  let allPlaced = true;
  for (const { path, message } of error.fieldErrors) {
    const field = path.split(/[./]/).filter(Boolean).pop() ?? '';
    if (!known.has(field)) {
      allPlaced = false;
      continue;
    }
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return allPlaced;
}
