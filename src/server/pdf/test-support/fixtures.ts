import { type LocalDate, parseLocalDate } from '../../../domain/calendar/local-date.js';
import type { PaperData } from '../index.js';

const d = (s: string): LocalDate => parseLocalDate(s);

export const ISSUER = {
  companyName: '华东燃气集团有限公司',
  outlet: { name: '城东营业厅', address: '杭州市上城区解放路 100 号', phone: '0571-85550000' },
};

const CONTACT = { name: '客服 李娜', phone: '0571-85550011' };

/** One realistic data object per paper, shared by the tests. */
export const SAMPLES: PaperData = {
  application_form: { companyName: ISSUER.companyName, customerType: 'industrial' },
  one_time_notice: {
    issuer: ISSUER,
    noticeNo: '城东告〔2026〕第 000123 号',
    issuedOn: d('2026-03-16'),
    caseNo: 'XH20260316000123',
    applicantName: '张三',
    accountNo: '3301001234',
    sequence: 2,
    supplementDeadline: d('2026-04-15'),
    items: [
      { name: '燃气使用证', status: 'missing', reason: '上次告知后仍未提交' },
      {
        name: '申请人身份证件',
        status: 'rejected',
        reason: '复印件模糊，无法辨认证件号码',
        toBring: '身份证原件及清晰复印件',
      },
    ],
  },
  rectification_order: {
    issuer: ISSUER,
    orderNo: 'ZG-2026-000045',
    issuedOn: d('2026-03-20'),
    caseNo: 'XH20260316000123',
    accountNo: '3301001234',
    customerName: '张三',
    address: '杭州市上城区清泰街 88 号 3 幢 2 单元 501 室',
    inspectedOn: d('2026-03-20'),
    inspector: '王强',
    hazards: [
      { facility: 'connector', description: '灶具连接软管老化龟裂，超过使用年限' },
      { facility: 'valve', description: '表前阀门关闭不严，检漏仪显示微量泄漏' },
    ],
    deadline: d('2026-04-03'),
  },
  settlement_certificate: {
    issuer: ISSUER,
    certificateNo: 'JQ-2026-000078',
    issuedOn: d('2026-03-25'),
    caseNo: 'XH20260316000123',
    accountNo: '3301001234',
    customerName: '杭州味道餐饮管理有限公司',
    fees: {
      gas: { charged: 1_234_56, paid: 1_234_56, outstanding: 0 },
      installation: { charged: 80_000, paid: 80_000, outstanding: 0 },
      late_fee: { charged: 12_50, paid: 0, outstanding: 12_50 },
      removal: { charged: 0, paid: 0, outstanding: 0 },
      other: { charged: 0, paid: 0, outstanding: 0 },
    },
    agreement: { agreementNo: 'BJ-2026-0007', finalDueDate: d('2026-12-31'), outstandingFen: 12_50 },
  },
  closure_notice: {
    issuer: ISSUER,
    noticeNo: 'XT-2026-000031',
    issuedOn: d('2026-03-27'),
    caseNo: 'XH20260316000123',
    accountNo: '3301001234',
    customerName: '张三',
    address: '杭州市上城区清泰街 88 号 3 幢 2 单元 501 室',
    approvedOn: d('2026-03-27'),
    removal: { workingDays: 15, deadline: d('2026-04-20'), companyFeeFen: 150_00 },
    contact: CONTACT,
  },
  rejection_notice: {
    issuer: ISSUER,
    noticeNo: 'BY-2026-000009',
    issuedOn: d('2026-03-27'),
    caseNo: 'XH20260316000124',
    accountNo: '3301005678',
    customerName: '李四',
    reasons: [
      { reason: '尚欠燃气费 ¥356.20 未结清', remedy: '到任一营业网点或通过网上营业厅缴清欠费后重新申请' },
      { reason: '安全隐患整改复查不合格', remedy: '按整改通知书完成整改后申请复查，复查合格后可继续办理' },
    ],
    contact: CONTACT,
  },
  sealing_record: {
    issuer: ISSUER,
    recordNo: 'FD-2026-000012',
    issuedOn: d('2026-04-10'),
    caseNo: 'XH20260316000125',
    accountNo: '3301009012',
    customerName: '杭州味道餐饮管理有限公司',
    customerType: 'commercial',
    address: '杭州市上城区庆春路 66 号一层',
    sealedAt: new Date('2026-04-10T02:30:00Z'),
    method: 'blind_flange',
    materialStandard: 'GB/T 9124.1 钢制管法兰盲板，按 CJJ 94 工艺施工',
    permanent: true,
    pressureTest: {
      medium: 'nitrogen',
      testPressureKPa: 5,
      durationMin: 30,
      pressureDropKPa: 0,
      result: 'pass',
    },
    inspector: '王强',
  },
  closure_certificate: {
    issuer: ISSUER,
    certificateNo: 'XHZ-2026-000042',
    closedAt: new Date('2026-04-20T03:15:00Z'),
    customerName: '张三',
    customerType: 'residential',
    accountNo: '3301001234',
    address: '杭州市上城区清泰街 88 号 3 幢 2 单元 501 室',
    verificationUrl: 'https://gas.example.com/verify/XHZ-2026-000042',
    archiveSha256: 'a3f1c2d4e5b6978812345678abcdef0011223344556677889900aabbccddeeff',
  },
};
