import type { LocalDate } from '../../domain/calendar/local-date.js';
import { CUSTOMER_TYPE_LABELS, type CustomerType } from '../../domain/customers/customer-types.js';
import { formatShanghaiDateTime } from './format.js';
import { type Issuer, Paper } from './paper.js';
import { fields, table } from './table.js';

export type SealingMethod = 'plug' | 'cap' | 'blind_flange';

export interface PressureTest {
  medium: 'air' | 'nitrogen';
  testPressureKPa: number;
  durationMin: number;
  pressureDropKPa: number;
  result: 'pass' | 'fail';
}

export interface SealingRecordData {
  issuer: Issuer;
  recordNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  accountNo: string;
  customerName: string;
  customerType: CustomerType;
  address: string;
  sealedAt: Date;
  method: SealingMethod;
  materialStandard: string;
  permanent: boolean;
  pressureTest?: PressureTest;
  inspector: string;
  note?: string;
}

const METHOD_LABEL: Record<SealingMethod, string> = {
  plug: '丝堵封堵',
  cap: '管帽封堵',
  blind_flange: '盲板封堵',
};

const MEDIUM_LABEL: Record<PressureTest['medium'], string> = { air: '空气', nitrogen: '氮气' };

/** R-13 封堵记录: how the user-end pipe was sealed and, where required, the tightness test. */
export function sealingRecord(data: SealingRecordData): Promise<Buffer> {
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '燃气管道封堵记录',
    docNo: data.recordNo,
    footer: { outlet: data.issuer.outlet, date: data.issuedOn },
  });
  paper.section('一、基本信息');
  fields(paper, [
    { label: '用户名称', value: data.customerName },
    { label: '用户类型', value: `${CUSTOMER_TYPE_LABELS[data.customerType].zh}用户` },
    { label: '燃气户号', value: data.accountNo },
    { label: '申请编号', value: data.caseNo },
    { label: '用气地址', value: data.address, wide: true },
  ]);
  paper.section('二、封堵情况');
  fields(paper, [
    { label: '封堵时间', value: formatShanghaiDateTime(data.sealedAt) },
    { label: '封堵方式', value: METHOD_LABEL[data.method] },
    { label: '封堵性质', value: data.permanent ? '永久封堵' : '临时封堵' },
    { label: '安全检查员', value: data.inspector },
    { label: '材料及工艺标准', value: data.materialStandard, wide: true },
    { label: '备注', value: data.note ?? '', wide: true },
  ]);
  paper.section('三、压力测试（严密性试验）');
  const test = data.pressureTest;
  if (test) {
    table(
      paper,
      [
        { header: '试验介质', weight: 1, align: 'center' },
        { header: '试验压力', weight: 1, align: 'center' },
        { header: '稳压时间', weight: 1, align: 'center' },
        { header: '压力降', weight: 1, align: 'center' },
        { header: '结果', weight: 1, align: 'center' },
      ],
      [
        [
          MEDIUM_LABEL[test.medium],
          `${test.testPressureKPa} kPa`,
          `${test.durationMin} min`,
          `${test.pressureDropKPa} kPa`,
          test.result === 'pass' ? '合格' : '不合格',
        ],
      ],
    );
    if (test.result === 'fail') {
      paper.paragraph('压力测试不合格：须查明原因重新封堵并再次测试，合格前不得办理最终销户。', {
        indent: false,
      });
    }
  } else {
    paper.paragraph('本次封堵未进行压力测试。', { indent: false });
  }
  paper.signatureArea({
    customerLines: ['安全检查员（签字）：______________', '用户或代理人（签字）：____________'],
    org: data.issuer.companyName,
    date: data.issuedOn,
  });
  return paper.finish();
}
