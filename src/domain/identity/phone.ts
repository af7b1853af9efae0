import { DomainError } from '../errors.js';

const MOBILE = /^1[3-9]\d{9}$/;

function invalid(message: string): DomainError {
  return new DomainError('INVALID_PHONE', message);
}

/**
 * Normalises a mainland mobile number to its 11 digits. People write "+86 138-1234-8000" or
 * "0086 13812348000"; the country code is dropped so one person has one stored form.
 */
export function parseMobile(s: string): string {
  const raw = typeof s === 'string' ? s.trim() : '';
  if (raw === '') {
    throw invalid('手机号码不能为空');
  }
  let digits = raw.replace(/[\s\u3000-]/g, '');
  if (digits.startsWith('+86')) {
    digits = digits.slice(3);
  } else if (digits.startsWith('0086')) {
    digits = digits.slice(4);
  } else if (/^86\d{11}$/.test(digits)) {
    digits = digits.slice(2);
  }
  if (!/^\d+$/.test(digits)) {
    throw invalid(`手机号码只能包含数字（可带 +86 前缀、空格或连字符），实为 "${raw}"`);
  }
  if (digits.length !== 11) {
    throw invalid(`手机号码应为 11 位数字，实为 ${digits.length} 位："${raw}"`);
  }
  if (!MOBILE.test(digits)) {
    throw invalid(`手机号码应以 13–19 开头，实为 "${raw}"`);
  }
  return digits;
}
