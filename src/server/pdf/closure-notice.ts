import type { LocalDate } from '../../domain/calendar/local-date.js';
import { type Fen, formatCny } from '../../domain/money.js';
import { type Contact, type Issuer, Paper } from './paper.js';
import { fields } from './table.js';

export interface ClosureNoticeData {
  issuer: Issuer;
  noticeNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  accountNo: string;
  customerName: string;
  address: string;
  approvedOn: LocalDate;
  /** P-REMOVAL working days from the approval, and the deadline they give. */
  removal: { workingDays: number; deadline: LocalDate; companyFeeFen: Fen | null };
  contact: Contact;
}

/** R-11 销户通知书: the application is approved; what the customer does next and by when (R-12). */
export function closureNotice(data: ClosureNoticeData): Promise<Buffer> {
  const { outlet } = data.issuer;
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '燃气用户销户通知书',
    docNo: data.noticeNo,
    footer: { outlet, date: data.issuedOn },
  });
  fields(paper, [
    { label: '用户名称', value: data.customerName },
    { label: '燃气户号', value: data.accountNo },
    { label: '申请编号', value: data.caseNo },
    { label: '批准日期', value: data.approvedOn },
    { label: '用气地址', value: data.address, wide: true },
  ]);
  paper.paragraph(`${data.customerName}：`, { indent: false });
  paper.paragraph(
    `您的燃气用户销户申请经我司客户服务、安全检查、财务部门审核，符合销户条件，已于 ${data.approvedOn} 批准销户，系统已作销户标记。请按以下步骤完成后续手续：`,
  );
  paper.section('后续步骤');
  paper.numbered([
    `拆除燃气设施：请于 ${data.removal.workingDays} 个工作日内（${data.removal.deadline} 前）拆除燃气表及连接管道。依据《城镇燃气管理条例》第二十八条，用户不得擅自拆除户内燃气设施：自行安排拆除的，须由具备资质的单位施工，并经我司现场核验。`,
    `也可委托我司拆除：我司按安全操作规程实施，按公示的收费标准收取拆除费${data.removal.companyFeeFen === null ? '（标准见营业厅及网站公示）' : ` ${formatCny(data.removal.companyFeeFen)}`}。请在上述期限内到营业网点或致电办理委托。`,
    '拆除后，我司将对用户端管道进行封堵；商业、工业用户永久封堵的，还将进行压力测试。',
    `封堵完成后，请携带本人身份证件、燃气使用证及本通知书到 ${outlet.name}（地址：${outlet.address}）办理最终销户，领取《燃气用户销户证明》。`,
  ]);
  paper.section('联系方式');
  paper.paragraph(
    `经办人：${data.contact.name}　　联系电话：${data.contact.phone}　　营业网点电话：${outlet.phone}`,
    {
      indent: false,
    },
  );
  paper.signatureArea({
    customerLines: ['用户（签收）：________________', '签收日期：______年____月____日'],
    org: data.issuer.companyName,
    date: data.issuedOn,
  });
  return paper.finish();
}
