import { DeleteOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import type { SettingsResponse } from '../../../../domain/contracts/settings';
import { CUSTOMER_TYPE_LABELS } from '../../../../domain/customers/customer-types';
import { useCurrentUser } from '../../../auth/auth';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n/i18n';
import { useApiQuery } from '../../../useApiQuery';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  FOLLOW_UP_METHOD_LABELS,
  FOLLOW_UP_METHODS,
  RATING_LABELS,
} from '../labels';
import { type ActionFormProps, ActionShell, usePhone } from './ActionShell';

interface ArchiveValues {
  category: string;
  location?: string;
}

/** 归档: the case's papers, records and timeline filed as one bundle, kept for P-RETAIN years. */
export function ArchiveForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<ArchiveValues>();
  const settings = useApiQuery<SettingsResponse>('/settings');
  const years = settings.data?.parameters.find((p) => p.id === 'P-RETAIN')?.value;
  const type = props.view.customer.type;
  const categories = (['residential', 'commercial', 'industrial'] as const).map(
    (k) => `销户档案·${CUSTOMER_TYPE_LABELS[k].zh}`,
  );
  return (
    <ActionShell<ArchiveValues>
      props={props}
      form={form}
      okText={t('impl.archive.ok')}
      initialValues={{ category: `销户档案·${CUSTOMER_TYPE_LABELS[type].zh}`, location: '' }}
      intro={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('impl.archive.help')}</Typography.Text>
          <Alert
            type="info"
            showIcon
            title={t('impl.archive.contents', {
              files: props.view.documents.length,
              events: props.view.timeline.length,
            })}
            description={
              years === undefined
                ? undefined
                : years >= 100
                  ? t('impl.archive.retainForever')
                  : t('impl.archive.retainYears', { years })
            }
          />
        </Flex>
      }
      toPayload={(v) => ({ category: v.category.trim(), location: (v.location ?? '').trim() })}
    >
      <Form.Item
        name="category"
        label={t('impl.archive.category')}
        rules={[{ required: true, whitespace: true, message: t('impl.archive.category.required') }]}
      >
        <AutoComplete options={categories.map((c) => ({ value: c }))}>
          <Input maxLength={60} />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="location" label={t('impl.archive.location')} extra={t('impl.archive.location.help')}>
        <Input maxLength={200} placeholder={t('impl.archive.location.placeholder')} />
      </Form.Item>
    </ActionShell>
  );
}

interface FollowUpValues {
  method: (typeof FOLLOW_UP_METHODS)[number];
  rating?: number;
  satisfied: boolean;
  issues: { description?: string; department?: (typeof DEPARTMENTS)[number] }[];
  facilityDisposal: string;
  safetyIssue?: string;
}

/** Quick answers for the usual cases; anything else is typed. */
const DISPOSALS = ['燃气表已由我司回收', '管道已封堵，留在原处', '设施由用户自行处理', '设施已按规定报废'];

/** What the agent reads out on the phone, filled in with this customer's facts. */
function CallScript({ props }: { props: ActionFormProps }) {
  const t = useI18n().t;
  const user = useCurrentUser();
  const cert = props.view.implementation.certificate;
  const steps = [
    t('impl.followUp.script.q1'),
    t('impl.followUp.script.q2'),
    t('impl.followUp.script.q3'),
    t('impl.followUp.script.q4'),
  ];
  return (
    <Card
      size="small"
      className="call-script"
      data-testid="call-script"
      title={
        <Flex gap={6} align="center">
          <PhoneOutlined />
          {t('impl.followUp.script')}
        </Flex>
      }
      extra={<span className="mono">{props.view.applicant.phone}</span>}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('impl.followUp.script.opening', {
          name: props.view.applicant.name,
          company: user.companyName,
          me: user.displayName,
          accountNo: props.view.customer.accountNo,
          date: cert ? formatDate(cert.closedAt) : '—',
          certificateNo: cert?.certificateNo ?? '—',
        })}
      </Typography.Paragraph>
      <ol className="plain-list numbered">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('impl.followUp.script.closing')}
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * 登记回访, the follow-up call screen: the script, the five-level rating, every problem raised with
 * the department it goes to (each becomes a task), what became of the removed facilities, and any
 * safety problem since closure.
 */
