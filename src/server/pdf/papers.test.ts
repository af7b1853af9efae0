import { describe, expect, it } from 'vitest';
import { formatShanghaiDateTime } from './format.js';
import { generatePaper, type PaperKind } from './index.js';
import { qrMatrix } from './qr.js';
import { SAMPLES } from './test-support/fixtures.js';
import { drawnQrMatrix, readPdf } from './test-support/pdf-text.js';

async function render<K extends PaperKind>(kind: K, patch: Partial<(typeof SAMPLES)[K]> = {}) {
  const pdf = await generatePaper(kind, { ...SAMPLES[kind], ...patch });
  return { pdf, ...readPdf(pdf) };
}

describe('papers render as real PDFs with extractable Chinese text', () => {
  it.each(Object.keys(SAMPLES) as PaperKind[])('%s', async (kind) => {
    const { pdf, flat } = await render(kind);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(flat).toContain('华东燃气集团有限公司');
    expect(flat).not.toContain('\uFFFD');
    // Subsetted: the font files alone are 10 MB each.
    expect(pdf.length).toBeLessThan(80_000);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
  });
});

describe('R-05 one-time notice', () => {
  it('lists every missing or rejected item with its reason, deadline, outlet and legal basis', async () => {
    const { flat } = await render('one_time_notice');
    for (const text of [
      '一次性告知书',
      'XH20260316000123',
      '张三',
      '3301001234',
      '第 2 次告知',
      '燃气使用证',
      '上次告知后仍未提交',
      '申请人身份证件',
      '不符合要求',
      '复印件模糊，无法辨认证件号码',
      '身份证原件及清晰复印件',
      '请于 2026-04-15 前',
      '城东营业厅（地址：杭州市上城区解放路 100 号）',
      '《优化营商环境条例》第三十六条',
      '一次性告知需要补正的全部内容',
      '第 1 页 共 1 页',
    ]) {
      expect(flat).toContain(text);
    }
  });

  it('flows a long list onto further pages, repeating the table header and numbering the pages', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      name: `材料${i + 1}`,
      status: 'missing' as const,
      reason: `第 ${i + 1} 项未提交`,
    }));
    const { pages, flat } = await render('one_time_notice', { items });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toContain('材料名称');
    expect(flat).toContain('第 40 项未提交');
    expect(flat).toContain(`第 2 页 共 ${pages.length} 页`);
  });
});

describe('R-09 rectification order', () => {
  it('names each hazard with its facility, the deadline and the re-inspection', async () => {
    const { flat } = await render('rectification_order');
    for (const text of [
      '燃气安全隐患整改通知书',
      'ZG-2026-000045',
      '连接管',
      '灶具连接软管老化龟裂',
      '阀门',
      '2026-04-03 前',
      '王强',
      '2026-03-20',
      '安排复查',
    ]) {
      expect(flat).toContain(text);
    }
  });
});

describe('R-10 settlement certificate', () => {
  it('states the four fees settled as of the date when nothing is owed', async () => {
    const { flat } = await render('settlement_certificate', { agreement: undefined });
    expect(flat).toContain('费用结清证明');
    expect(flat).toContain('JQ-2026-000078');
    expect(flat).toContain('截至 2026-03-25，该户燃气费、安装费、滞纳金、拆除费等各项费用均已全部结清');
    expect(flat).toContain('¥1,234.56');
    expect(flat).not.toContain('补缴协议');
  });

  it('names the signed repayment agreement that covers the outstanding amount', async () => {
    const { flat } = await render('settlement_certificate');
    expect(flat).toContain('尚有未缴费用 ¥12.50');
    expect(flat).toContain('协议编号：BJ-2026-0007');
    expect(flat).toContain('最终还款期限为 2026-12-31');
  });
});

describe('R-11 closure and rejection notices', () => {
  it('closure notice gives the removal deadline, the company option with its fee, and a contact', async () => {
    const { flat } = await render('closure_notice');
    for (const text of [
      '燃气用户销户通知书',
      '于 2026-03-27 批准销户',
      '15 个工作日内（2026-04-20 前）',
      '¥150.00',
      '0571-85550011',
    ]) {
      expect(flat).toContain(text);
    }
  });

  it('rejection notice pairs each reason with what the customer can do', async () => {
    const { flat } = await render('rejection_notice');
    expect(flat).toContain('不予销户通知书');
    expect(flat).toContain('您可以怎么做');
    expect(flat).toContain('尚欠燃气费 ¥356.20 未结清');
    expect(flat).toContain('缴清欠费后重新申请');
    expect(flat).toContain('复查合格后可继续办理');
  });
});

