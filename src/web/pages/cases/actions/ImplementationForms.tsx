import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Skeleton,
  Statistic,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Customer, Ledger } from '../../../../domain/contracts/customers';
import type { PublicFeeSchedule } from '../../../../domain/contracts/fees';
import type { SettingsResponse } from '../../../../domain/contracts/settings';
import {
  CUSTOMER_TYPE_LABELS,
  FACILITY_KIND_LABELS,
  type FacilityKind,
} from '../../../../domain/customers/customer-types';
import { removalFee } from '../../../../domain/fees/fee-schedule';
import { ID_TYPES, type IdType } from '../../../../domain/identity/id-document';
import { CHARGE_KIND_LABELS, type ChargeKind } from '../../../../domain/ledger/ledger';
import { formatCny, parseYuan } from '../../../../domain/money';
import { POLICY_PARAMETERS } from '../../../../domain/settings/policy-parameters';
import { formatMoney, isPositiveAmount, nowInShanghai, shanghaiInstant } from '../../../format';
import { type Translate, useI18n } from '../../../i18n/i18n';
import { useApiQuery } from '../../../useApiQuery';
import { idTypeLabel } from '../../customers/labels';
import {
  COLLECTED_LABELS,
  COLLECTED_PAPERS,
  deadlineLabel,
  REMOVAL_MODE_LABELS,
  REMOVAL_MODES,
  REMOVED_BY_LABELS,
  SEALING_METHOD_LABELS,
  SEALING_METHODS,
  TEST_MEDIA,
  TEST_MEDIUM_LABELS,
} from '../labels';
import { type ActionFormProps, ActionShell, usePhone } from './ActionShell';

type Facility = Customer['facilities'][number];

/** The account as the server knows it now: its facilities still in service are what gets removed. */
function useAccount(props: ActionFormProps) {
  return useApiQuery<Customer>(`/customers/${encodeURIComponent(props.view.customer.accountNo)}`);
}

function inService(customer: Customer | undefined): Facility[] {
  return (customer?.facilities ?? []).filter((f) => f.status === 'in_service');
}

function facilityLabel(kind: string, lang: 'zh' | 'en'): string {
  return FACILITY_KIND_LABELS[kind as FacilityKind]?.[lang] ?? kind;
}

/** Who the case is about, on top of every on-site form. */
function CustomerLine({ props }: { props: ActionFormProps }) {
  const { lang } = useI18n();
  const c = props.view.customer;
  return (
    <Flex vertical gap={2}>
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong>{c.name}</Typography.Text>
        <Tag color="blue" variant="filled">
          {CUSTOMER_TYPE_LABELS[c.type][lang]}
        </Tag>
        <Typography.Text className="mono">{c.accountNo}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">{c.address}</Typography.Text>
    </Flex>
  );
}

/** what the company would charge, line by line, at the schedule published today. */
function RemovalFeeEstimate({ props }: { props: ActionFormProps }) {
  const { lang, t } = useI18n();
  const account = useAccount(props);
  const schedule = useApiQuery<PublicFeeSchedule>('/public/fee-schedule');
  if (!account.data || !schedule.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const facilities = inService(account.data);
  const fee = removalFee(
    schedule.data.inForce.map((i) => ({
      customerType: i.customerType,
      facilityKind: i.facilityKind,
      amountFen: parseYuan(i.amount),
      effectiveFrom: i.effectiveFrom,
    })),
    props.view.customer.type,
    facilities.map((f) => f.facility),
    schedule.data.date,
  );
  return (
    <Card size="small" title={t('impl.removal.estimate')} data-testid="removal-fee-estimate">
      <table className="amount-list" style={{ width: '100%' }}>
        <tbody>
          {facilities.map((f, i) => {
            const line = fee.lines[i];
            return (
              <tr key={f.id}>
                <td>
                  {facilityLabel(f.facility, lang)} <span className="mono">{f.serialNo}</span>
                </td>
                <td className="amount">
                  {line?.amountFen === null || line === undefined ? (
                    <Typography.Text type="danger">{t('impl.removal.noFee')}</Typography.Text>
                  ) : (
                    formatCny(line.amountFen)
                  )}
                </td>
              </tr>
            );
          })}
          <tr>
            <td>
              <Typography.Text strong>{t('impl.removal.total')}</Typography.Text>
            </td>
            <td className="amount">
              <Typography.Text strong>{formatCny(fee.totalFen)}</Typography.Text>
            </td>
          </tr>
        </tbody>
      </table>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('impl.removal.estimateNote', { date: schedule.data.date })}
      </Typography.Text>
    </Card>
  );
}

