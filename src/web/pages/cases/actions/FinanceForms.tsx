import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CHARGE_KIND_LABELS, type ChargeKind } from '../../../../domain/ledger/ledger';
import { formatCny, formatYuan, parseYuan, sumFen } from '../../../../domain/money';
import { formatMoney, isPositiveAmount, todayInShanghai } from '../../../format';
import { type Translate, useI18n } from '../../../i18n/i18n';
import { GUARANTEE_LABELS, GUARANTEE_TYPES } from '../labels';
import { PlanDetails } from '../TracksSection';
import { type ActionFormProps, ActionShell } from './ActionShell';

/** What people type: "1,234.5", "¥ 80" — separators and the currency sign are dropped before checking. */
const normaliseAmount = (text: string | undefined) => (text ?? '').replace(/[\s,，¥￥]/g, '');
const YUAN_INPUT = /^\d+(\.\d{1,2})?$/;

/** The amount as integer fen, or undefined while it is not a valid positive amount. */
function amountFen(text: string | undefined): number | undefined {
  const normalised = normaliseAmount(text);
  if (!YUAN_INPUT.test(normalised)) return undefined;
  const fen = parseYuan(normalised);
  return fen > 0 ? fen : undefined;
}

/** An amount as the API wants it: yuan with two decimals, through integer fen. */
const toYuan = (text: string | undefined) => formatYuan(parseYuan(normaliseAmount(text)));

function amountRule(t: Translate) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      const text = normaliseAmount(value);
      if (!text) throw new Error(t('ledger.amount.required'));
      if (/^\d+\.\d{3,}$/.test(text)) throw new Error(t('ledger.amount.tooPrecise'));
      if (!YUAN_INPUT.test(text)) throw new Error(t('ledger.amount.format'));
      if (parseYuan(text) <= 0) throw new Error(t('ledger.amount.positive'));
    },
  };
}

