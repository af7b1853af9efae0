import { describe, expect, it } from 'vitest';
import { checkSealing, type PressureTest } from './sealing-rules.js';

const rules = { minKPa: 5, minMinutesResidential: 15, minMinutesNonResidential: 30 };
const good: PressureTest = {
  medium: 'nitrogen',
  testPressureKPa: 5,
  durationMin: 30,
  pressureDropKPa: 0,
  result: 'pass',
};

describe('R-13 sealing pressure test rules', () => {
  it('R-13 commercial and industrial permanent sealing without a test is PRESSURE_TEST_REQUIRED', () => {
    expect(checkSealing('commercial', true, undefined, rules)?.code).toBe('PRESSURE_TEST_REQUIRED');
    expect(checkSealing('industrial', true, undefined, rules)?.code).toBe('PRESSURE_TEST_REQUIRED');
    expect(checkSealing('commercial', false, undefined, rules)).toBeNull();
    expect(checkSealing('residential', true, undefined, rules)).toBeNull();
  });

  it('R-13 a test at exactly 5 kPa held 30 min with no drop passes for commercial', () => {
    expect(checkSealing('commercial', true, good, rules)).toBeNull();
  });

  it('R-13 each fault is named: water, low pressure, short hold, a drop, a failed result', () => {
    const r = checkSealing(
      'industrial',
      true,
      { medium: 'water', testPressureKPa: 4.9, durationMin: 29, pressureDropKPa: 0.2, result: 'fail' },
      rules,
    );
    expect(r?.code).toBe('PRESSURE_TEST_FAILED');
    for (const part of ['不得用水', '4.9 kPa 低于 5 kPa', '不足 30 分钟', '压力下降 0.2 kPa', '不合格'])
      expect(r?.message).toContain(part);
  });

  it('R-13 residential tests, when recorded, need 15 minutes, not 30', () => {
    expect(checkSealing('residential', true, { ...good, durationMin: 15 }, rules)).toBeNull();
    expect(checkSealing('residential', true, { ...good, durationMin: 14 }, rules)?.code).toBe(
      'PRESSURE_TEST_FAILED',
    );
    expect(checkSealing('commercial', true, { ...good, durationMin: 15 }, rules)?.code).toBe(
      'PRESSURE_TEST_FAILED',
    );
  });
});
