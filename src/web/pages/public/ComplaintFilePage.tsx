import { CopyOutlined, ExclamationCircleFilled, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ComplaintReceipt, FileComplaintBody } from '../../../domain/contracts/complaints';
import { ApiError, api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';
import { useIdempotencyKey } from '../../idempotency';
import { COMPLAINT_SUBJECTS, SUBJECT_LABELS } from '../complaints/labels';

interface Values {
  name?: string;
  contact: string;
  subject: FileComplaintBody['subject'];
  text: string;
  caseNo?: string;
  accountNo?: string;
}

/** The tracking number and access code, shown once: the code is stored only as a hash. */
function ReceiptView({ receipt }: { receipt: ComplaintReceipt }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card data-testid="complaint-receipt">
      <Result
        status="success"
        title={t('public.complaint.received')}
        subTitle={t('public.complaint.dueBy', { date: receipt.dueDate })}
        style={{ paddingBottom: 8 }}
      />
      <Descriptions
        bordered
        column={1}
        items={[
          {
            key: 'no',
            label: t('public.complaint.trackingNo'),
            children: (
              <Typography.Text
                className="mono receipt-code"
                copyable={{ icon: <CopyOutlined /> }}
                data-testid="tracking-no"
              >
                {receipt.trackingNo}
              </Typography.Text>
            ),
          },
          {
            key: 'code',
            label: t('public.complaint.accessCode'),
            children: (
              <Typography.Text
                className="mono receipt-code"
                copyable={{ icon: <CopyOutlined /> }}
                data-testid="access-code"
              >
                {receipt.accessCode}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        icon={<ExclamationCircleFilled />}
        style={{ marginTop: 16 }}
        title={t('public.complaint.keep')}
        description={t('public.complaint.keepDetail')}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        <Button
          type="primary"
          icon={<SearchOutlined />}
          onClick={() =>
            navigate('/public/complaints/track', {
              state: { trackingNo: receipt.trackingNo, accessCode: receipt.accessCode },
            })
          }
        >
          {t('public.complaint.trackNow')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 投诉举报: anyone may file, without an account; the answer goes to the contact given. */
export default function ComplaintFilePage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [receipt, setReceipt] = useState<ComplaintReceipt>();

  const submit = async (v: Values) => {
    setSaving(true);
    setError(undefined);
    const body = {
      ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      contact: v.contact.trim(),
      subject: v.subject,
      text: v.text.trim(),
      ...(v.caseNo?.trim() ? { caseNo: v.caseNo.trim().toUpperCase() } : {}),
      ...(v.accountNo?.trim() ? { accountNo: v.accountNo.trim() } : {}),
    };
    try {
      setReceipt(
        await api.post<ComplaintReceipt>('/public/complaints', body, {
          headers: { 'Idempotency-Key': keyFor(body) },
        }),
      );
      window.scrollTo({ top: 0 });
    } catch (e) {
      if (!(e instanceof ApiError && applyFieldErrors(form, e))) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('public.complaint.title')}
      </Typography.Title>
      {receipt ? (
        <ReceiptView receipt={receipt} />
      ) : (
        <Card>
          <Typography.Paragraph type="secondary">{t('public.complaint.intro')}</Typography.Paragraph>
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark="optional"
            initialValues={{ subject: 'service_quality' }}
            onFinish={submit}
            scrollToFirstError
          >
            <Form.Item name="subject" label={t('public.complaint.subject')} rules={[{ required: true }]}>
              <Select options={COMPLAINT_SUBJECTS.map((s) => ({ value: s, label: t(SUBJECT_LABELS[s]) }))} />
            </Form.Item>
            <Form.Item
              name="text"
              label={t('public.complaint.text')}
              rules={[{ required: true, whitespace: true, message: t('public.complaint.text.required') }]}
            >
              <Input.TextArea
                rows={6}
                maxLength={4000}
                showCount
                placeholder={t('public.complaint.text.placeholder')}
              />
            </Form.Item>
            <Form.Item
              name="contact"
              label={t('public.complaint.contact')}
              extra={t('public.complaint.contact.help')}
              rules={[{ required: true, whitespace: true, message: t('public.complaint.contact.required') }]}
            >
              <Input maxLength={254} autoComplete="tel" />
            </Form.Item>
            <Form.Item name="name" label={t('public.complaint.name')} extra={t('public.complaint.name.help')}>
              <Input maxLength={60} autoComplete="name" />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item name="caseNo" label={t('public.complaint.caseNo')} style={{ flex: '1 1 240px' }}>
                <Input maxLength={30} className="mono" placeholder="XH2026000001" />
              </Form.Item>
              <Form.Item
                name="accountNo"
                label={t('public.complaint.accountNo')}
                style={{ flex: '1 1 240px' }}
              >
                <Input maxLength={20} className="mono" />
              </Form.Item>
            </Flex>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
            <Button type="primary" htmlType="submit" size="large" block loading={saving}>
              {t('public.complaint.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
