import { parseLocalDate } from '../../../domain/calendar/local-date.js';
import { isAccountNo } from '../../../domain/customers/account-no.js';
import {
  customerTypeFrom,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  type FacilityKind,
  meterKindFrom,
} from '../../../domain/customers/customer-types.js';
import { DomainError } from '../../../domain/errors.js';
import {
  ID_TYPE_LABELS,
  ID_TYPES,
  type IdType,
  parseIdNumber,
} from '../../../domain/identity/id-document.js';
import { parseMobile } from '../../../domain/identity/phone.js';
import type { ChargeKind } from '../../../domain/ledger/ledger.js';
import { parseYuan } from '../../../domain/money.js';
import type { CustomerRecord } from '../customer-bulk.js';
import type { ImportField } from './columns.js';

export interface RowContext {
  branchIdByCode: Map<string, string>;
  defaultBranchId: string;
  today: string;
}

function idTypeFrom(text: string): IdType | null {
  const t = text.trim();
  if (!t) return null;
  return (
    ID_TYPES.find((k) => k === t || ID_TYPE_LABELS[k] === t || (k === 'resident_id' && t === '身份证')) ??
    null
  );
}

function facilityKindFrom(text: string): FacilityKind | null {
  const t = text.trim();
  return FACILITY_KINDS.find((k) => k === t || FACILITY_KIND_LABELS[k].zh === t) ?? null;
}

function reason(e: unknown): string {
  return e instanceof DomainError ? e.message : String(e);
}

/** Checks one CSV row and returns the record to store, or every reason it is refused. */
export function checkRow(
  cell: (f: ImportField) => string,
  ctx: RowContext,
): { record: CustomerRecord } | { reasons: string[] } {
  const reasons: string[] = [];
  const accountNo = cell('accountNo').toUpperCase();
  if (accountNo && !isAccountNo(accountNo))
    reasons.push(`户号“${accountNo}”格式不正确：应为 6–20 位数字或大写字母`);
  const type = customerTypeFrom(cell('type'));
  if (!type) reasons.push(`用户类型“${cell('type')}”无效：应为 居民、商业 或 工业`);
  const name = cell('name');
  if (!name) reasons.push('缺少用户名称');
  else if (name.length > 100) reasons.push('用户名称超过 100 个字符');
  const idType = idTypeFrom(cell('idType'));
  let idNumber = '';
  if (!idType)
    reasons.push(`证件类型“${cell('idType')}”无效：应为 居民身份证、统一社会信用代码、护照 或 其他证件`);
  else {
    try {
      idNumber = parseIdNumber(idType, cell('idNumber'));
    } catch (e) {
      reasons.push(reason(e));
    }
  }
  let phone = '';
  try {
    phone = parseMobile(cell('phone'));
  } catch (e) {
    reasons.push(reason(e));
  }
  const address = cell('address');
  if (!address) reasons.push('缺少用气地址');
  const outletCode = cell('outlet');
  const branchId = outletCode ? ctx.branchIdByCode.get(outletCode) : ctx.defaultBranchId;
  if (!branchId) reasons.push(`营业网点“${outletCode}”不存在`);

  const facilities: CustomerRecord['facilities'] = [];
  const meterSerial = cell('meterSerial');
  if (meterSerial) {
    const kindText = cell('meterKind');
    const meterKind = kindText ? meterKindFrom(kindText) : null;
    if (kindText && !meterKind)
      reasons.push(`表具类型“${kindText}”无效：应为 IC卡预付费表、机械表 或 智能表`);
    facilities.push({ kind: 'meter', meterKind, serialNo: meterSerial });
  }
  for (const part of cell('otherFacilities')
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kindText = '', serialNo = ''] = part.split(/[:：]/).map((p) => p.trim());
    const kind = facilityKindFrom(kindText);
    if (!kind || !serialNo) reasons.push(`其他设施“${part}”格式应为 类型:编号，如 管道:P-001`);
    else facilities.push({ kind, meterKind: null, serialNo });
  }

  const opening: CustomerRecord['opening'] = [];
  const amounts: Array<[ImportField, ChargeKind, string]> = [
    ['openingGas', 'gas', '燃气费欠费'],
    ['openingInstallation', 'installation', '安装费欠费'],
    ['openingLateFee', 'late_fee', '滞纳金'],
  ].map(([f, k, label]) => [f as ImportField, k as ChargeKind, label as string]);
  let dueDate = ctx.today;
  if (cell('openingDueDate')) {
    try {
      dueDate = parseLocalDate(cell('openingDueDate'));
    } catch (e) {
      reasons.push(`欠费到期日：${reason(e)}`);
    }
  }
  for (const [field, kind, label] of amounts) {
    const text = cell(field);
    if (!text) continue;
    try {
      const fen = parseYuan(text);
      if (fen < 0) reasons.push(`${label}不能为负数`);
      else if (fen > 0) opening.push({ kind, amountFen: fen, dueDate });
    } catch (e) {
      reasons.push(`${label}：${reason(e)}`);
    }
  }
  if (reasons.length || !type || !idType || !branchId) return { reasons };
  return {
    record: {
      accountNo: accountNo || undefined,
      type,
      name,
      idType,
      idNumber,
      phone,
      address,
      branchId,
      gasCertificateNo: cell('gasCertificateNo') || null,
      facilities,
      opening,
    },
  };
}
