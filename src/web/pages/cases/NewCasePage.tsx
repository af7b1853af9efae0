import { ArrowLeftOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { type MaterialKind, requiredMaterials } from '../../../domain/closure/materials';
import { FINAL_STATES } from '../../../domain/closure/states';
import type { CasePage, CaseView, CreateCaseBody } from '../../../domain/contracts/cases';
import type { ClosureEligibility, Customer, CustomerPage } from '../../../domain/contracts/customers';
import { ACCOUNT_STATUS_LABELS, CUSTOMER_TYPE_LABELS } from '../../../domain/customers/customer-types';
import { ID_TYPES, type IdType } from '../../../domain/identity/id-document';
import { ApiError, api, withQuery } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { todayInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useIdempotencyKey } from '../../idempotency';
import { useApiQuery } from '../../useApiQuery';
import { EligibilityCard } from '../customers/EligibilityCard';
import { customerPath, idTypeLabel, STATUS_COLORS } from '../customers/labels';
import { casePath, materialLabel } from './labels';

interface PersonValues {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
}

interface Values {
  accountNo: string;
  channel: 'counter' | 'mail';
  receivedAt?: Dayjs;
  applicant: PersonValues;
  viaAgent: boolean;
  agent?: PersonValues;
  reason: string;
  materials: Partial<Record<MaterialKind, { supplied?: boolean; originalSighted?: boolean }>>;
}

/** Blockers no review can clear: the application cannot be taken at all. */
const STOPPERS = new Set(['ACCOUNT_CLOSED', 'CASE_OPEN']);
const COMMON_REASONS = [
  'cases.new.reason.moving',
  'cases.new.reason.sold',
  'cases.new.reason.business',
  'cases.new.reason.energy',
] as const;
const CODE_FIELDS = { NOT_FOUND: 'accountNo' };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const trimPerson = (p: PersonValues) => ({
  name: p.name.trim(),
  idType: p.idType,
  idNumber: p.idNumber.trim(),
  phone: p.phone.trim(),
});

/** The customer the application is for, as the clerk checks it against the papers on the counter. */
function CustomerCard({ customer }: { customer: Customer }) {
  const { lang, t } = useI18n();
  return (
    <Card
      size="small"
      data-testid="application-customer"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{customer.name}</span>
          <Tag color="blue" variant="filled">
            {CUSTOMER_TYPE_LABELS[customer.type][lang]}
          </Tag>
          <Tag color={STATUS_COLORS[customer.status]}>{ACCOUNT_STATUS_LABELS[customer.status][lang]}</Tag>
        </Flex>
      }
      extra={<Link to={customerPath(customer.accountNo)}>{t('cases.new.openCustomer')}</Link>}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'accountNo',
            label: t('customers.col.accountNo'),
            children: <span className="mono">{customer.accountNo}</span>,
          },
          {
            key: 'id',
            label: idTypeLabel(customer.idType, lang),
            children: <span className="mono">{customer.idNumber}</span>,
          },
          {
            key: 'phone',
            label: t('customers.col.phone'),
            children: <span className="mono">{customer.phone}</span>,
          },
          { key: 'address', label: t('customers.col.address'), children: customer.address },
          { key: 'outlet', label: t('customers.col.outlet'), children: customer.outlet.name },
        ]}
      />
    </Card>
  );
}

