import { Card, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

interface Column {
  /** The header as the billing system exports it; the English alias is accepted too. */
  header: string;
  alias: string;
  required: boolean;
  help: MessageKey;
}

/** The import file's columns, in template order (GET /api/customers/import-template.csv). */
const COLUMNS: Column[] = [
  { header: '户号', alias: 'account_no', required: false, help: 'import.help.accountNo' },
  { header: '用户类型', alias: 'type', required: true, help: 'import.help.type' },
  { header: '用户名称', alias: 'name', required: true, help: 'import.help.name' },
  { header: '证件类型', alias: 'id_type', required: true, help: 'import.help.idType' },
  { header: '证件号码', alias: 'id_number', required: true, help: 'import.help.idNumber' },
  { header: '联系电话', alias: 'phone', required: true, help: 'import.help.phone' },
  { header: '用气地址', alias: 'address', required: true, help: 'import.help.address' },
  { header: '营业网点', alias: 'outlet', required: false, help: 'import.help.outlet' },
  {
    header: '燃气使用证号',
    alias: 'gas_certificate_no',
    required: false,
    help: 'import.help.gasCertificateNo',
  },
  { header: '表具编号', alias: 'meter_serial', required: false, help: 'import.help.meterSerial' },
  { header: '表具类型', alias: 'meter_kind', required: false, help: 'import.help.meterKind' },
  { header: '其他设施', alias: 'other_facilities', required: false, help: 'import.help.otherFacilities' },
  { header: '燃气费欠费', alias: 'opening_gas', required: false, help: 'import.help.openingAmount' },
  { header: '安装费欠费', alias: 'opening_installation', required: false, help: 'import.help.openingAmount' },
  { header: '滞纳金', alias: 'opening_late_fee', required: false, help: 'import.help.openingAmount' },
  { header: '欠费到期日', alias: 'opening_due_date', required: false, help: 'import.help.openingDueDate' },
];

export function ImportColumnsCard() {
  const { t } = useI18n();
  return (
    <Card title={t('import.columns.title')} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{t('import.columns.intro')}</Typography.Paragraph>
      <Table<Column>
        rowKey="header"
        size="small"
        pagination={false}
        dataSource={COLUMNS}
        columns={[
          {
            title: t('import.columns.header'),
            dataIndex: 'header',
            width: 170,
            render: (header: string, c) => (
              <>
                <Typography.Text strong>{header}</Typography.Text>{' '}
                <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                  {c.alias}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('import.columns.required'),
            dataIndex: 'required',
            width: 70,
            render: (required: boolean) =>
              required ? (
                <Tag color="red">{t('import.columns.yes')}</Tag>
              ) : (
                <Tag>{t('import.columns.no')}</Tag>
              ),
          },
          { title: t('import.columns.help'), dataIndex: 'help', render: (help: MessageKey) => t(help) },
        ]}
      />
    </Card>
  );
}
