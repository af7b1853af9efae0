import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownloadOutlined,
  PauseCircleOutlined,
} from '@ant-design/icons';
import { Alert, Card, Descriptions, Divider, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ROLE_LABELS, type Role } from '../../../domain/access/roles';
import type { CaseDocument, CaseView } from '../../../domain/contracts/cases';
import { CUSTOMER_TYPE_LABELS } from '../../../domain/customers/customer-types';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { customerPath, idTypeLabel } from '../customers/labels';
import { DocumentItem } from './documents';
import {
  CHANNEL_LABELS,
  caseStateLabel,
  DEADLINE_STATUS_COLORS,
  DISPUTE_SUBJECT_LABELS,
  DOCUMENT_KIND_LABELS,
  deadlineLabel,
  materialLabel,
  READINESS_LABELS,
  UPLOAD_KINDS,
} from './labels';

type Person = CaseView['applicant'];

function PersonText({ person }: { person: Person }) {
  const { lang } = useI18n();
  return (
    <Flex vertical>
      <span>{person.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {idTypeLabel(person.idType, lang)} <span className="mono">{person.idNumber}</span> ·{' '}
        <span className="mono">{person.phone}</span>
      </Typography.Text>
    </Flex>
  );
}

/** Who asked to close which account, how the application came in and why. */
export function CaseInfoCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const c = view.customer;
  return (
    <Card title={t('case.info')} style={{ height: '100%' }} data-testid="case-info">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'customer',
            label: t('case.customer'),
            children: (
              <Flex vertical>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Tag color="blue" variant="filled">
                    {CUSTOMER_TYPE_LABELS[c.type][lang]}
                  </Tag>
                </Flex>
                <Link className="mono" to={customerPath(c.accountNo)}>
                  {c.accountNo}
                </Link>
              </Flex>
            ),
          },
          {
            key: 'customerId',
            label: t('case.customerId'),
            children: (
              <Flex vertical>
                <span className="mono">{c.idNumber}</span>
                <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                  {c.phone}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'address', label: t('customers.col.address'), span: 2, children: c.address },
          { key: 'applicant', label: t('cases.applicant'), children: <PersonText person={view.applicant} /> },
          {
            key: 'agent',
            label: t('cases.agent'),
            children: view.agent ? (
              <PersonText person={view.agent} />
            ) : (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ),
          },
          {
            key: 'channel',
            label: t('cases.channel'),
            children: (
              <span>
                {t(CHANNEL_LABELS[view.channel])} · {t('cases.receivedAt')}{' '}
                <span className="mono">{view.receivedAt}</span>
              </span>
            ),
          },
          { key: 'outlet', label: t('cases.col.outlet'), children: c.outlet.name },
          { key: 'reason', label: t('cases.reason'), span: 2, children: view.reason },
        ]}
      />
      <Divider titlePlacement="start" plain style={{ margin: '12px 0' }}>
        {t('case.deadlines')}
      </Divider>
      <DeadlinesList view={view} />
    </Card>
  );
}

