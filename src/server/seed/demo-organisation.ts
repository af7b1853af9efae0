import type { StaffRole } from '../../domain/access/roles.js';

export const DEMO_PASSWORD = 'Demo@12345';
export const DEMO_COMPANY = '滨江市燃气集团有限公司';

export const DEMO_BRANCHES = [
  { code: 'B01', name: '城东营业厅', address: '滨江市东湖区解放路 88 号', phone: '0710-8588 0001' },
  { code: 'B02', name: '城西营业厅', address: '滨江市西陵区建设大道 216 号', phone: '0710-8588 0002' },
] as const;

export const DEMO_STAFF: Array<{
  username: string;
  displayName: string;
  role: StaffRole;
  branchCode: string | null;
}> = [
  { username: 'clerk1', displayName: '王丽', role: 'clerk', branchCode: 'B01' },
  { username: 'cs1', displayName: '陈思远', role: 'cs', branchCode: 'B01' },
  { username: 'inspector1', displayName: '李强', role: 'inspector', branchCode: 'B01' },
  { username: 'finance1', displayName: '赵敏', role: 'finance', branchCode: 'B01' },
  { username: 'clerk2', displayName: '周婷', role: 'clerk', branchCode: 'B02' },
  { username: 'cs2', displayName: '吴昊', role: 'cs', branchCode: 'B02' },
  { username: 'inspector2', displayName: '郑伟', role: 'inspector', branchCode: 'B02' },
  { username: 'finance2', displayName: '孙丽华', role: 'finance', branchCode: 'B02' },
  { username: 'manager1', displayName: '刘建国', role: 'manager', branchCode: null },
  { username: 'supervisor1', displayName: '黄静', role: 'supervisor', branchCode: null },
  { username: 'admin1', displayName: '系统管理员', role: 'admin', branchCode: null },
];
