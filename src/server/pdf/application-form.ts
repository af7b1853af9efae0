import { MATERIAL_LABELS, type MaterialKind, requiredMaterials } from '../../domain/closure/materials.js';
import { CUSTOMER_TYPE_LABELS, type CustomerType } from '../../domain/customers/customer-types.js';
import { Paper } from './paper.js';
import { type Cell, grid, table } from './table.js';

export interface ApplicationFormData {
  companyName: string;
  customerType: CustomerType;
}

/** What the form tells the applicant about each item; which items a type needs comes from R-03. */
function materialNote(kind: MaterialKind, type: CustomerType): string {
  switch (kind) {
    case 'application_form':
      return type === 'residential' ? '本表，由户主签字' : '本表，加盖单位公章';
    case 'closure_report':
      return '原件，加盖单位公章，写明停气、拆除计划安排';
    case 'power_of_attorney':
      return '委托他人办理时提供，由委托人签字或盖章';
    case 'agent_id':
      return '委托他人办理时提供，原件及复印件';
    default:
      return '原件及复印件';
  }
}

const BOX = '□';
const WEIGHTS = [1.25, 1.75, 1.25, 1.75];
/** Blank cells tall enough to write in by hand. */
const BLANK = ' ';
const TALL_BLANK = ' \n \n ';

/** R-04 销户申请表: a blank form per customer type, to fill in by hand and bring or mail to an outlet. */
export function applicationForm(data: ApplicationFormData): Promise<Buffer> {
  const type = data.customerType;
  const paper = new Paper({
    companyName: data.companyName,
    title: `燃气用户销户申请表（${CUSTOMER_TYPE_LABELS[type].zh}用户）`,
    footer: { note: `${data.companyName}　本表可在各营业网点领取，也可在网上营业厅下载打印` },
  });
  paper.paragraph('请用黑色钢笔或签字笔填写，字迹清楚；带 * 的项目必填。', { indent: false, size: 9.5 });
  paper.section('一、申请人信息');
  grid(paper, WEIGHTS, type === 'residential' ? residentRows() : organisationRows(type));
  paper.section('二、代理人信息（委托他人办理时填写）');
  grid(paper, WEIGHTS, [pair('代理人姓名', '联系电话'), wide('身份证号')]);
  paper.section('三、拆除方式（销户批准后选择）');
  paper.paragraph(`${BOX} 自行安排拆除（须由具备资质的单位施工，并经我司现场核验）`, { indent: false });
  paper.paragraph(`${BOX} 委托我司拆除（按公示的收费标准收取拆除费）`, { indent: false });
  paper.section('四、应提交材料（原件及复印件，原件核验后退还）');
  const materials = requiredMaterials(type, true);
  table(
    paper,
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '材料名称', weight: 1.6 },
      { header: '说明', weight: 2.6 },
      { header: '已提交', weight: 0.7, align: 'center' },
      { header: '原件已核验', weight: 0.9, align: 'center' },
    ],
    materials.map((m, i) => [
      String(i + 1),
      MATERIAL_LABELS[m.kind].zh,
      materialNote(m.kind, type),
      BOX,
      BOX,
    ]),
  );
  paper.section('五、申请人声明');
  paper.paragraph(
    type === 'residential'
      ? '本人自愿申请注销上述燃气账户，所填信息及所附材料真实有效。本人已知悉：销户须结清全部燃气费用并消除安全隐患；销户后如需恢复用气，须重新申请开户。'
      : '本单位自愿申请注销上述燃气账户，所填信息及所附材料真实有效。本单位已知悉：销户须结清全部燃气费用并消除安全隐患，永久封堵须经压力测试合格；销户后如需恢复用气，须重新申请开户。',
  );
  paper.space(10);
  const signer =
    type === 'residential'
      ? '申请人（签字）：________________'
      : '单位（盖章）：______________　法定代表人或授权代理人（签字）：______________';
  paper.paragraph(signer, { indent: false });
  paper.space(8);
  paper.paragraph('申请日期：________年______月______日', { indent: false });
  paper.section('六、以下由营业网点填写');
  grid(paper, WEIGHTS, [
    pair('受理编号', '受理日期'),
    pair('受理人', '受理方式'),
    [
      { text: '初审结果', label: true },
      {
        text: `${BOX} 材料齐全，予以受理　　${BOX} 需补正（已出具一次性告知书，第____次）`,
        span: 3,
      },
    ],
  ]);
  return paper.finish();
}

function pair(left: string, right: string): Cell[] {
  return [{ text: left, label: true }, { text: BLANK }, { text: right, label: true }, { text: BLANK }];
}

function wide(label: string, tall = false): Cell[] {
  return [
    { text: label, label: true },
    { text: tall ? TALL_BLANK : BLANK, span: 3 },
  ];
}

function residentRows(): Cell[][] {
  return [
    pair('*户主姓名', '*联系电话'),
    wide('*身份证号'),
    pair('*燃气户号', '燃气使用证号'),
    wide('*用气地址'),
    wide('*销户原因', true),
  ];
}

function organisationRows(type: Exclude<CustomerType, 'residential'>): Cell[][] {
  const rows = [
    wide('*单位名称'),
    wide('*统一社会信用代码'),
    pair('*法定代表人', '法定代表人身份证号'),
    pair('*经办人', '*联系电话'),
    pair('*燃气户号', '燃气使用证号'),
    wide('*用气地址'),
    wide('*销户原因', true),
  ];
  if (type === 'industrial') {
    rows.push(wide('*停气及拆除计划', true), [
      { text: '*销户申请报告', label: true },
      { text: `${BOX} 已附（加盖单位公章，写明销户原因及计划安排）`, span: 3 },
    ]);
  }
  return rows;
}
