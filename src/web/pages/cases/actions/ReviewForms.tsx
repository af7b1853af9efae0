import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { nowInShanghai, shanghaiInstant } from '../../../format';
import { useI18n } from '../../../i18n/i18n';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  DISPUTE_SUBJECT_LABELS,
  DISPUTE_SUBJECTS,
  READINESS_LABELS,
} from '../labels';
import { type ActionFormProps, ActionShell } from './ActionShell';

interface IntentValues {
  contactMethod: (typeof CONTACT_METHODS)[number];
  contactedAt: Dayjs;
  confirmed: boolean;
  note?: string;
}

/** 确认销户意愿: the contact with the customer — how, when, and whether they confirmed. */
export function ConfirmIntentForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<IntentValues>();
  const confirmed = Form.useWatch('confirmed', form);
  const c = props.view.customer;
  return (
    <ActionShell<IntentValues>
      props={props}
      form={form}
      initialValues={{ contactMethod: 'phone', contactedAt: dayjs(nowInShanghai()), confirmed: true }}
      intro={
        <Typography.Text type="secondary">
          {t('case.intent.contact', {
            name: props.view.applicant.name || c.name,
            phone: props.view.applicant.phone,
          })}
        </Typography.Text>
      }
      toPayload={(v) => ({
        contactMethod: v.contactMethod,
        contactedAt: shanghaiInstant(v.contactedAt.format('YYYY-MM-DD HH:mm')),
        confirmed: v.confirmed,
        note: (v.note ?? '').trim(),
      })}
    >
      <Form.Item name="contactMethod" label={t('case.intent.method')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={CONTACT_METHODS.map((m) => ({
            value: m,
            label: t(CONTACT_METHOD_LABELS[m] ?? 'common.none'),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="contactedAt"
        label={t('case.intent.contactedAt')}
        rules={[{ required: true, message: t('case.intent.contactedAt.required') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowClear={false}
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(nowInShanghai()), 'day')}
        />
      </Form.Item>
      <Form.Item name="confirmed" label={t('case.intent.confirmed')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('case.intent.confirmed.yes') },
            { value: false, label: t('case.intent.confirmed.no') },
          ]}
        />
      </Form.Item>
      {confirmed === false && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.intent.declinedHint')} />
      )}
      <Form.Item name="note" label={t('case.intent.note')}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </ActionShell>
  );
}

/** The readiness lines as a compact list, for the approval form. */
function ReadinessSummary({ props }: { props: ActionFormProps }) {
  const { lang, t } = useI18n();
  return (
    <Card size="small" title={t('case.readiness')}>
      <Flex vertical gap={6}>
        {props.view.readiness.map((line) => {
          const label = READINESS_LABELS[line.key];
          return (
            <Flex key={line.key} gap={8} align="flex-start">
              {line.done ? (
                <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} />
              ) : (
                <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} />
              )}
              <span>
                {lang === 'zh' || !label ? line.zh : t(label)}
                <Typography.Text type="secondary"> — {line.detail}</Typography.Text>
              </span>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}

/** 批准销户: closure mark, closure notice to the user, removal deadline starts. */
export function ApproveForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<{ note?: string }>();
  return (
    <ActionShell<{ note?: string }>
      props={props}
      form={form}
      okText={t('case.approve.ok')}
      intro={
        <>
          <Typography.Text type="secondary">{t('case.approve.help')}</Typography.Text>
          <ReadinessSummary props={props} />
        </>
      }
      toPayload={(v) => ({ note: (v.note ?? '').trim() })}
    >
      <Form.Item name="note" label={t('case.approve.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

interface RejectValues {
  reasons: { reason?: string; remedy?: string }[];
}

/** 不予销户: each reason, and what the user can do to resolve it. */
export function RejectForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<RejectValues>();
  return (
    <ActionShell<RejectValues>
      props={props}
      form={form}
      danger
      okText={t('case.reject.ok')}
      initialValues={{ reasons: [{}] }}
      intro={<Typography.Text type="secondary">{t('case.reject.help')}</Typography.Text>}
      toPayload={(v) => ({
        reasons: (v.reasons ?? []).map((r) => {
          const reason = (r.reason ?? '').trim();
          const remedy = (r.remedy ?? '').trim();
          return remedy ? { reason, remedy } : reason;
        }),
      })}
    >
      <Form.List
        name="reasons"
        rules={[
          {
            validator: async (_, list: unknown[] | undefined) => {
              if (!list?.length) throw new Error(t('case.reject.atLeastOne'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={12}>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={t('case.reject.reasonN', { n: i + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item
                  name={[field.name, 'reason']}
                  label={t('case.reject.reason')}
                  rules={[{ required: true, whitespace: true, message: t('case.reject.reason.required') }]}
                >
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'remedy']}
                  label={t('case.reject.remedy')}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea
                    rows={2}
                    maxLength={500}
                    placeholder={t('case.reject.remedy.placeholder')}
                  />
                </Form.Item>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('case.reject.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </ActionShell>
  );
}

interface DisputeValues {
  subject: (typeof DISPUTE_SUBJECTS)[number];
  description: string;
}

/** 登记纠纷: the case is suspended, every open deadline paused, until the dispute is resolved. */
export function OpenDisputeForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<DisputeValues>();
  return (
    <ActionShell<DisputeValues>
      props={props}
      form={form}
      danger
      initialValues={{ subject: 'fees' }}
      intro={<Alert type="warning" showIcon title={t('case.dispute.openHelp')} />}
      toPayload={(v) => ({ subject: v.subject, description: v.description.trim() })}
    >
      <Form.Item name="subject" label={t('case.dispute.subject')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={DISPUTE_SUBJECTS.map((s) => ({
            value: s,
            label: t(DISPUTE_SUBJECT_LABELS[s] ?? 'common.none'),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('case.dispute.description')}
        rules={[{ required: true, whitespace: true, message: t('case.dispute.description.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </ActionShell>
  );
}

interface ResolveValues {
  resolution: 'negotiated' | 'legal';
  outcome: string;
}

/** 纠纷已解决: the case resumes where it stopped, deadlines with the days they had left. */
export function ResolveDisputeForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<ResolveValues>();
  return (
    <ActionShell<ResolveValues>
      props={props}
      form={form}
      initialValues={{ resolution: 'negotiated' }}
      intro={
        props.view.dispute && (
          <Typography.Text type="secondary">{props.view.dispute.description}</Typography.Text>
        )
      }
      toPayload={(v) => ({ resolution: v.resolution, outcome: v.outcome.trim() })}
    >
      <Form.Item name="resolution" label={t('case.dispute.resolution')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'negotiated', label: t('case.dispute.resolution.negotiated') },
            { value: 'legal', label: t('case.dispute.resolution.legal') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('case.dispute.outcome')}
        rules={[{ required: true, whitespace: true, message: t('case.dispute.outcome.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </ActionShell>
  );
}