/** 选择拆除方式: the user arranges it (the company verifies), or entrusts the company for the published fee. */
export function ChooseRemovalForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<{ mode: 'self' | 'company' }>();
  const mode = Form.useWatch('mode', form);
  const removal = props.view.deadlines.find((d) => d.kind === 'removal' && d.status !== 'met');
  const { lang } = useI18n();
  return (
    <ActionShell<{ mode: 'self' | 'company' }>
      props={props}
      form={form}
      initialValues={{ mode: 'self' }}
      intro={<CustomerLine props={props} />}
      toPayload={(v) => ({ mode: v.mode })}
    >
      <Form.Item name="mode" label={t('impl.removal.mode')} rules={[{ required: true }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={8}>
            {REMOVAL_MODES.map((m) => (
              <Radio key={m} value={m} className="choice-card">
                <Flex vertical>
                  <Typography.Text strong>{t(REMOVAL_MODE_LABELS[m] ?? 'common.none')}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t(m === 'self' ? 'impl.removal.mode.self.help' : 'impl.removal.mode.company.help')}
                  </Typography.Text>
                </Flex>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      {mode === 'self' && removal && (
        <Alert
          type="info"
          showIcon
          title={t('impl.removal.deadline', {
            kind: deadlineLabel(removal.kind, lang),
            date: removal.dueDate,
          })}
        />
      )}
      {mode === 'company' && <RemovalFeeEstimate props={props} />}
    </ActionShell>
  );
}

interface RemovalValues {
  selected: string[];
  removedAt: Dayjs;
  removedBy: 'customer' | 'company';
  note?: string;
}

/**
 * 登记设施拆除, on site on a phone: the account's facilities in service, each ticked with its serial
 * number as the account records it; every meter must come out.
 */
export function RecordRemovalForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<RemovalValues>();
  const account = useAccount(props);
  const facilities = inService(account.data);
  const byCompany = props.view.implementation.removal?.mode === 'company';

  // The facilities arrive after the drawer opens: tick all of them, as a removal normally takes all.
  useEffect(() => {
    if (account.data) {
      form.setFieldValue(
        'selected',
        inService(account.data).map((f) => f.id),
      );
    }
  }, [account.data, form]);

  return (
    <ActionShell<RemovalValues>
      props={props}
      form={form}
      initialValues={{
        selected: [],
        removedAt: dayjs(nowInShanghai()),
        removedBy: byCompany ? 'company' : 'customer',
        note: '',
      }}
      intro={
        <Flex vertical gap={8}>
          <CustomerLine props={props} />
          <Alert
            type="info"
            showIcon
            title={t(byCompany ? 'impl.removal.byCompanyHelp' : 'impl.removal.bySelfHelp')}
          />
        </Flex>
      }
      toPayload={(v) => ({
        removedItems: facilities
          .filter((f) => v.selected.includes(f.id))
          .map((f) => ({ facility: f.facility, serialNo: f.serialNo })),
        removedAt: shanghaiInstant(v.removedAt.format('YYYY-MM-DD HH:mm')),
        removedBy: v.removedBy,
        note: (v.note ?? '').trim(),
      })}
    >
      <Form.Item
        name="selected"
        label={t('impl.removal.items')}
        extra={t('impl.removal.itemsHelp')}
        rules={[
          {
            validator: async (_, selected: string[] | undefined) => {
              if (!selected?.length) throw new Error(t('impl.removal.items.required'));
              const left = facilities.filter((f) => f.facility === 'meter' && !selected.includes(f.id));
              if (left.length) {
                throw new Error(
                  t('impl.removal.meterLeft', { serials: left.map((f) => f.serialNo).join('、') }),
                );
              }
            },
          },
        ]}
      >
        {!account.data ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : facilities.length === 0 ? (
          <Alert type="warning" showIcon title={t('impl.removal.noneInService')} />
        ) : (
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={8} style={{ width: '100%' }}>
              {facilities.map((f) => (
                <Checkbox
                  key={f.id}
                  value={f.id}
                  className="choice-card"
                  data-testid="removal-item"
                  aria-label={`${facilityLabel(f.facility, lang)} ${f.serialNo}`}
                >
                  <Flex vertical>
                    <Flex gap={6} align="center" wrap>
                      <Typography.Text strong>{facilityLabel(f.facility, lang)}</Typography.Text>
                      {f.facility === 'meter' && <Tag color="orange">{t('impl.removal.meterMust')}</Tag>}
                    </Flex>
                    <Typography.Text className="mono">{f.serialNo}</Typography.Text>
                    {f.description && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {f.description}
                      </Typography.Text>
                    )}
                  </Flex>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        )}
      </Form.Item>
      <Form.Item name="removedBy" label={t('impl.removal.removedBy')} rules={[{ required: true }]}>
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          options={(['customer', 'company'] as const).map((b) => ({
            value: b,
            label: t(REMOVED_BY_LABELS[b] ?? 'common.none'),
            disabled: byCompany && b === 'customer',
          }))}
        />
      </Form.Item>
      <Form.Item
        name="removedAt"
        label={t('impl.removal.removedAt')}
        rules={[{ required: true, message: t('impl.removal.removedAt.required') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowClear={false}
          inputReadOnly
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(nowInShanghai()), 'day')}
        />
      </Form.Item>
      <Form.Item name="note" label={t('impl.removal.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

/** The tightness-test rule as the settings say today (SEAL-TEST-*), with the defaults while they load. */
export function useSealingRules() {
  const settings = useApiQuery<SettingsResponse>('/settings');
  const value = (
    id: 'SEAL-TEST-MIN-KPA' | 'SEAL-TEST-MIN-MINUTES-RESIDENTIAL' | 'SEAL-TEST-MIN-MINUTES-NONRESIDENTIAL',
  ) => {
    const v = settings.data?.parameters.find((p) => p.id === id)?.value;
    return typeof v === 'number' ? v : POLICY_PARAMETERS[id].default;
  };
  return {
    minKPa: value('SEAL-TEST-MIN-KPA'),
    minMinutesResidential: value('SEAL-TEST-MIN-MINUTES-RESIDENTIAL'),
    minMinutesNonResidential: value('SEAL-TEST-MIN-MINUTES-NONRESIDENTIAL'),
  };
}

interface TestValues {
  medium?: (typeof TEST_MEDIA)[number];
  testPressureKPa?: number | null;
  durationMin?: number | null;
  pressureDropKPa?: number | null;
  result?: 'pass' | 'fail';
}

interface SealingValues {
  sealedAt: Dayjs;
  method: (typeof SEALING_METHODS)[number];
  permanent: boolean;
  materialStandard: string;
  withTest: boolean;
  test: TestValues;
  note?: string;
}

/** Each criterion of the rule against what was typed: met, not met, or not filled in yet. */
function testCriteria(
  test: TestValues | undefined,
  minKPa: number,
  minMinutes: number,
  t: Translate,
): { key: string; text: string; ok: boolean | undefined }[] {
  const num = (v: number | null | undefined) => (typeof v === 'number' ? v : undefined);
  const pressure = num(test?.testPressureKPa);
  const duration = num(test?.durationMin);
  const drop = num(test?.pressureDropKPa);
  return [
    {
      key: 'medium',
      text: t('impl.test.rule.medium'),
      ok: test?.medium === undefined ? undefined : test.medium !== 'water',
    },
    {
      key: 'pressure',
      text: t('impl.test.rule.pressure', { kpa: minKPa }),
      ok: pressure === undefined ? undefined : pressure >= minKPa,
    },
    {
      key: 'duration',
      text: t('impl.test.rule.duration', { min: minMinutes }),
      ok: duration === undefined ? undefined : duration >= minMinutes,
    },
    { key: 'drop', text: t('impl.test.rule.drop'), ok: drop === undefined ? undefined : drop <= 0 },
    {
      key: 'result',
      text: t('impl.test.rule.result'),
      ok: test?.result === undefined ? undefined : test.result === 'pass',
    },
  ];
}

function CriteriaList({ criteria }: { criteria: ReturnType<typeof testCriteria> }) {
  return (
    <Flex vertical gap={4} data-testid="pressure-test-check">
      {criteria.map((c) => (
        <Flex key={c.key} gap={8} align="center" data-ok={c.ok === undefined ? 'unknown' : String(c.ok)}>
          {c.ok === undefined ? (
            <MinusCircleOutlined style={{ color: '#bfbfbf' }} />
          ) : c.ok ? (
            <CheckCircleFilled style={{ color: '#52c41a' }} />
          ) : (
            <CloseCircleFilled style={{ color: '#ff4d4f' }} />
          )}
          <Typography.Text type={c.ok === false ? 'danger' : undefined}>{c.text}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

const MATERIAL_STANDARDS = [
  'GB/T 3287 可锻铸铁管路连接件（丝堵、管帽）',
  'GB/T 12459 钢制对焊管件',
  'GB/T 9124 钢制管法兰（盲板）',
  'CJJ 94 城镇燃气室内工程施工与质量验收规范',
];

/**
 * 登记封堵及压力测试, on site: how the user-end pipe was sealed and, where the rule asks for it
 * (commercial and industrial permanent sealing), the tightness test — checked against the rule as it
 * is typed, so the inspector sees a failing test before the server refuses it.
 */
export function RecordSealingForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const phone = usePhone();
  const [form] = Form.useForm<SealingValues>();
  const rules = useSealingRules();
  const type = props.view.customer.type;
  const residential = type === 'residential';
  const minMinutes = residential ? rules.minMinutesResidential : rules.minMinutesNonResidential;
  const permanent = Form.useWatch('permanent', form) ?? true;
  const withTest = Form.useWatch('withTest', form) ?? !residential;
  const test = Form.useWatch('test', form);
  const required = !residential && permanent;
  const criteria = testCriteria(test, rules.minKPa, minMinutes, t);
  const failing = criteria.some((c) => c.ok === false);

  useEffect(() => {
    if (required) form.setFieldValue('withTest', true);
  }, [required, form]);

  const number = (name: keyof TestValues, label: string, suffix: string, requiredMessage: string) => (
    <Form.Item
      name={['test', name]}
      label={label}
      style={{ flex: phone ? '1 1 100%' : '1 1 45%' }}
      rules={[{ required: true, message: requiredMessage }]}
    >
      <InputNumber
        min={0}
        max={10000}
        step={0.1}
        inputMode="decimal"
        suffix={suffix}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );

  return (
    <ActionShell<SealingValues>
      props={props}
      form={form}
      initialValues={{
        sealedAt: dayjs(nowInShanghai()),
        method: 'cap',
        permanent: true,
        materialStandard: '',
        withTest: !residential,
        test: { medium: 'air', result: 'pass' },
        note: '',
      }}
      intro={
        <Flex vertical gap={8}>
          <CustomerLine props={props} />
          <Alert
            type={residential ? 'info' : 'warning'}
            showIcon
            data-testid="sealing-rule"
            title={t(
              residential ? 'impl.sealing.rule.residential.title' : 'impl.sealing.rule.nonResidential.title',
              {
                type: CUSTOMER_TYPE_LABELS[type][lang],
              },
            )}
            description={t(
              residential ? 'impl.sealing.rule.residential' : 'impl.sealing.rule.nonResidential',
              {
                kpa: rules.minKPa,
                min: minMinutes,
              },
            )}
          />
        </Flex>
      }
      toPayload={(v) => ({
        sealedAt: shanghaiInstant(v.sealedAt.format('YYYY-MM-DD HH:mm')),
        method: v.method,
        permanent: v.permanent,
        materialStandard: (v.materialStandard ?? '').trim(),
        ...(v.withTest
          ? {
              pressureTest: {
                medium: v.test.medium,
                testPressureKPa: v.test.testPressureKPa,
                durationMin: v.test.durationMin,
                pressureDropKPa: v.test.pressureDropKPa,
                result: v.test.result,
              },
            }
          : {}),
        note: (v.note ?? '').trim(),
      })}
    >
      <Form.Item
        name="sealedAt"
        label={t('impl.sealing.sealedAt')}
        rules={[{ required: true, message: t('impl.sealing.sealedAt.required') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowClear={false}
          inputReadOnly
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(nowInShanghai()), 'day')}
        />
      </Form.Item>
      <Form.Item name="method" label={t('impl.sealing.method')} rules={[{ required: true }]}>
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          options={SEALING_METHODS.map((m) => ({
            value: m,
            label: t(SEALING_METHOD_LABELS[m] ?? 'common.none'),
          }))}
        />
      </Form.Item>
      <Form.Item name="permanent" label={t('impl.sealing.kind')}>
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('impl.sealing.permanent') },
            { value: false, label: t('impl.sealing.temporary') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="materialStandard"
        label={t('impl.sealing.materialStandard')}
        extra={t('impl.sealing.materialStandard.help')}
        rules={[{ required: true, whitespace: true, message: t('impl.sealing.materialStandard.required') }]}
      >
        <AutoComplete
          options={MATERIAL_STANDARDS.map((s) => ({ value: s }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
        >
          <Input maxLength={200} />
        </AutoComplete>
      </Form.Item>
      <Divider style={{ margin: '8px 0 16px' }} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('impl.test.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">
            {t(required ? 'impl.test.required' : 'impl.test.optional')}
          </Typography.Text>
          <Form.Item name="withTest" valuePropName="checked" noStyle>
            <Switch disabled={required} aria-label={t('impl.test.record')} />
          </Form.Item>
        </Flex>
      </Flex>
      {withTest && (
        <Card size="small" className="pressure-test" data-testid="pressure-test">
          <Form.Item name={['test', 'medium']} label={t('impl.test.medium')} rules={[{ required: true }]}>
            <Radio.Group
              block
              optionType="button"
              buttonStyle="solid"
              options={TEST_MEDIA.map((m) => ({
                value: m,
                label: t(TEST_MEDIUM_LABELS[m] ?? 'common.none'),
              }))}
            />
          </Form.Item>
          <Flex gap={phone ? 0 : 12} wrap>
            {number('testPressureKPa', t('impl.test.pressure'), 'kPa', t('impl.test.pressure.required'))}
            {number(
              'durationMin',
              t('impl.test.duration'),
              t('impl.test.minutes'),
              t('impl.test.duration.required'),
            )}
            {number('pressureDropKPa', t('impl.test.drop'), 'kPa', t('impl.test.drop.required'))}
          </Flex>
          <Form.Item name={['test', 'result']} label={t('impl.test.result')} rules={[{ required: true }]}>
            <Radio.Group
              block
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'pass', label: t('impl.test.pass') },
                { value: 'fail', label: t('impl.test.fail') },
              ]}
            />
          </Form.Item>
          <Typography.Text strong>{t('impl.test.check')}</Typography.Text>
          <CriteriaList criteria={criteria} />
          {failing && (
            <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('impl.test.failing')} />
          )}
        </Card>
      )}
      <Form.Item name="note" label={t('impl.sealing.note')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

interface FinalizeValues {
  identityVerified: boolean;
  identityDocument: IdType;
  collected: string[];
  note?: string;
}

/** What the account still owes, from its ledger: finalizing is refused until it is nothing. */
function OwedCard({ props }: { props: ActionFormProps }) {
  const { lang, t } = useI18n();
  const ledger = useApiQuery<Ledger>(
    `/customers/${encodeURIComponent(props.view.customer.accountNo)}/ledger`,
  );
  if (ledger.error) return null;
  if (!ledger.data) return <Skeleton active paragraph={{ rows: 1 }} />;
  const owed = ledger.data.totals.outstanding;
  const plan = props.view.tracks.finance.plan?.status === 'signed';
  const kinds = Object.entries(ledger.data.totals.byKind).filter(([, k]) => isPositiveAmount(k.outstanding));
  return (
    <Card size="small" data-testid="finalize-owed">
      <Statistic
        title={t('impl.finalize.owed')}
        value={formatMoney(owed)}
        styles={{ content: { color: isPositiveAmount(owed) ? '#cf1322' : '#389e0d' } }}
      />
      {kinds.length > 0 && (
        <table className="amount-list" style={{ marginTop: 8 }}>
          <tbody>
            {kinds.map(([kind, k]) => (
              <tr key={kind}>
                <td>{CHARGE_KIND_LABELS[kind as ChargeKind]?.[lang] ?? kind}</td>
                <td className="amount">{formatMoney(k.outstanding)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isPositiveAmount(owed) && (
        <Alert
          type={plan ? 'info' : 'error'}
          showIcon
          style={{ marginTop: 8 }}
          title={t(plan ? 'impl.finalize.owedPlan' : 'impl.finalize.owedBlock')}
        />
      )}
    </Card>
  );
}

/**
 * 办结销户 at the counter: the applicant's identity checked again, the gas-use certificate and other
 * papers taken back; the account is deregistered and the closure certificate issued.
 */
export function FinalizeForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<FinalizeValues>();
  const { applicant, agent } = props.view;
  const person = agent ?? applicant;
  return (
    <ActionShell<FinalizeValues>
      props={props}
      form={form}
      okText={t('impl.finalize.ok')}
      initialValues={{
        identityVerified: false,
        identityDocument: person.idType,
        collected: ['gas_use_certificate'],
        note: '',
      }}
      intro={
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('impl.finalize.help')}</Typography.Text>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'who',
                label: t(agent ? 'cases.agent' : 'cases.applicant'),
                children: person.name,
              },
              {
                key: 'id',
                label: idTypeLabel(person.idType, lang),
                children: <span className="mono">{person.idNumber}</span>,
              },
              {
                key: 'account',
                label: t('case.customer'),
                children: (
                  <span>
                    {props.view.customer.name} · <span className="mono">{props.view.customer.accountNo}</span>
                  </span>
                ),
              },
            ]}
          />
          <OwedCard props={props} />
        </Flex>
      }
      toPayload={(v) => ({
        identityVerified: v.identityVerified,
        identityDocument: v.identityDocument,
        collected: v.collected,
        note: (v.note ?? '').trim(),
      })}
    >
      <Form.Item
        name="identityDocument"
        label={t('impl.finalize.identityDocument')}
        rules={[{ required: true }]}
      >
        <Select options={ID_TYPES.map((k) => ({ value: k, label: idTypeLabel(k, lang) }))} />
      </Form.Item>
      <Form.Item
        name="identityVerified"
        valuePropName="checked"
        rules={[
          {
            validator: async (_, checked: boolean) => {
              if (!checked) throw new Error(t('impl.finalize.identityVerified.required'));
            },
          },
        ]}
      >
        <Checkbox data-testid="identity-verified">{t('impl.finalize.identityVerified')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="collected"
        label={t('impl.finalize.collected')}
        rules={[{ required: true, type: 'array', min: 1, message: t('impl.finalize.collected.required') }]}
      >
        <Checkbox.Group
          options={COLLECTED_PAPERS.map((k) => ({
            value: k,
            label: t(COLLECTED_LABELS[k] ?? 'common.none'),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('impl.finalize.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}