/** The case's clocks: each deadline with its dates and a colour for open, met, missed or paused. */
function DeadlinesList({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  if (view.deadlines.length === 0) {
    return <Typography.Text type="secondary">{t('case.deadlines.none')}</Typography.Text>;
  }
  return (
    <Flex gap={8} wrap data-testid="case-deadlines">
      {view.deadlines.map((d, i) => (
        <Flex
          // A kind may come back (re-inspection): the position keeps rows apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: deadlines have no id and never reorder
          key={`${d.kind}-${i}`}
          vertical
          gap={2}
          className={`deadline-chip deadline-${d.status}`}
          data-status={d.status}
        >
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong>{deadlineLabel(d.kind, lang)}</Typography.Text>
            <Tag
              color={DEADLINE_STATUS_COLORS[d.status]}
              icon={d.status === 'paused' ? <PauseCircleOutlined /> : undefined}
              style={{ marginInlineEnd: 0 }}
            >
              {t(`case.deadline.${d.status}`)}
            </Tag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <span className="mono">{t('case.deadline.due', { date: d.dueDate })}</span>
            {d.metAt && <> · {t('case.deadline.metAt', { date: d.metAt })}</>}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** 就绪清单: what still stands between the case and approval, line by line with the server's evidence. */
export function ReadinessCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const open = view.readiness.filter((r) => !r.done).length;
  return (
    <Card
      title={t('case.readiness')}
      data-testid="readiness"
      extra={
        open === 0 ? (
          <Tag color="success">{t('case.readiness.allDone')}</Tag>
        ) : (
          <Tag color="warning">{t('case.readiness.open', { count: open })}</Tag>
        )
      }
    >
      <Flex vertical gap={10}>
        {view.readiness.map((line) => {
          const label = READINESS_LABELS[line.key];
          return (
            <Flex key={line.key} gap={10} align="flex-start" data-testid={`readiness-${line.key}`}>
              {line.done ? (
                <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18, marginTop: 2 }} aria-label="✓" />
              ) : (
                <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 18, marginTop: 2 }} aria-label="✗" />
              )}
              <Flex vertical>
                <Typography.Text strong>{lang === 'zh' || !label ? line.zh : t(label)}</Typography.Text>
                <Typography.Text type={line.done ? 'secondary' : 'danger'}>{line.detail}</Typography.Text>
              </Flex>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}

/** A suspended case says why, since when, and where it will resume. */
export function DisputeBanner({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const d = view.dispute;
  if (!d) return null;
  const subject = DISPUTE_SUBJECT_LABELS[d.subject];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="dispute-banner"
      title={t('case.dispute.banner', { subject: subject ? t(subject) : d.subject })}
      description={
        <Flex vertical gap={4}>
          <span>{d.description}</span>
          <Typography.Text type="secondary">
            {t('case.dispute.since', {
              at: formatDateTime(d.openedAt),
              by: d.openedBy,
              state: caseStateLabel(d.suspendedFrom, lang),
            })}
          </Typography.Text>
        </Flex>
      }
    />
  );
}

/** A rejected case lists each reason and what the user can do about it. */
export function RejectionCard({ view }: { view: CaseView }) {
  const t = useI18n().t;
  if (view.state !== 'rejected' || !view.rejectionReasons?.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rejection-reasons"
      title={t('case.rejected.title')}
      description={
        <ol className="plain-list numbered">
          {view.rejectionReasons.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons are a fixed, ordered list
            <li key={i}>
              <Typography.Text strong>{r.reason}</Typography.Text>
              {r.remedy && (
                <div>
                  <Typography.Text type="secondary">{t('case.rejected.remedy')}</Typography.Text>
                  {r.remedy}
                </div>
              )}
            </li>
          ))}
        </ol>
      }
    />
  );
}

/** 一次性告知: how many notices went out and what each one listed. */
export function NoticesCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  if (view.notices.length === 0) return null;
  return (
    <Card
      title={t('case.notices')}
      data-testid="notices"
      extra={<Tag color="orange">{t('case.notices.count', { count: view.notices.length })}</Tag>}
    >
      <Flex vertical gap={12}>
        {view.notices.map((n) => (
          <Flex vertical gap={4} key={n.seq}>
            <Typography.Text strong>
              {t('case.notices.item', { seq: n.seq, date: n.issuedOn })}
            </Typography.Text>
            <ul className="plain-list">
              {n.items.map((item) => (
                <li key={item.kind}>
                  {materialLabel(item.kind, lang)}
                  <Typography.Text type="secondary">：{item.reason}</Typography.Text>
                </li>
              ))}
            </ul>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** The papers the process generated (notices, certificates) and every upload, each downloadable. */
export function DocumentsCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  // Papers first (what the customer takes home), then uploads, newest first within each.
  const docs = [...view.documents].sort(
    (a, b) =>
      Number(UPLOAD_KINDS.has(a.kind)) - Number(UPLOAD_KINDS.has(b.kind)) ||
      b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Card title={t('case.documents')} data-testid="documents" styles={{ body: { padding: 0 } }}>
      <Table<CaseDocument>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={docs}
        locale={{ emptyText: t('case.documents.none') }}
        scroll={{ x: 600 }}
        columns={[
          {
            title: t('case.documents.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (kind: string, d) => {
              const label = DOCUMENT_KIND_LABELS[kind];
              return (
                <Flex vertical>
                  <span className="nowrap">{label ? t(label) : kind}</span>
                  {d.materialKind && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {materialLabel(d.materialKind, lang)}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          {
            title: t('case.documents.paperNo'),
            dataIndex: 'paperNo',
            width: 130,
            render: (no: string | null) => (no ? <span className="mono nowrap">{no}</span> : '—'),
          },
          {
            title: t('case.documents.file'),
            key: 'file',
            render: (_, d) =>
              d.sensitive ? (
                <DocumentItem doc={d} />
              ) : (
                <a href={d.url} target="_blank" rel="noreferrer" className="doc-item">
                  <DownloadOutlined /> {d.fileName}
                </a>
              ),
          },
          {
            title: t('case.documents.createdAt'),
            key: 'createdAt',
            width: 150,
            render: (_, d) => (
              <Flex vertical>
                <span className="nowrap">{formatDateTime(d.createdAt)}</span>
                {d.createdBy && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.createdBy}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 办理记录: who did what, when; the newest on top. */
export function TimelineCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const events = [...view.timeline].reverse();
  return (
    <Card title={t('case.timeline')} data-testid="timeline">
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.at}-${i}`,
          color:
            e.toState === 'rejected' || e.toState === 'withdrawn'
              ? 'red'
              : e.toState !== e.fromState
                ? 'green'
                : 'blue',
          content: (
            <Flex vertical gap={2}>
              <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
              <span>{e.summary}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actor ?? t('case.timeline.system')}
                {e.role && ROLE_LABELS[e.role as Role] ? ` · ${ROLE_LABELS[e.role as Role][lang]}` : ''}
                {e.fromState !== e.toState &&
                  ` · ${caseStateLabel(e.fromState, lang)} → ${caseStateLabel(e.toState, lang)}`}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
