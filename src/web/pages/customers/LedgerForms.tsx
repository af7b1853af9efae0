import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AddChargeBody, AddPaymentBody, Ledger } from '../../../domain/contracts/customers';
import {
  CHARGE_KIND_LABELS,
  CHARGE_KINDS,
  type ChargeKind,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  type PaymentMethod,
} from '../../../domain/ledger/ledger';
import { formatCny, formatYuan, parseYuan } from '../../../domain/money';
import { api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { formatMoney, isPositiveAmount, nowInShanghai, shanghaiInstant, todayInShanghai } from '../../format';
import { type Translate, useI18n } from '../../i18n/i18n';
import { useIdempotencyKey } from '../../idempotency';

/** What people type: "1,234.5", "¥ 80" — separators and the currency sign are dropped before checking. */
const normaliseAmount = (text: string | undefined) => (text ?? '').replace(/[\s,，¥￥]/g, '');
const YUAN_INPUT = /^\d+(\.\d{1,2})?$/;

/** The amount as integer fen, or undefined while it is not a valid positive amount yet. */
function amountFen(text: string | undefined): number | undefined {
  const normalised = normaliseAmount(text);
  if (!YUAN_INPUT.test(normalised)) return undefined;
  const fen = parseYuan(normalised);
  return fen > 0 ? fen : undefined;
}

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

/** Shows the amount as it will be booked, so "1000" vs "100.0" typos are seen before saving. */
function AmountPreview({ value }: { value: string | undefined }) {
  const { t } = useI18n();
  const fen = amountFen(value);
  return fen === undefined ? null : (
    <Typography.Text type="secondary">
      {t('ledger.amount.preview', { amount: formatCny(fen) })}
    </Typography.Text>
  );
}

const CODE_FIELDS = { INVALID_AMOUNT: 'amount', INVALID_DATE: 'dueDate' };

interface ChargeValues {
  kind: ChargeKind;
  amount: string;
  dueDate: Dayjs;
  note?: string;
}

export function ChargeFormModal({
  accountNo,
  onClose,
  onSaved,
}: {
  accountNo: string;
  onClose: () => void;
  onSaved: (ledger: Ledger) => void;
}) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChargeValues>();
  const amount = Form.useWatch('amount', form);
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (values: ChargeValues) => {
    setSaving(true);
    setError(undefined);
    const body: AddChargeBody = {
      kind: values.kind,
      amount: formatYuan(parseYuan(normaliseAmount(values.amount))),
      dueDate: values.dueDate.format('YYYY-MM-DD'),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    };
    try {
      const ledger = await api.post<Ledger>(`/customers/${encodeURIComponent(accountNo)}/charges`, body, {
        headers: { 'Idempotency-Key': keyFor(body) },
      });
      message.success(t('ledger.chargeSaved', { amount: formatMoney(body.amount) }));
      onSaved(ledger);
    } catch (e) {
      if (!applyFieldErrors(form, e, CODE_FIELDS)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('ledger.addCharge')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<ChargeValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'gas', dueDate: dayjs(todayInShanghai()) }}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="kind" label={t('ledger.col.kind')} rules={[{ required: true }]}>
          <Select options={CHARGE_KINDS.map((k) => ({ value: k, label: CHARGE_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('ledger.col.amount')}
          rules={[amountRule(t)]}
          extra={<AmountPreview value={amount} />}
        >
          <Input prefix="¥" inputMode="decimal" placeholder="0.00" className="amount" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('ledger.col.dueDate')}
          rules={[{ required: true, message: t('ledger.dueDate.required') }]}
        >
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('ledger.col.note')}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

interface PaymentValues {
  amount: string;
  method: PaymentMethod;
  paidAt: Dayjs;
  receiptNo?: string;
  note?: string;
}

export function PaymentFormModal({
  accountNo,
  outstanding,
  onClose,
  onSaved,
}: {
  accountNo: string;
  /** What the customer owes now (yuan), offered as the amount to pay. */
  outstanding: string;
  onClose: () => void;
  onSaved: (ledger: Ledger) => void;
}) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  const amount = Form.useWatch('amount', form);
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const today = dayjs(todayInShanghai());

  const submit = async (values: PaymentValues) => {
    setSaving(true);
    setError(undefined);
    const body: AddPaymentBody = {
      amount: formatYuan(parseYuan(normaliseAmount(values.amount))),
      method: values.method,
      paidAt: shanghaiInstant(values.paidAt.format('YYYY-MM-DD HH:mm')),
      ...(values.receiptNo?.trim() ? { receiptNo: values.receiptNo.trim() } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    };
    try {
      const ledger = await api.post<Ledger>(`/customers/${encodeURIComponent(accountNo)}/payments`, body, {
        headers: { 'Idempotency-Key': keyFor(body) },
      });
      message.success(t('ledger.paymentSaved', { amount: formatMoney(body.amount) }));
      onSaved(ledger);
    } catch (e) {
      if (!applyFieldErrors(form, e, CODE_FIELDS)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('ledger.addPayment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {isPositiveAmount(outstanding) && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title={t('ledger.currentOutstanding', { amount: formatMoney(outstanding) })}
          action={
            <Button size="small" onClick={() => form.setFieldsValue({ amount: outstanding })}>
              {t('ledger.payInFull')}
            </Button>
          }
        />
      )}
      <Form<PaymentValues>
        form={form}
        layout="vertical"
        initialValues={{ method: 'cash', paidAt: dayjs(nowInShanghai()) }}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="amount"
          label={t('ledger.col.paidAmount')}
          rules={[amountRule(t)]}
          extra={<AmountPreview value={amount} />}
        >
          <Input prefix="¥" inputMode="decimal" placeholder="0.00" className="amount" autoComplete="off" />
        </Form.Item>
        <Form.Item name="method" label={t('ledger.col.method')} rules={[{ required: true }]}>
          <Select
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m][lang] }))}
          />
        </Form.Item>
        <Form.Item
          name="paidAt"
          label={t('ledger.col.paidAt')}
          rules={[{ required: true, message: t('ledger.paidAt.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(d) => d.isAfter(today, 'day')}
          />
        </Form.Item>
        <Form.Item name="receiptNo" label={t('ledger.col.receiptNo')}>
          <Input className="mono" maxLength={40} />
        </Form.Item>
        <Form.Item name="note" label={t('ledger.col.note')}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
