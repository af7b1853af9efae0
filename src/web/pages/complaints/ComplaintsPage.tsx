import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type {
  ComplaintListItem,
  ComplaintPage,
  ComplaintReceipt,
  StaffComplaintBody,
} from '../../../domain/contracts/complaints';
import { ApiError, api, withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n/i18n';
import { useIdempotencyKey } from '../../idempotency';
import { useApiQuery } from '../../useApiQuery';
import { casePath } from '../cases/labels';
import {
  CHANNEL_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  complaintPath,
  STATUS_COLORS,
  STATUS_LABELS,
  SUBJECT_LABELS,
} from './labels';

interface TakeValues {
  channel: 'phone' | 'counter';
  name?: string;
  contact: string;
  subject: StaffComplaintBody['subject'];
  text: string;
  caseNo?: string;
  accountNo?: string;
}

/** 登记投诉: a complaint taken on the phone or at the counter; the receipt is read out to the complainant. */
function TakeComplaintModal({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const [form] = Form.useForm<TakeValues>();
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [receipt, setReceipt] = useState<ComplaintReceipt>();
  const submit = async (v: TakeValues) => {
    setSaving(true);
    setError(undefined);
    const body = {
      channel: v.channel,
      ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      contact: v.contact.trim(),
      subject: v.subject,
      text: v.text.trim(),
      ...(v.caseNo?.trim() ? { caseNo: v.caseNo.trim().toUpperCase() } : {}),
      ...(v.accountNo?.trim() ? { accountNo: v.accountNo.trim() } : {}),
    };
    try {
      setReceipt(
        await api.post<ComplaintReceipt>('/complaints', body, {
          headers: { 'Idempotency-Key': keyFor(body) },
        }),
      );
      onCreated();
    } catch (e) {
      if (!(e instanceof ApiError && applyFieldErrors(form, e))) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };
  if (receipt) {
    return (
      <Modal
        open
        title={t('complaints.take.done')}
        onCancel={onClose}
        onOk={onClose}
        cancelButtonProps={{ hidden: true }}
      >
        <Descriptions
          bordered
          column={1}
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'no',
              label: t('public.complaint.trackingNo'),
              children: (
                <Link className="mono" to={complaintPath(receipt.trackingNo)}>
                  {receipt.trackingNo}
                </Link>
              ),
            },
            {
              key: 'code',
              label: t('public.complaint.accessCode'),
              children: (
                <Typography.Text className="mono" strong copyable>
                  {receipt.accessCode}
                </Typography.Text>
              ),
            },
            {
              key: 'due',
              label: t('public.track.dueDate'),
              children: <span className="mono">{receipt.dueDate}</span>,
            },
          ]}
        />
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('complaints.take.readOut')} />
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={t('complaints.take')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
    >
      <Form<TakeValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ channel: 'phone', subject: 'service_quality' }}
        onFinish={submit}
      >
        <Form.Item name="channel" label={t('complaints.col.channel')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['phone', 'counter'] as const).map((c) => ({ value: c, label: t(CHANNEL_LABELS[c]) }))}
          />
        </Form.Item>
        <Form.Item name="subject" label={t('public.complaint.subject')} rules={[{ required: true }]}>
          <Select options={COMPLAINT_SUBJECTS.map((s) => ({ value: s, label: t(SUBJECT_LABELS[s]) }))} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('public.complaint.text')}
          rules={[{ required: true, whitespace: true, message: t('public.complaint.text.required') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="contact"
            label={t('public.complaint.contact')}
            style={{ flex: '1 1 240px' }}
            rules={[{ required: true, whitespace: true, message: t('public.complaint.contact.required') }]}
          >
            <Input maxLength={254} />
          </Form.Item>
          <Form.Item name="name" label={t('public.complaint.name')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={60} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="caseNo" label={t('public.complaint.caseNo')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={30} className="mono" />
          </Form.Item>
          <Form.Item name="accountNo" label={t('public.complaint.accountNo')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={20} className="mono" />
          </Form.Item>
        </Flex>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

/** 投诉举报 (staff): every complaint, unanswered ones by due date first. */
export default function ComplaintsPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const list = useListParams();
  const status = list.filter('status');
  const overdue = list.filter('overdue');
  const complaints = useApiQuery<ComplaintPage>(
    withQuery('/complaints', { status, overdue, page: list.page, pageSize: list.pageSize }),
  );
  const [taking, setTaking] = useState(false);
  return (
    <PageContainer
      title={t('menu.complaints')}
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={complaints.reload}>
            {t('common.refresh')}
          </Button>
          {can(user, 'complaints.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTaking(true)}>
              {t('complaints.take')}
            </Button>
          )}
        </>
      }
    >
      <Flex gap={16} wrap align="center">
        <Segmented
          value={status}
          onChange={(v) => list.setFilter('status', String(v))}
          options={[
            { value: '', label: t('common.all') },
            ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) })),
          ]}
        />
        <Checkbox
          checked={overdue === 'true'}
          onChange={(e) => list.setFilter('overdue', e.target.checked ? 'true' : '')}
        >
          {t('complaints.onlyOverdue')}
        </Checkbox>
      </Flex>
      {complaints.error ? (
        <ErrorAlert error={complaints.error} onRetry={complaints.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<ComplaintListItem>
            rowKey="trackingNo"
            data-testid="complaints-table"
            loading={complaints.loading}
            dataSource={complaints.data?.items ?? []}
            pagination={list.pagination(complaints.data?.total)}
            scroll={{ x: 1000 }}
            onRow={(c) => ({
              onClick: (event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(complaintPath(c.trackingNo));
              },
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('public.complaint.trackingNo'),
                dataIndex: 'trackingNo',
                width: 140,
                render: (no: string) => (
                  <Link className="mono" to={complaintPath(no)}>
                    {no}
                  </Link>
                ),
              },
              {
                title: t('public.complaint.subject'),
                dataIndex: 'subject',
                width: 120,
                render: (s: ComplaintListItem['subject']) => t(SUBJECT_LABELS[s]),
              },
              {
                title: t('complaints.col.from'),
                key: 'from',
                width: 180,
                render: (_, c) => (
                  <Flex vertical>
                    <span>{c.name ?? t('complaints.anonymous')}</span>
                    <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                      {c.contact}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('complaints.col.channel'),
                dataIndex: 'channel',
                width: 80,
                render: (c: ComplaintListItem['channel']) => t(CHANNEL_LABELS[c]),
              },
              {
                title: t('complaints.col.case'),
                key: 'case',
                width: 130,
                render: (_, c) =>
                  c.caseNo ? (
                    <Link className="mono" to={casePath(c.caseNo)}>
                      {c.caseNo}
                    </Link>
                  ) : (
                    <span className="mono">{c.accountNo ?? '—'}</span>
                  ),
              },
              {
                title: t('complaints.col.assignee'),
                dataIndex: 'assignee',
                width: 110,
                render: (a: string | null) => a ?? '—',
              },
              {
                title: t('public.track.receivedOn'),
                dataIndex: 'receivedOn',
                width: 110,
                render: (d: string) => <span className="mono">{d}</span>,
              },
              {
                title: t('public.track.dueDate'),
                dataIndex: 'dueDate',
                width: 130,
                render: (d: string, c) => (
                  <Flex gap={4} align="center">
                    <Typography.Text className="mono" type={c.overdue ? 'danger' : undefined}>
                      {d}
                    </Typography.Text>
                    {c.overdue && <Tag color="error">{t('public.track.overdue')}</Tag>}
                  </Flex>
                ),
              },
              {
                title: t('complaints.col.status'),
                dataIndex: 'status',
                width: 100,
                render: (s: ComplaintListItem['status']) => (
                  <Tag color={STATUS_COLORS[s]}>{t(STATUS_LABELS[s])}</Tag>
                ),
              },
            ]}
          />
        </Card>
      )}
      {taking && <TakeComplaintModal onClose={() => setTaking(false)} onCreated={complaints.reload} />}
    </PageContainer>
  );
}
