/**
 * Masked forms of personal data (SPEC §8) for staff who do not need the full value. Characters are
 * counted as code points so that names and "other" ID numbers in Chinese are not split mid-character.
 */

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count));
}

function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) {
    // Too short to hide anything while keeping both ends: keep only the first character.
    return chars.length <= 1 ? value : `${chars[0]}${stars(chars.length - 1)}`;
  }
  return `${chars.slice(0, head).join('')}${stars(chars.length - head - tail)}${chars.slice(chars.length - tail).join('')}`;
}

/** 110105194912310021 → 110105********0021 (region code and last four stay for matching). */
export function maskIdNumber(s: string): string {
  const value = s.trim();
  return Array.from(value).length === 18 ? keepEnds(value, 6, 4) : keepEnds(value, 2, 2);
}

/** 13812348000 → 138****8000. */
export function maskPhone(s: string): string {
  return keepEnds(s.trim(), 3, 4);
}

const HAN = /\p{Script=Han}/u;

/** 张三 → 张*, 欧阳娜娜 → 欧***, John Smith → J*** S****. */
export function maskName(s: string): string {
  const name = s.trim();
  if (HAN.test(name)) {
    // The middle dot of minority and transliterated names (阿依古丽·买买提) is not personal data.
    return Array.from(name)
      .map((c, i) => (i === 0 || c === '·' ? c : '*'))
      .join('');
  }
  return name
    .split(/(\s+)/)
    .map((word) => (/^\s+$/.test(word) ? word : keepFirst(word)))
    .join('');
}

function keepFirst(word: string): string {
  const chars = Array.from(word);
  return chars.length === 0 ? '' : `${chars[0]}${stars(chars.length - 1)}`;
}