export function FollowUpForm(props: ActionFormProps) {
  const t = useI18n().t;
  const phone = usePhone();
  const [form] = Form.useForm<FollowUpValues>();
  const rating = Form.useWatch('rating', form);
  return (
    <ActionShell<FollowUpValues>
      props={props}
      form={form}
      initialValues={{ method: 'phone', satisfied: true, issues: [], facilityDisposal: '', safetyIssue: '' }}
      onValuesChange={(changed) => {
        // A rating decides the usual answer to "satisfied?"; the agent can still change it.
        if (changed.rating !== undefined) form.setFieldValue('satisfied', changed.rating >= 3);
      }}
      intro={<CallScript props={props} />}
      toPayload={(v) => ({
        method: v.method,
        rating: v.rating,
        satisfied: v.satisfied,
        issues: (v.issues ?? []).map((i) => ({
          description: (i.description ?? '').trim(),
          department: i.department,
        })),
        facilityDisposal: (v.facilityDisposal ?? '').trim(),
        safetyIssue: (v.safetyIssue ?? '').trim(),
      })}
    >
      <Form.Item name="method" label={t('impl.followUp.method')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={FOLLOW_UP_METHODS.map((m) => ({
            value: m,
            label: t(FOLLOW_UP_METHOD_LABELS[m] ?? 'common.none'),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="rating"
        label={t('impl.followUp.rating')}
        rules={[{ required: true, message: t('impl.followUp.rating.required') }]}
      >
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          className="rating-group"
          style={phone ? { display: 'flex', flexDirection: 'column' } : undefined}
          options={[5, 4, 3, 2, 1].map((r) => ({ value: r, label: t(RATING_LABELS[r] ?? 'common.none') }))}
        />
      </Form.Item>
      {rating !== undefined && rating <= 2 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('impl.followUp.badRating')} />
      )}
      <Form.Item name="satisfied" label={t('impl.followUp.satisfied')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('impl.followUp.satisfied.yes') },
            { value: false, label: t('impl.followUp.satisfied.no') },
          ]}
        />
      </Form.Item>
      <Typography.Title level={5}>{t('impl.followUp.issues')}</Typography.Title>
      <Form.List name="issues">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('impl.followUp.issues.none')}</Typography.Text>
            )}
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={t('impl.followUp.issueN', { n: i + 1 })}
                extra={
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  name={[field.name, 'description']}
                  label={t('impl.followUp.issue.description')}
                  rules={[{ required: true, whitespace: true, message: t('impl.followUp.issue.required') }]}
                >
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'department']}
                  label={t('impl.followUp.issue.department')}
                  style={{ marginBottom: 0 }}
                  rules={[{ required: true, message: t('impl.followUp.issue.department.required') }]}
                >
                  <Select
                    options={DEPARTMENTS.map((d) => ({
                      value: d,
                      label: t(DEPARTMENT_LABELS[d] ?? 'common.none'),
                    }))}
                  />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('impl.followUp.issue.add')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('impl.followUp.issues.help')}
            </Typography.Text>
          </Flex>
        )}
      </Form.List>
      <Form.Item
        name="facilityDisposal"
        label={t('impl.followUp.facilityDisposal')}
        rules={[{ required: true, whitespace: true, message: t('impl.followUp.facilityDisposal.required') }]}
      >
        <AutoComplete options={DISPOSALS.map((d) => ({ value: d }))}>
          <Input.TextArea rows={2} maxLength={500} />
        </AutoComplete>
      </Form.Item>
      <Form.Item
        name="safetyIssue"
        label={t('impl.followUp.safetyIssue')}
        extra={t('impl.followUp.safetyIssue.help')}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}
