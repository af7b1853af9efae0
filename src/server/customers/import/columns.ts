/** Import columns: the Chinese header the billing export uses, and an English alias. */
export const IMPORT_COLUMNS = {
  accountNo: ['户号', 'account_no'],
  type: ['用户类型', 'type'],
  name: ['用户名称', 'name'],
  idType: ['证件类型', 'id_type'],
  idNumber: ['证件号码', 'id_number'],
  phone: ['联系电话', 'phone'],
  address: ['用气地址', 'address'],
  outlet: ['营业网点', 'outlet'],
  gasCertificateNo: ['燃气使用证号', 'gas_certificate_no'],
  meterSerial: ['表具编号', 'meter_serial'],
  meterKind: ['表具类型', 'meter_kind'],
  otherFacilities: ['其他设施', 'other_facilities'],
  openingGas: ['燃气费欠费', 'opening_gas'],
  openingInstallation: ['安装费欠费', 'opening_installation'],
  openingLateFee: ['滞纳金', 'opening_late_fee'],
  openingDueDate: ['欠费到期日', 'opening_due_date'],
} as const;

export type ImportField = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_FIELDS: ImportField[] = ['type', 'name', 'idType', 'idNumber', 'phone', 'address'];

/** Maps a header row to field positions; unknown headers are reported, not silently dropped. */
export function mapHeader(header: string[]): {
  positions: Partial<Record<ImportField, number>>;
  unknown: string[];
  missing: ImportField[];
} {
  const positions: Partial<Record<ImportField, number>> = {};
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const h = raw.trim();
    const field = (Object.keys(IMPORT_COLUMNS) as ImportField[]).find((f) =>
      (IMPORT_COLUMNS[f] as readonly string[]).includes(h),
    );
    if (field) positions[field] = i;
    else if (h) unknown.push(h);
  });
  const missing = REQUIRED_FIELDS.filter((f) => positions[f] === undefined);
  return { positions, unknown, missing };
}

export function templateHeader(): string {
  return Object.values(IMPORT_COLUMNS)
    .map((c) => c[0])
    .join(',');
}