/** What the last fee check found owing, item by item. */
function Outstanding({ props }: { props: ActionFormProps }) {
  const { lang, t } = useI18n();
  const finance = props.view.tracks.finance;
  const last = finance.checks.at(-1);
  return (
    <Card size="small" data-testid="current-outstanding">
      <Statistic
        title={t('case.finance.outstanding')}
        value={formatMoney(finance.outstanding ?? '0')}
        styles={{ content: { color: isPositiveAmount(finance.outstanding ?? '0') ? '#cf1322' : '#389e0d' } }}
      />
      {last && (
        <table className="amount-list" style={{ marginTop: 8 }}>
          <tbody>
            {Object.entries(last.byKind)
              .filter(([, a]) => isPositiveAmount(a))
              .map(([kind, amount]) => (
                <tr key={kind}>
                  <td>{CHARGE_KIND_LABELS[kind as ChargeKind]?.[lang] ?? kind}</td>
                  <td className="amount">{formatMoney(amount)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

/** 核查费用: reads the account's ledger; the answer says settled or arrears, itemised. */
export function CheckFeesForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<Record<string, never>>();
  return (
    <ActionShell<Record<string, never>>
      props={props}
      form={form}
      okText={t('case.fees.check')}
      intro={
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('case.fees.help')}</Typography.Paragraph>
          {props.view.tracks.finance.checks.length > 0 && <Outstanding props={props} />}
        </Flex>
      }
      toPayload={() => ({})}
    />
  );
}

interface PlanValues {
  installments: { dueDate?: Dayjs; amount?: string }[];
  guarantee: { type: (typeof GUARANTEE_TYPES)[number]; description: string; value: string };
  reason: string;
}

/** Splits an amount in fen into n installments, the remainder on the last, due monthly from next month. */
function splitInstallments(totalFen: number, n: number): PlanValues['installments'] {
  const each = Math.floor(totalFen / n);
  const start = dayjs(todayInShanghai());
  return Array.from({ length: n }, (_, i) => ({
    dueDate: start.add(i + 1, 'month'),
    amount: formatYuan(i === n - 1 ? totalFen - each * (n - 1) : each),
  }));
}

/** 提出欠费补缴计划: installments, guarantee and the special reason, for a manager to approve. */
export function ProposePlanForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<PlanValues>();
  const outstanding = props.view.tracks.finance.outstanding ?? '0.00';
  const outstandingFen = parseYuan(outstanding, { allowNegative: true });
  const [count, setCount] = useState(3);
  const installments = Form.useWatch('installments', form) ?? [];
  const totalFen = sumFen(installments.map((i) => amountFen(i?.amount) ?? 0));
  const matches = totalFen === outstandingFen;

  return (
    <ActionShell<PlanValues>
      props={props}
      form={form}
      initialValues={{
        installments: outstandingFen > 0 ? splitInstallments(outstandingFen, 3) : [{}],
        guarantee: { type: 'bank_guarantee', description: '', value: '' },
        reason: '',
      }}
      intro={<Outstanding props={props} />}
      toPayload={(v) => ({
        installments: v.installments.map((i) => ({
          dueDate: i.dueDate?.format('YYYY-MM-DD') ?? '',
          amount: toYuan(i.amount),
        })),
        guarantee: {
          type: v.guarantee.type,
          description: v.guarantee.description.trim(),
          value: toYuan(v.guarantee.value),
        },
        reason: v.reason.trim(),
      })}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('case.plan.installments')}
      </Typography.Title>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <InputNumber
          min={1}
          max={60}
          value={count}
          onChange={(v) => setCount(v ?? 1)}
          aria-label={t('case.plan.count')}
          suffix={t('case.plan.periods')}
          style={{ width: 110 }}
        />
        <Button
          disabled={outstandingFen <= 0}
          onClick={() => form.setFieldValue('installments', splitInstallments(outstandingFen, count))}
        >
          {t('case.plan.split')}
        </Button>
      </Flex>
      <Form.List name="installments">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Typography.Text type="secondary" style={{ width: 28, lineHeight: '32px' }}>
                  {i + 1}.
                </Typography.Text>
                <Form.Item
                  name={[field.name, 'dueDate']}
                  style={{ flex: '1 1 150px' }}
                  rules={[{ required: true, message: t('case.plan.dueDate.required') }]}
                >
                  <DatePicker
                    format="YYYY-MM-DD"
                    style={{ width: '100%' }}
                    aria-label={t('case.finance.dueDate')}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  style={{ flex: '1 1 140px' }}
                  rules={[amountRule(t)]}
                >
                  <Input
                    prefix="¥"
                    inputMode="decimal"
                    className="amount"
                    aria-label={t('case.finance.amount')}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('case.plan.addInstallment')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Alert
        style={{ margin: '12px 0 16px' }}
        type={matches ? 'success' : 'warning'}
        showIcon
        title={t(matches ? 'case.plan.totalMatches' : 'case.plan.totalDiffers', {
          total: formatCny(totalFen),
          outstanding: formatMoney(outstanding),
        })}
      />
      <Typography.Title level={5}>{t('case.finance.guarantee')}</Typography.Title>
      <Form.Item
        name={['guarantee', 'type']}
        label={t('case.plan.guaranteeType')}
        rules={[{ required: true }]}
      >
        <Select
          options={GUARANTEE_TYPES.map((g) => ({ value: g, label: t(GUARANTEE_LABELS[g] ?? 'common.none') }))}
        />
      </Form.Item>
      <Form.Item
        name={['guarantee', 'description']}
        label={t('case.plan.guaranteeDescription')}
        rules={[{ required: true, whitespace: true, message: t('case.plan.guaranteeDescription.required') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name={['guarantee', 'value']} label={t('case.plan.guaranteeValue')} rules={[amountRule(t)]}>
        <Input prefix="¥" inputMode="decimal" className="amount" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('case.plan.reason')}
        rules={[{ required: true, whitespace: true, message: t('case.plan.reason.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

interface DecisionValues {
  decision: 'approve' | 'reject';
  note?: string;
}

/** 审批补缴计划: the manager weighs plan and guarantee, and approves or rejects with a note. */
export function ApprovePlanForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<DecisionValues>();
  const plan = props.view.tracks.finance.plan;
  return (
    <ActionShell<DecisionValues>
      props={props}
      form={form}
      initialValues={{ decision: 'approve' }}
      intro={
        <Flex vertical gap={12}>
          <Outstanding props={props} />
          {plan && (
            <Card size="small">
              <PlanDetails plan={plan} />
            </Card>
          )}
        </Flex>
      }
      toPayload={(v) => ({ decision: v.decision, note: (v.note ?? '').trim() })}
    >
      <Form.Item name="decision" label={t('case.plan.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'approve', label: t('case.plan.decision.approve') },
            { value: 'reject', label: t('case.plan.decision.reject') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('case.plan.decisionNote')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

interface AgreementValues {
  agreementNo: string;
  signedAt: Dayjs;
  finalDueDate: Dayjs;
  defaultLiability: string;
}

/** 签订补缴协议: the signed agreement with its final deadline and default liability. */
export function SignAgreementForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<AgreementValues>();
  const plan = props.view.tracks.finance.plan;
  const lastDue = plan?.installments.at(-1)?.dueDate;
  return (
    <ActionShell<AgreementValues>
      props={props}
      form={form}
      initialValues={{
        signedAt: dayjs(todayInShanghai()),
        ...(lastDue ? { finalDueDate: dayjs(lastDue) } : {}),
      }}
      intro={
        plan && (
          <Card size="small">
            <PlanDetails plan={plan} />
          </Card>
        )
      }
      toPayload={(v) => ({
        agreementNo: v.agreementNo.trim(),
        signedAt: v.signedAt.format('YYYY-MM-DD'),
        finalDueDate: v.finalDueDate.format('YYYY-MM-DD'),
        defaultLiability: v.defaultLiability.trim(),
      })}
    >
      <Form.Item
        name="agreementNo"
        label={t('case.agreement.no')}
        rules={[{ required: true, whitespace: true, message: t('case.agreement.no.required') }]}
      >
        <Input className="mono" maxLength={40} />
      </Form.Item>
      <Form.Item name="signedAt" label={t('case.agreement.signedAt')} rules={[{ required: true }]}>
        <DatePicker format="YYYY-MM-DD" allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="finalDueDate"
        label={t('case.agreement.finalDueDate')}
        rules={[{ required: true, message: t('case.agreement.finalDueDate.required') }]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="defaultLiability"
        label={t('case.agreement.liability')}
        rules={[{ required: true, whitespace: true, message: t('case.agreement.liability.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

/** 出具费用结清证明: numbered PDF filed on the case and handed back to customer service. */
export function IssueCertificateForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<Record<string, never>>();
  const finance = props.view.tracks.finance;
  return (
    <ActionShell<Record<string, never>>
      props={props}
      form={form}
      okText={t('case.certificate.issue')}
      intro={
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t(finance.plan?.status === 'signed' ? 'case.certificate.helpPlan' : 'case.certificate.help')}
          </Typography.Paragraph>
          <Outstanding props={props} />
        </Flex>
      }
      toPayload={() => ({})}
    />
  );
}
