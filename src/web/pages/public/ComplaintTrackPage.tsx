import { Alert, Button, Card, Descriptions, Flex, Form, Input, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { PublicComplaintStatus } from '../../../domain/contracts/complaints';
import { api, withQuery } from '../../api';
import { describeError } from '../../components/errors';
import { formatDateTime, todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import { COMPLAINT_STATUSES, STATUS_COLORS, STATUS_LABELS, SUBJECT_LABELS } from '../complaints/labels';

interface Values {
  trackingNo: string;
  code: string;
}

function StatusView({ status }: { status: PublicComplaintStatus }) {
  const t = useT();
  const step = COMPLAINT_STATUSES.indexOf(status.status);
  const overdue = status.status !== 'answered' && status.dueDate < todayInShanghai();
  return (
    <Card data-testid="complaint-status" data-status={status.status}>
      <Flex vertical gap={16}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} className="mono">
            {status.trackingNo}
          </Typography.Title>
          <Tag color={STATUS_COLORS[status.status]}>{t(STATUS_LABELS[status.status])}</Tag>
          {overdue && <Tag color="error">{t('public.track.overdue')}</Tag>}
        </Flex>
        <Steps
          size="small"
          current={step}
          status={status.status === 'answered' ? 'finish' : 'process'}
          items={COMPLAINT_STATUSES.map((s) => ({ title: t(STATUS_LABELS[s]) }))}
        />
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            {
              key: 'subject',
              label: t('public.complaint.subject'),
              children: t(SUBJECT_LABELS[status.subject]),
            },
            {
              key: 'received',
              label: t('public.track.receivedOn'),
              children: <span className="mono">{status.receivedOn}</span>,
            },
            {
              key: 'due',
              label: t('public.track.dueDate'),
              children: <span className="mono">{status.dueDate}</span>,
            },
          ]}
        />
        {status.answer ? (
          <Alert
            type="success"
            showIcon
            title={t('public.track.answer', { at: formatDateTime(status.answeredAt) })}
            description={
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {status.answer}
              </Typography.Paragraph>
            }
          />
        ) : (
          <Alert type="info" showIcon title={t('public.track.pending', { date: status.dueDate })} />
        )}
      </Flex>
    </Card>
  );
}

/** 投诉进度查询: the tracking number and the access code given at filing show the status and the answer. */
export default function ComplaintTrackPage() {
  const t = useT();
  const location = useLocation();
  const [params] = useSearchParams();
  const given = (location.state as { trackingNo?: string; accessCode?: string } | null) ?? {};
  const [form] = Form.useForm<Values>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<PublicComplaintStatus>();

  const lookUp = async (v: Values) => {
    setLoading(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(
        await api.get<PublicComplaintStatus>(
          withQuery(`/public/complaints/${encodeURIComponent(v.trackingNo.trim().toUpperCase())}`, {
            code: v.code.trim(),
          }),
        ),
      );
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('public.track.title')}
      </Typography.Title>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{
            trackingNo: given.trackingNo ?? params.get('no') ?? '',
            code: given.accessCode ?? '',
          }}
          onFinish={lookUp}
        >
          <Flex gap={16} wrap>
            <Form.Item
              name="trackingNo"
              label={t('public.complaint.trackingNo')}
              style={{ flex: '1 1 240px' }}
              rules={[{ required: true, whitespace: true, message: t('public.track.trackingNo.required') }]}
            >
              <Input className="mono" maxLength={30} placeholder="TS2026000001" />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('public.complaint.accessCode')}
              style={{ flex: '1 1 240px' }}
              rules={[{ required: true, whitespace: true, message: t('public.track.code.required') }]}
            >
              <Input className="mono" maxLength={32} autoComplete="off" />
            </Form.Item>
          </Flex>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={loading} block size="large">
            {t('public.track.submit')}
          </Button>
        </Form>
      </Card>
      {status && <StatusView status={status} />}
    </Flex>
  );
}
