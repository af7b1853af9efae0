import {
  ArrowLeftOutlined,
  CheckCircleFilled,
  DeleteOutlined,
  ExclamationCircleFilled,
  PlusOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Divider,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { AuditDetail, CompleteAuditBody, Finding } from '../../../domain/contracts/supervision';
import {
  AUDIT_STAGES,
  type AuditCheckKey,
  type AuditStage,
  FINDING_SEVERITIES,
  type FindingSeverity,
} from '../../../domain/supervision/audit-checks';
import { ApiError, api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { casePath, caseStateLabel, DEPARTMENT_LABELS } from '../cases/labels';
import { AUDIT_STATUS_LABELS, REASON_LABELS, SEVERITY_COLORS, SEVERITY_LABELS, STAGE_LABELS } from './labels';

type Check = AuditDetail['checks'][number];

interface FindingValues {
  stage?: AuditStage;
  checkKey?: AuditCheckKey;
  staffUsername?: string;
  severity?: FindingSeverity;
  description?: string;
  reviewDecidedWrongly?: boolean;
}
interface AuditValues {
  checks: Record<string, { ok?: boolean; note?: string }>;
  findings: FindingValues[];
}

/** What the case's records show for one check: the facts, and who acted on that step. */
function Evidence({ check }: { check: Check }) {
  const t = useI18n().t;
  const e = check.evidence;
  return (
    <Flex vertical gap={4}>
      {!e.present && (
        <Alert
          type="warning"
          showIcon
          title={t('supervision.evidence.missing')}
          style={{ padding: '4px 8px' }}
        />
      )}
      {e.facts.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          items={e.facts.map((f, i) => ({ key: `${f.label}-${i}`, label: f.label, children: f.value }))}
        />
      )}
      {e.staff.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('supervision.evidence.staff')}: {e.staff.join('、')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** A completed audit: each check's result, and the findings with the corrective task they opened. */
function CompletedAudit({ audit }: { audit: AuditDetail }) {
  const { lang, t } = useI18n();
  const checkLabel = (key: string) => audit.checks.find((c) => c.key === key)?.label ?? key;
  return (
    <>
      <Card title={t('supervision.checks')} styles={{ body: { padding: 0 } }}>
        <Table<Check>
          rowKey="key"
          pagination={false}
          dataSource={audit.checks}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t('supervision.col.stage'),
              dataIndex: 'stage',
              width: 80,
              render: (s: AuditStage) => t(STAGE_LABELS[s]),
            },
            { title: t('supervision.col.check'), dataIndex: 'label' },
            {
              title: t('supervision.col.result'),
              key: 'result',
              width: 100,
              render: (_, c) =>
                c.result ? (
                  <Tag color={c.result.ok ? 'success' : 'error'}>
                    {t(c.result.ok ? 'supervision.ok' : 'supervision.notOk')}
                  </Tag>
                ) : (
                  '—'
                ),
            },
            { title: t('supervision.col.note'), key: 'note', render: (_, c) => c.result?.note || '—' },
          ]}
        />
      </Card>
      <Card
        title={t('supervision.findings', { count: audit.findings.length })}
        styles={{ body: { padding: 0 } }}
      >
        <Table<Finding>
          rowKey="id"
          pagination={false}
          dataSource={audit.findings}
          locale={{ emptyText: t('supervision.findings.none') }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('supervision.col.stage'),
              dataIndex: 'stage',
              width: 80,
              render: (s: AuditStage) => t(STAGE_LABELS[s]),
            },
            {
              title: t('supervision.col.check'),
              dataIndex: 'checkKey',
              width: 200,
              render: (k: string) => checkLabel(k),
            },
            {
              title: t('supervision.finding.severity'),
              dataIndex: 'severity',
              width: 100,
              render: (s: FindingSeverity) => <Tag color={SEVERITY_COLORS[s]}>{t(SEVERITY_LABELS[s])}</Tag>,
            },
            {
              title: t('supervision.finding.description'),
              key: 'description',
              render: (_, f) => (
                <Flex vertical gap={2} align="flex-start">
                  <span>{f.description}</span>
                  {f.reviewDecidedWrongly && <Tag color="red">{t('supervision.finding.wrongDecision')}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('supervision.finding.staff'),
              dataIndex: 'staffUsername',
              width: 110,
              render: (s: string | null) => s ?? '—',
            },
            {
              title: t('supervision.finding.task'),
              key: 'task',
              width: 110,
              render: (_, f) =>
                f.taskStatus ? (
                  <Link to="/tasks?status=all">
                    <Tag color={f.taskStatus === 'done' ? 'success' : 'processing'}>
                      {t(f.taskStatus === 'done' ? 'tasks.status.done' : 'tasks.status.open')}
                    </Tag>
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Typography.Text type="secondary">
        {t('supervision.completedBy', { by: audit.auditor ?? '', at: formatDateTime(audit.completedAt) })} ·{' '}
        {caseStateLabel(audit.case.state, lang)}
      </Typography.Text>
    </>
  );
}

/**
 * 监督检查表: every check of the policy's stages with what the case's records show, the auditor's
 * verdict on each, and the findings — stage, check, responsible staff, severity and whether the
 * review decision itself was wrong (which counts against review accuracy).
 */
function OpenAudit({ audit, onDone }: { audit: AuditDetail; onDone: (a: AuditDetail) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AuditValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | string>();
  const findings = Form.useWatch('findings', form) ?? [];
  const checkResults = Form.useWatch('checks', form) ?? {};
  const byStage = AUDIT_STAGES.map((stage) => ({
    stage,
    checks: audit.checks.filter((c) => c.stage === stage),
  }));

  const addFinding = (check?: Check) => {
    const list = (form.getFieldValue('findings') as FindingValues[] | undefined) ?? [];
    form.setFieldValue('findings', [
      ...list,
      check
        ? {
            stage: check.stage,
            checkKey: check.key,
            staffUsername: check.evidence.staff[0],
            severity: 'minor',
            reviewDecidedWrongly: false,
          }
        : { severity: 'minor', reviewDecidedWrongly: false },
    ]);
  };

  const submit = async (v: AuditValues) => {
    setError(undefined);
    const missing = audit.checks.filter((c) => v.checks?.[c.key]?.ok === undefined);
    if (missing.length) {
      setError(t('supervision.checks.incomplete', { count: missing.length }));
      return;
    }
    const body: CompleteAuditBody = {
      checks: audit.checks.map((c) => ({
        key: c.key,
        ok: v.checks[c.key]?.ok ?? true,
        note: (v.checks[c.key]?.note ?? '').trim(),
      })),
      findings: (v.findings ?? []).map((f) => ({
        stage: f.stage as AuditStage,
        checkKey: f.checkKey as AuditCheckKey,
        ...(f.staffUsername?.trim() ? { staffUsername: f.staffUsername.trim() } : {}),
        severity: f.severity as FindingSeverity,
        description: (f.description ?? '').trim(),
        reviewDecidedWrongly: Boolean(f.reviewDecidedWrongly),
      })),
    };
    setSaving(true);
    try {
      const updated = await api.post<AuditDetail>(
        `/supervision/audits/${encodeURIComponent(audit.id)}/complete`,
        body,
      );
      message.success(t('supervision.completed'));
      onDone(updated);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 422 && applyFieldErrors(form, e))) {
        setError(e instanceof ApiError ? e : describeError(e, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<AuditValues>
      form={form}
      layout="vertical"
      initialValues={{
        checks: Object.fromEntries(
          audit.checks.map((c) => [c.key, { ok: c.evidence.present ? true : undefined, note: '' }]),
        ),
        findings: [],
      }}
      onFinish={submit}
    >
      <Flex vertical gap={16}>
        {byStage.map(({ stage, checks }) => (
          <Card key={stage} title={t(STAGE_LABELS[stage])} size="small" data-testid={`audit-stage-${stage}`}>
            <Flex vertical gap={0}>
              {checks.map((c, i) => {
                const bad = checkResults[c.key]?.ok === false;
                return (
                  <div key={c.key} data-testid={`audit-check-${c.key}`}>
                    {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                    <Flex gap={16} wrap>
                      <Flex vertical gap={6} style={{ flex: '1 1 360px', minWidth: 0 }}>
                        <Flex gap={8} align="center" wrap>
                          {c.evidence.present ? (
                            <CheckCircleFilled style={{ color: '#52c41a' }} />
                          ) : (
                            <ExclamationCircleFilled style={{ color: '#faad14' }} />
                          )}
                          <Typography.Text strong>{c.label}</Typography.Text>
                          <Tag>
                            {DEPARTMENT_LABELS[c.department]
                              ? t(DEPARTMENT_LABELS[c.department] ?? 'common.none')
                              : c.department}
                          </Tag>
                        </Flex>
                        <Evidence check={c} />
                      </Flex>
                      <Flex vertical gap={0} style={{ flex: '0 1 300px' }}>
                        <Form.Item name={['checks', c.key, 'ok']} style={{ marginBottom: 8 }}>
                          <Radio.Group
                            optionType="button"
                            buttonStyle="solid"
                            aria-label={c.label}
                            options={[
                              { value: true, label: t('supervision.ok') },
                              { value: false, label: t('supervision.notOk') },
                            ]}
                          />
                        </Form.Item>
                        <Form.Item name={['checks', c.key, 'note']} style={{ marginBottom: 8 }}>
                          <Input placeholder={t('supervision.col.note')} maxLength={1000} />
                        </Form.Item>
                        {bad && (
                          <Button size="small" icon={<PlusOutlined />} onClick={() => addFinding(c)}>
                            {t('supervision.finding.addFor')}
                          </Button>
                        )}
                      </Flex>
                    </Flex>
                  </div>
                );
              })}
            </Flex>
          </Card>
        ))}
        <Card title={t('supervision.findings', { count: findings.length })} data-testid="audit-findings">
          <Form.List name="findings">
            {(fields, { remove }) => (
              <Flex vertical gap={12}>
                {fields.length === 0 && (
                  <Typography.Text type="secondary">{t('supervision.findings.none')}</Typography.Text>
                )}
                {fields.map((field, i) => {
                  const f = findings[field.name] ?? {};
                  const stageChecks = audit.checks.filter((c) => !f.stage || c.stage === f.stage);
                  const check = audit.checks.find((c) => c.key === f.checkKey);
                  return (
                    <Card
                      key={field.key}
                      size="small"
                      type="inner"
                      title={t('supervision.findingN', { n: i + 1 })}
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
                      <Flex gap={12} wrap>
                        <Form.Item
                          name={[field.name, 'stage']}
                          label={t('supervision.col.stage')}
                          style={{ flex: '1 1 140px' }}
                          rules={[{ required: true, message: t('supervision.finding.stage.required') }]}
                        >
                          <Select
                            options={AUDIT_STAGES.map((s) => ({ value: s, label: t(STAGE_LABELS[s]) }))}
                            onChange={() =>
                              form.setFieldValue(['findings', field.name, 'checkKey'], undefined)
                            }
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'checkKey']}
                          label={t('supervision.col.check')}
                          style={{ flex: '3 1 280px' }}
                          rules={[{ required: true, message: t('supervision.finding.check.required') }]}
                        >
                          <Select
                            options={stageChecks.map((c) => ({ value: c.key, label: c.label }))}
                            onChange={(key: string) => {
                              const c = audit.checks.find((x) => x.key === key);
                              if (c) form.setFieldValue(['findings', field.name, 'stage'], c.stage);
                            }}
                          />
                        </Form.Item>
                      </Flex>
                      <Flex gap={12} wrap>
                        <Form.Item
                          name={[field.name, 'staffUsername']}
                          label={t('supervision.finding.staff')}
                          extra={t('supervision.finding.staff.help')}
                          style={{ flex: '1 1 200px' }}
                        >
                          <AutoComplete
                            allowClear
                            options={(
                              check?.evidence.staff ?? [
                                ...new Set(audit.checks.flatMap((c) => c.evidence.staff)),
                              ]
                            ).map((s) => ({ value: s }))}
                          >
                            <Input className="mono" maxLength={64} />
                          </AutoComplete>
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'severity']}
                          label={t('supervision.finding.severity')}
                          style={{ flex: '1 1 200px' }}
                          rules={[{ required: true }]}
                        >
                          <Radio.Group
                            optionType="button"
                            buttonStyle="solid"
                            options={FINDING_SEVERITIES.map((s) => ({
                              value: s,
                              label: t(SEVERITY_LABELS[s]),
                            }))}
                          />
                        </Form.Item>
                      </Flex>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={t('supervision.finding.description')}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            min: 2,
                            message: t('supervision.finding.description.required'),
                          },
                        ]}
                      >
                        <Input.TextArea rows={2} maxLength={2000} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'reviewDecidedWrongly']}
                        valuePropName="checked"
                        extra={t('supervision.finding.wrongDecision.help')}
                        style={{ marginBottom: 0 }}
                      >
                        <Checkbox>{t('supervision.finding.wrongDecision')}</Checkbox>
                      </Form.Item>
                    </Card>
                  );
                })}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => addFinding()}>
                  {t('supervision.finding.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        {error && (
          <Alert
            type="error"
            showIcon
            title={typeof error === 'string' ? error : describeError(error, t)}
            description={
              typeof error !== 'string' && error.fieldErrors.length > 0
                ? error.fieldErrors.map((f) => `${f.path}：${f.message}`).join('；')
                : undefined
            }
          />
        )}
        <Flex justify="flex-end">
          <Button type="primary" size="large" htmlType="submit" loading={saving} data-testid="audit-submit">
            {t('supervision.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

export default function AuditFormPage() {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const query = useApiQuery<AuditDetail>(`/supervision/audits/${encodeURIComponent(id)}`);
  const [completed, setCompleted] = useState<AuditDetail>();
  const audit = completed ?? query.data;
  const back = () => (location.key === 'default' ? navigate('/supervision') : navigate(-1));
  const statusLabel = audit ? AUDIT_STATUS_LABELS[audit.status] : undefined;
  const reasonLabel = audit ? REASON_LABELS[audit.reason] : undefined;
  return (
    <PageContainer
      title={
        <Flex align="center" gap={8} wrap>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('supervision.back')}
            title={t('supervision.back')}
            onClick={back}
          />
          {t('supervision.auditTitle')}
          {audit && (
            <>
              <Link className="mono" to={casePath(audit.caseNo)} style={{ fontSize: 18 }}>
                {audit.caseNo}
              </Link>
              <Tag color={audit.status === 'completed' ? 'success' : 'processing'}>
                {statusLabel ? t(statusLabel) : audit.status}
              </Tag>
            </>
          )}
        </Flex>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={query.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={query.reload} />
      ) : !audit ? (
        <PageLoading />
      ) : (
        <>
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, xl: 4 }}
              items={[
                { key: 'month', label: t('supervision.month'), children: audit.month },
                {
                  key: 'reason',
                  label: t('supervision.col.reason'),
                  children: reasonLabel ? t(reasonLabel) : audit.reason,
                },
                { key: 'outlet', label: t('cases.col.outlet'), children: audit.outlet.name },
                {
                  key: 'state',
                  label: t('supervision.caseState'),
                  children: caseStateLabel(audit.case.state, lang),
                },
                {
                  key: 'account',
                  label: t('customers.col.accountNo'),
                  children: <span className="mono">{audit.case.accountNo}</span>,
                },
                {
                  key: 'received',
                  label: t('cases.receivedAt'),
                  children: <span className="mono">{audit.case.receivedOn}</span>,
                },
                {
                  key: 'closed',
                  label: t('impl.certificate.closedAt'),
                  children: formatDateTime(audit.case.closedAt),
                },
              ]}
            />
          </Card>
          {audit.status === 'completed' ? (
            <CompletedAudit audit={audit} />
          ) : (
            <OpenAudit audit={audit} onDone={setCompleted} />
          )}
        </>
      )}
    </PageContainer>
  );
}
