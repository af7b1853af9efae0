import { ExportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { AddFeeItemBody, PublicFeeSchedule } from '../../../domain/contracts/fees';
import {
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
} from '../../../domain/customers/customer-types';
import { formatCny, formatYuan, parseYuan } from '../../../domain/money';
import { ApiError, api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatMoney, todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useIdempotencyKey } from '../../idempotency';
import { useApiQuery } from '../../useApiQuery';
import { FeeMatrix, UpcomingFees } from './FeeScheduleTables';

const normaliseAmount = (text: string | undefined) => (text ?? '').replace(/[\s,，¥￥]/g, '');
const YUAN_INPUT = /^\d+(\.\d{1,2})?$/;

interface AddValues {
  customerType: AddFeeItemBody['customerType'];
  facilityKind: AddFeeItemBody['facilityKind'];
  amount: string;
  effectiveFrom: Dayjs;
  note?: string;
}

/** 发布新版本: a fee takes effect from today or later; what was published is never rewritten. */
function AddVersionModal({
  schedule,
  onClose,
  onSaved,
}: {
  schedule: PublicFeeSchedule;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const type = Form.useWatch('customerType', form);
  const kind = Form.useWatch('facilityKind', form);
  const amount = Form.useWatch('amount', form);
  const current = schedule.inForce.find((i) => i.customerType === type && i.facilityKind === kind);
  const typed = normaliseAmount(amount);
  const today = dayjs(todayInShanghai());

  const submit = async (v: AddValues) => {
    setSaving(true);
    setError(undefined);
    const body: AddFeeItemBody = {
      customerType: v.customerType,
      facilityKind: v.facilityKind,
      amount: formatYuan(parseYuan(normaliseAmount(v.amount))),
      effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
      note: (v.note ?? '').trim(),
    };
    try {
      await api.post<PublicFeeSchedule>('/fee-schedule', body, {
        headers: { 'Idempotency-Key': keyFor(body) },
      });
      message.success(t('fees.add.done', { amount: formatMoney(body.amount), date: body.effectiveFrom }));
      onSaved();
    } catch (e) {
      if (!(e instanceof ApiError && applyFieldErrors(form, e))) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('fees.add.title')}
      okText={t('fees.add.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<AddValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{
          customerType: 'residential',
          facilityKind: 'meter',
          effectiveFrom: today.add(1, 'day'),
        }}
        onFinish={submit}
      >
        <Form.Item name="customerType" label={t('fees.col.customerType')} rules={[{ required: true }]}>
          <Select options={CUSTOMER_TYPES.map((c) => ({ value: c, label: CUSTOMER_TYPE_LABELS[c][lang] }))} />
        </Form.Item>
        <Form.Item name="facilityKind" label={t('fees.col.facility')} rules={[{ required: true }]}>
          <Select options={FACILITY_KINDS.map((k) => ({ value: k, label: FACILITY_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('fees.add.amount')}
          extra={
            <Typography.Text type="secondary">
              {t('fees.add.current', {
                amount: current ? formatMoney(current.amount) : t('fees.add.noCurrent'),
              })}
              {YUAN_INPUT.test(typed) ? ` → ${formatCny(parseYuan(typed))}` : ''}
            </Typography.Text>
          }
          rules={[
            {
              required: true,
              validator: async (_, value: string | undefined) => {
                const text = normaliseAmount(value);
                if (!text) throw new Error(t('ledger.amount.required'));
                if (!YUAN_INPUT.test(text)) throw new Error(t('ledger.amount.format'));
              },
            },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" placeholder="0.00" className="amount" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('fees.col.effectiveFrom')}
          extra={t('fees.add.effectiveHelp')}
          rules={[{ required: true, message: t('fees.add.effective.required') }]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(d) => d.isBefore(today, 'day')}
          />
        </Form.Item>
        <Form.Item name="note" label={t('fees.col.note')}>
          <Input maxLength={200} placeholder={t('fees.add.notePlaceholder')} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

/** 收费标准 (admin): the published removal fees and the versions announced; new versions are added here. */
export default function FeeSchedulePage() {
  const t = useI18n().t;
  const schedule = useApiQuery<PublicFeeSchedule>('/public/fee-schedule');
  const [adding, setAdding] = useState(false);
  return (
    <PageContainer
      title={t('menu.feeSchedule')}
      extra={
        <>
          <Link to="/public/fee-schedule" target="_blank">
            <Button icon={<ExportOutlined />}>{t('fees.publicPage')}</Button>
          </Link>
          <Button icon={<ReloadOutlined />} onClick={schedule.reload}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!schedule.data}
            onClick={() => setAdding(true)}
          >
            {t('fees.add')}
          </Button>
        </>
      }
    >
      {schedule.error ? (
        <ErrorAlert error={schedule.error} onRetry={schedule.reload} />
      ) : !schedule.data ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Text type="secondary">{t('fees.adminIntro')}</Typography.Text>
          <Card
            title={t('public.fees.inForce', { date: schedule.data.date })}
            styles={{ body: { padding: 0 } }}
          >
            <FeeMatrix schedule={schedule.data} />
          </Card>
          <Card title={t('public.fees.upcoming')}>
            <UpcomingFees schedule={schedule.data} />
          </Card>
          {adding && (
            <AddVersionModal
              schedule={schedule.data}
              onClose={() => setAdding(false)}
              onSaved={() => {
                setAdding(false);
                schedule.reload();
              }}
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
