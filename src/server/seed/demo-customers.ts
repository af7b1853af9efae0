import { residentIdCheckChar } from '../../domain/identity/resident-id.js';
import { usccCheckChar } from '../../domain/identity/uscc.js';
import type { CustomerRecord } from '../customers/customer-bulk.js';

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
];
const STREETS = ['解放路', '人民大道', '江滨路', '建设大道', '和平街', '滨湖路'];
const SHOPS = ['味之源餐厅', '老街面馆', '福满楼酒家', '晨光烘焙坊', '好再来快餐', '金色年华茶楼'];
const FACTORIES = ['滨江精密铸造有限公司', '华盛食品加工有限公司', '东湖陶瓷制品厂'];

function residentId(i: number): string {
  const birth = `19${String(50 + (i % 45)).padStart(2, '0')}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`;
  const first17 = `420102${birth}${String(100 + i).slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
}

function uscc(i: number): string {
  const first17 = `91420100MA4K${String(10000 + i).slice(-5)}`;
  return first17 + usccCheckChar(first17);
}

/**
 * A few dozen believable customers for the demo: mostly residential, some restaurants and a few
 * factories, spread over both outlets, some with arrears so the eligibility check has something to say.
 */
export function demoCustomers(branchIds: string[], today: string): CustomerRecord[] {
  const records: CustomerRecord[] = [];
  for (let i = 0; i < 36; i++) {
    const branchId = branchIds[i % branchIds.length] ?? '';
    const type = i % 9 === 8 ? 'industrial' : i % 4 === 3 ? 'commercial' : 'residential';
    const street = STREETS[i % STREETS.length];
    const phone = `13${(i % 7) + 3}${String(20_000_000 + i * 7919).slice(-8)}`;
    const base = {
      type,
      phone,
      branchId,
      gasCertificateNo: `RQZ${String(2026_0000 + i)}`,
      facilities: [
        {
          kind: 'meter' as const,
          meterKind: (['ic_card', 'mechanical', 'smart'] as const)[i % 3] ?? null,
          serialNo: `M${String(8_800_000 + i)}`,
        },
        { kind: 'pipe' as const, meterKind: null, serialNo: `P-${i + 1}` },
        { kind: 'valve' as const, meterKind: null, serialNo: `V-${i + 1}` },
      ],
      opening:
        i % 5 === 1
          ? [{ kind: 'gas' as const, amountFen: 12_800 + i * 137, dueDate: today }]
          : i % 11 === 4
            ? [
                { kind: 'gas' as const, amountFen: 45_060, dueDate: today },
                { kind: 'late_fee' as const, amountFen: 2_253, dueDate: today },
              ]
            : [],
    } satisfies Partial<CustomerRecord>;
    if (type === 'residential') {
      records.push({
        ...base,
        type,
        name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
        idType: 'resident_id',
        idNumber: residentId(i),
        address: `滨江市${street}${10 + i}号${1 + (i % 6)}栋${100 + i}室`,
      });
    } else {
      const names = type === 'commercial' ? SHOPS : FACTORIES;
      records.push({
        ...base,
        type,
        name: names[i % names.length] ?? '',
        idType: 'uscc',
        idNumber: uscc(i),
        address: `滨江市${street}${200 + i}号${type === 'industrial' ? '工业园' : '临街商铺'}`,
      });
    }
  }
  return records;
}
