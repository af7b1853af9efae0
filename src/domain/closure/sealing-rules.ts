import type { CustomerType } from '../customers/customer-types.js';
import type { Refusal } from './guards.js';

export interface PressureTest {
  medium: 'air' | 'nitrogen' | 'water';
  testPressureKPa: number;
  durationMin: number;
  pressureDropKPa: number;
  result: 'pass' | 'fail';
}

export interface SealingRules {
  minKPa: number;
  minMinutesResidential: number;
  minMinutesNonResidential: number;
}

/**
 * R-13 with the CJJ 94 practice of SPEC §9: commercial and industrial permanent sealing needs a
 * passing tightness test with air or nitrogen at the minimum pressure, held long enough, with no
 * drop. A residential test is optional, but when recorded it must meet the residential rule.
 */
export function checkSealing(
  type: CustomerType,
  permanent: boolean,
  test: PressureTest | undefined,
  rules: SealingRules,
): Refusal | null {
  const nonResidential = type !== 'residential';
  if (!test) {
    return nonResidential && permanent
      ? {
          code: 'PRESSURE_TEST_REQUIRED',
          message: '商业、工业用户永久封堵须做压力测试（严密性试验）并记录结果。',
        }
      : null;
  }
  const minMinutes = nonResidential ? rules.minMinutesNonResidential : rules.minMinutesResidential;
  const faults: string[] = [];
  if (test.medium !== 'air' && test.medium !== 'nitrogen') faults.push('试验介质须为空气或氮气，不得用水');
  if (test.testPressureKPa < rules.minKPa)
    faults.push(`试验压力 ${test.testPressureKPa} kPa 低于 ${rules.minKPa} kPa`);
  if (test.durationMin < minMinutes) faults.push(`保压 ${test.durationMin} 分钟，不足 ${minMinutes} 分钟`);
  if (test.pressureDropKPa > 0) faults.push(`压力下降 ${test.pressureDropKPa} kPa，应无压降`);
  if (test.result !== 'pass') faults.push('试验结论为不合格');
  return faults.length
    ? { code: 'PRESSURE_TEST_FAILED', message: `压力测试不合格：${faults.join('；')}。请整改后重新试验。` }
    : null;
}