describe('R-13 sealing record', () => {
  it('records method, standard, permanence and the pressure test', async () => {
    const { flat } = await render('sealing_record');
    for (const text of [
      '燃气管道封堵记录',
      '盲板封堵',
      'GB/T 9124.1',
      '永久封堵',
      '氮气',
      '5 kPa',
      '30 min',
      '0 kPa',
      '合格',
      '王强',
    ]) {
      expect(flat).toContain(text);
    }
    expect(flat).toContain('2026-04-10 10:30');
  });

  it('says so when the test failed or was not done', async () => {
    const failed = await render('sealing_record', {
      pressureTest: {
        medium: 'air',
        testPressureKPa: 5,
        durationMin: 30,
        pressureDropKPa: 0.4,
        result: 'fail',
      },
    });
    expect(failed.flat).toContain('压力测试不合格');
    const none = await render('sealing_record', { pressureTest: undefined, permanent: false });
    expect(none.flat).toContain('未进行压力测试');
    expect(none.flat).toContain('临时封堵');
  });
});

describe('R-15 closure certificate', () => {
  it('carries number, closure time, user, account, outlet, seal legend and archive digest', async () => {
    const { flat, pages } = await render('closure_certificate');
    for (const text of [
      '燃气用户销户证明',
      'XHZ-2026-000042',
      '2026-04-20 11:15',
      '张三',
      '3301001234',
      '城东营业厅',
      '销户专用章',
      '档案摘要 (SHA-256): a3f1c2d4e5b69788…',
      'https://gas.example.com/verify/XHZ-2026-000042',
    ]) {
      expect(flat).toContain(text);
    }
    expect(pages).toHaveLength(1);
    // The seal sets the company name one character at a time along its arc.
    const arc = pages[0]?.filter((line) => Array.from(line).length === 1).join('');
    expect(arc).toContain('华东燃气集团有限公司');
  });

  it('draws the QR code module for module as QRCode.create encodes the verification URL', async () => {
    const url = 'https://gas.example.com/verify/XHZ-2026-000099?c=7f3a';
    const { contentStreams } = await render('closure_certificate', { verificationUrl: url });
    const drawn = drawnQrMatrix(contentStreams[0] ?? '');
    expect(drawn).toEqual(qrMatrix(url));
    expect(drawn).not.toEqual(qrMatrix(SAMPLES.closure_certificate.verificationUrl));
  });

  it('draws the seal in red', async () => {
    const { contentStreams } = await render('closure_certificate');
    // #d7141a as pdfkit writes it: 215/255 20/255 26/255.
    expect(contentStreams[0]).toMatch(/0\.843\d* 0\.078\d* 0\.101\d* scn/);
  });

  it('words the certificate for organisations differently from households (R-01)', async () => {
    const { flat } = await render('closure_certificate', {
      customerType: 'commercial',
      customerName: '杭州味道餐饮管理有限公司',
      repaymentAgreementNo: 'BJ-2026-0007',
    });
    expect(flat).toContain('商业用户');
    expect(flat).toContain('供用气合同自销户之日起终止');
    expect(flat).toContain('《欠费补缴协议》（编号 BJ-2026-0007）');
  });
});

describe('R-04 application form', () => {
  it('residential asks for the householder and ID number', async () => {
    const { flat } = await render('application_form', { customerType: 'residential' });
    expect(flat).toContain('燃气用户销户申请表（居民用户）');
    expect(flat).toContain('户主姓名');
    expect(flat).toContain('身份证号');
    expect(flat).toContain('燃气使用证');
    expect(flat).not.toContain('统一社会信用代码');
    expect(flat).toContain('申请人（签字）');
  });

  it('commercial asks for the organisation, credit code and legal representative', async () => {
    const { flat } = await render('application_form', { customerType: 'commercial' });
    for (const text of [
      '单位名称',
      '统一社会信用代码',
      '法定代表人',
      '营业执照副本',
      '设施产权证明（如有）',
      '授权委托书',
    ]) {
      expect(flat).toContain(text);
    }
    expect(flat).not.toContain('销户申请报告');
    expect(flat).toContain('单位（盖章）');
  });

  it('industrial also requires the sealed closure application report', async () => {
    const { flat } = await render('application_form', { customerType: 'industrial' });
    expect(flat).toContain('燃气用户销户申请表（工业用户）');
    expect(flat).toContain('销户申请报告');
    expect(flat).toContain('销户申请报告（加盖公章，写明原因及计划）');
    expect(flat).toContain('写明停气、拆除计划安排');
  });
});

describe('formatShanghaiDateTime', () => {
  it('shows Beijing time, including across midnight UTC', () => {
    expect(formatShanghaiDateTime(new Date('2026-04-20T03:15:00Z'))).toBe('2026-04-20 11:15');
    expect(formatShanghaiDateTime(new Date('2026-04-19T16:30:00Z'))).toBe('2026-04-20 00:30');
  });
});