function PersonFields({ prefix, required }: { prefix: 'applicant' | 'agent'; required: boolean }) {
  const { lang, t } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item
          name={[prefix, 'name']}
          label={t('cases.person.name')}
          rules={[{ required, whitespace: true, message: t('cases.person.name.required') }]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[prefix, 'idType']} label={t('cases.person.idType')} rules={[{ required }]}>
          <Select options={ID_TYPES.map((k) => ({ value: k, label: idTypeLabel(k, lang) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[prefix, 'phone']}
          label={t('cases.person.phone')}
          rules={[{ required, whitespace: true, message: t('cases.person.phone.required') }]}
        >
          <Input className="mono" maxLength={20} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[prefix, 'idNumber']}
          label={t('cases.person.idNumber')}
          rules={[{ required, whitespace: true, message: t('cases.person.idNumber.required') }]}
        >
          <Input className="mono" maxLength={40} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** R-03 checklist for this customer type (and agent), with what the clerk has in hand and has seen in the original. */
function MaterialsChecklist({ customer, viaAgent }: { customer: Customer; viaAgent: boolean }) {
  const { lang, t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const materials = Form.useWatch('materials', form);
  const rows = requiredMaterials(customer.type, viaAgent);
  return (
    <Table
      size="small"
      rowKey="kind"
      pagination={false}
      dataSource={rows}
      data-testid="application-materials"
      columns={[
        {
          title: t('cases.material.name'),
          dataIndex: 'kind',
          render: (kind: MaterialKind, row) => (
            <Flex gap={6} align="center" wrap>
              <span>{materialLabel(kind, lang)}</span>
              {!row.required && <Tag>{t('cases.material.optional')}</Tag>}
            </Flex>
          ),
        },
        {
          title: t('cases.material.supplied'),
          key: 'supplied',
          width: 110,
          render: (_, row) => (
            <Form.Item name={['materials', row.kind, 'supplied']} valuePropName="checked" noStyle>
              <Checkbox aria-label={`${materialLabel(row.kind, lang)} ${t('cases.material.supplied')}`} />
            </Form.Item>
          ),
        },
        {
          title: t('cases.material.originalSighted'),
          key: 'originalSighted',
          width: 130,
          render: (_, row) => (
            <Form.Item name={['materials', row.kind, 'originalSighted']} valuePropName="checked" noStyle>
              <Checkbox
                disabled={!materials?.[row.kind]?.supplied}
                aria-label={`${materialLabel(row.kind, lang)} ${t('cases.material.originalSighted')}`}
              />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}

/** 受理申请: looks the account up, shows the pre-check, takes the application with its checklist. */
export default function NewCasePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const keyFor = useIdempotencyKey();
  const [accountNo, setAccountNo] = useState(params.get('accountNo')?.trim() ?? '');
  const search: string = Form.useWatch('accountNo', form) ?? '';
  const typed = useDebounced(search.trim(), 300);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | string>();

  const suggestions = useApiQuery<CustomerPage>(
    typed.length >= 1 && typed !== accountNo ? withQuery('/customers', { q: typed, pageSize: 8 }) : null,
  );
  const base = accountNo ? `/customers/${encodeURIComponent(accountNo)}` : null;
  const customerQuery = useApiQuery<Customer>(base);
  const eligibility = useApiQuery<ClosureEligibility>(base && `${base}/closure-eligibility`);
  const customer = customerQuery.data?.accountNo === accountNo ? customerQuery.data : undefined;
  const check = eligibility.data?.accountNo === accountNo ? eligibility.data : undefined;
  const stoppers = check?.blockers.filter((b) => STOPPERS.has(b.code)) ?? [];
  // An account with a case in progress: find that case so the clerk can go to it instead.
  const openCase = useApiQuery<CasePage>(
    stoppers.some((b) => b.code === 'CASE_OPEN') ? withQuery('/cases', { q: accountNo, pageSize: 5 }) : null,
  );
  const openCaseNo = openCase.data?.items.find(
    (c) => c.accountNo === accountNo && !FINAL_STATES.includes(c.state),
  )?.caseNo;

  const channel = Form.useWatch('channel', form);
  const viaAgent = Form.useWatch('viaAgent', form) ?? false;

  // A household's applicant is usually the account holder: start from the name on the account,
  // and follow the account while the clerk has not typed a name of their own.
  const prefilled = useRef<string>('');
  useEffect(() => {
    if (!customer) return;
    const current = (form.getFieldValue(['applicant', 'name']) as string | undefined) ?? '';
    if (current && current !== prefilled.current) return;
    const next = customer.type === 'residential' ? customer.name : '';
    prefilled.current = next;
    form.setFieldValue(['applicant', 'name'], next);
  }, [customer, form]);

  if (!can(user, 'cases.create')) {
    return <Result status="403" title={t('shell.forbidden.title')} subTitle={t('shell.forbidden.detail')} />;
  }

  const lookUp = (value: string) => {
    const next = value.trim();
    setError(undefined);
    setAccountNo(next);
    form.setFields([{ name: 'accountNo', value: next, errors: [] }]);
  };

  const submit = async (values: Values) => {
    if (!customer) return;
    setSaving(true);
    setError(undefined);
    const checklist = requiredMaterials(customer.type, values.viaAgent);
    const body: CreateCaseBody = {
      accountNo: customer.accountNo,
      channel: values.channel,
      ...(values.channel === 'mail' && values.receivedAt
        ? { receivedAt: values.receivedAt.format('YYYY-MM-DD') }
        : {}),
      applicant: trimPerson(values.applicant),
      ...(values.viaAgent && values.agent ? { agent: trimPerson(values.agent) } : {}),
      reason: values.reason.trim(),
      materials: checklist.map(({ kind }) => {
        const m = values.materials?.[kind];
        return {
          kind,
          supplied: Boolean(m?.supplied),
          originalSighted: Boolean(m?.supplied && m.originalSighted),
        };
      }),
    };
    try {
      const created = await api.post<CaseView>('/cases', body, {
        headers: { 'Idempotency-Key': keyFor(body) },
      });
      message.success(t('cases.new.created', { caseNo: created.caseNo }));
      navigate(casePath(created.caseNo));
    } catch (e) {
      if (!applyFieldErrors(form, e, CODE_FIELDS)) setError(e instanceof ApiError ? e : describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  const refusedBlockers =
    error instanceof ApiError && Array.isArray(error.problem.blockers)
      ? (error.problem.blockers as ClosureEligibility['blockers'])
      : [];

  return (
    <PageContainer
      title={
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('cases.backToList')}
            title={t('cases.backToList')}
            onClick={() => navigate('/cases')}
          />
          {t('cases.create')}
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          accountNo,
          channel: 'counter',
          receivedAt: dayjs(todayInShanghai()),
          applicant: { idType: 'resident_id' },
          agent: { idType: 'resident_id' },
          viaAgent: false,
          materials: {},
        }}
        onFinish={submit}
        scrollToFirstError
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              <Card title={t('cases.new.account')}>
                <Form.Item
                  name="accountNo"
                  label={t('cases.new.accountLookup')}
                  extra={t('cases.new.accountLookupHelp')}
                  style={{ marginBottom: 0 }}
                >
                  <AutoComplete
                    onSelect={(v: string) => lookUp(v)}
                    options={(suggestions.data?.items ?? []).map((c) => ({
                      value: c.accountNo,
                      label: (
                        <Flex justify="space-between" gap={8}>
                          <span>
                            <span className="mono">{c.accountNo}</span> {c.name}
                          </span>
                          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                            {c.address}
                          </Typography.Text>
                        </Flex>
                      ),
                    }))}
                  >
                    <Input.Search
                      aria-label={t('cases.new.accountLookup')}
                      placeholder={t('cases.new.accountPlaceholder')}
                      enterButton={
                        <Button type="primary" icon={<SearchOutlined />}>
                          {t('cases.new.lookup')}
                        </Button>
                      }
                      onSearch={(v) => lookUp(v)}
                      loading={customerQuery.loading}
                    />
                  </AutoComplete>
                </Form.Item>
                {customerQuery.error && accountNo && (
                  <Alert
                    style={{ marginTop: 12 }}
                    type="error"
                    showIcon
                    title={describeError(customerQuery.error, t)}
                  />
                )}
              </Card>

              {customer && stoppers.length === 0 && (
                <Card title={t('cases.new.application')}>
                  <Form.Item name="channel" label={t('cases.channel')}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      options={[
                        { value: 'counter', label: t('case.channel.counter') },
                        { value: 'mail', label: t('case.channel.mail') },
                      ]}
                    />
                  </Form.Item>
                  {channel === 'mail' && (
                    <Form.Item
                      name="receivedAt"
                      label={t('cases.receivedAt')}
                      extra={t('cases.new.receivedAtHelp')}
                      rules={[{ required: true, message: t('cases.new.receivedAt.required') }]}
                    >
                      <DatePicker
                        format="YYYY-MM-DD"
                        allowClear={false}
                        disabledDate={(d) => d.isAfter(dayjs(todayInShanghai()), 'day')}
                      />
                    </Form.Item>
                  )}
                  <Divider titlePlacement="start">{t('cases.applicant')}</Divider>
                  <PersonFields prefix="applicant" required />
                  <Form.Item name="viaAgent" valuePropName="checked">
                    <Checkbox>{t('cases.new.viaAgent')}</Checkbox>
                  </Form.Item>
                  {viaAgent && (
                    <>
                      <Divider titlePlacement="start">{t('cases.agent')}</Divider>
                      <PersonFields prefix="agent" required />
                    </>
                  )}
                  <Form.Item
                    name="reason"
                    label={t('cases.reason')}
                    rules={[{ required: true, whitespace: true, message: t('cases.new.reason.required') }]}
                    extra={
                      <Flex gap={6} wrap style={{ marginTop: 6 }}>
                        {COMMON_REASONS.map((key) => (
                          <Tag
                            key={key}
                            className="clickable-tag"
                            onClick={() => form.setFieldValue('reason', t(key))}
                          >
                            {t(key)}
                          </Tag>
                        ))}
                      </Flex>
                    }
                  >
                    <Input.TextArea rows={2} maxLength={500} />
                  </Form.Item>
                  <Divider titlePlacement="start">{t('cases.materials')}</Divider>
                  <Typography.Paragraph type="secondary">{t('cases.new.materialsHelp')}</Typography.Paragraph>
                  <MaterialsChecklist customer={customer} viaAgent={viaAgent} />
                  {error && (
                    <Alert
                      style={{ marginTop: 16 }}
                      type="error"
                      showIcon
                      title={typeof error === 'string' ? error : describeError(error, t)}
                      description={
                        refusedBlockers.length > 0 && (
                          <ul className="plain-list">
                            {refusedBlockers.map((b) => (
                              <li key={b.code}>{b.message}</li>
                            ))}
                          </ul>
                        )
                      }
                    />
                  )}
                  <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
                    <Button onClick={() => navigate('/cases')}>{t('common.cancel')}</Button>
                    <Button
                      type="primary"
                      htmlType="submit"
                      loading={saving}
                      disabled={stoppers.length > 0 || !check}
                    >
                      {t('cases.new.submit')}
                    </Button>
                  </Flex>
                </Card>
              )}
            </Flex>
          </Col>
          <Col xs={24} xl={10}>
            {accountNo && (customer || eligibility.data) ? (
              <Flex vertical gap={16}>
                {customer && <CustomerCard customer={customer} />}
                {stoppers.length > 0 && (
                  <Alert
                    type="error"
                    showIcon
                    data-testid="application-stopped"
                    title={t('cases.new.cannotTake')}
                    description={
                      <Flex vertical gap={4}>
                        {stoppers.map((b) => (
                          <span key={b.code}>{b.message}</span>
                        ))}
                        {openCaseNo && (
                          <Link to={casePath(openCaseNo)}>
                            {t('cases.new.openExisting', { caseNo: openCaseNo })}
                          </Link>
                        )}
                      </Flex>
                    }
                  />
                )}
                {check && check.blockers.length > 0 && stoppers.length === 0 && (
                  <Alert type="info" showIcon title={t('cases.new.blockersInformational')} />
                )}
                <EligibilityCard query={eligibility} />
              </Flex>
            ) : (
              <Card>
                <Typography.Text type="secondary">{t('cases.new.lookupFirst')}</Typography.Text>
              </Card>
            )}
          </Col>
        </Row>
      </Form>
    </PageContainer>
  );
}
