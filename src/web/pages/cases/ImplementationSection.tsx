import {
  CheckCircleFilled,
  CloseCircleFilled,
  FilePdfOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Flex, Row, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CaseView } from '../../../domain/contracts/cases';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../../../domain/customers/customer-types';
import { can, useCurrentUser } from '../../auth/auth';
import { formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import {
  DEPARTMENT_LABELS,
  deadlineLabel,
  FOLLOW_UP_METHOD_LABELS,
  RATING_COLORS,
  RATING_LABELS,
  REMOVAL_MODE_LABELS,
  REMOVED_BY_LABELS,
  SEALING_METHOD_LABELS,
  TEST_MEDIUM_LABELS,
} from './labels';

type Implementation = CaseView['implementation'];

/** States in which the implementation stage has started or is over. */
export const IMPLEMENTATION_STATES: ReadonlySet<string> = new Set([
  'approved',
  'removal',
  'sealing',
  'awaiting_final',
  'closed',
]);

function label(t: (k: MessageKey) => string, map: Record<string, MessageKey>, key: string): string {
  const k = map[key];
  return k ? t(k) : key;
}

function StepCard({
  title,
  testId,
  done,
  children,
  extra,
}: {
  title: string;
  testId: string;
  done: boolean;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const t = useI18n().t;
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      data-testid={testId}
      title={title}
      extra={
        extra ?? (
          <Tag color={done ? 'success' : 'default'}>{t(done ? 'impl.step.done' : 'impl.step.pending')}</Tag>
        )
      }
    >
      {children}
    </Card>
  );
}

function Pending({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} style={{ margin: '8px 0' }} />;
}

/** 拆除: how the user chose to remove the facilities, what came out, when and by whom. */
function RemovalCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const removal = view.implementation.removal;
  const deadline = view.deadlines.find((d) => d.kind === 'removal');
  const done = Boolean(removal?.removedAt);
  return (
    <StepCard title={t('impl.removal.title')} testId="impl-removal" done={done}>
      {!removal ? (
        <Pending text={t('impl.removal.notChosen')} />
      ) : (
        <Flex vertical gap={8}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'mode',
                label: t('impl.removal.mode'),
                children: (
                  <span>
                    {label(t, REMOVAL_MODE_LABELS, removal.mode)}
                    {removal.fee && (
                      <>
                        {' · '}
                        {t('impl.removal.fee')} <span className="amount">{formatMoney(removal.fee)}</span>
                      </>
                    )}
                  </span>
                ),
              },
              ...(deadline
                ? [
                    {
                      key: 'deadline',
                      label: deadlineLabel(deadline.kind, lang),
                      children: (
                        <span className="mono">
                          {deadline.dueDate}
                          {deadline.metAt ? ` · ${t('case.deadline.metAt', { date: deadline.metAt })}` : ''}
                        </span>
                      ),
                    },
                  ]
                : []),
              ...(removal.removedAt
                ? [
                    {
                      key: 'at',
                      label: t('impl.removal.removedAt'),
                      children: `${formatDateTime(removal.removedAt)} · ${label(t, REMOVED_BY_LABELS, removal.removedBy ?? '')}`,
                    },
                  ]
                : []),
            ]}
          />
          {removal.removedItems.length > 0 ? (
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.facility}-${r.serialNo}`}
              dataSource={removal.removedItems}
              columns={[
                {
                  title: t('customers.facility.kind'),
                  dataIndex: 'facility',
                  width: 100,
                  render: (f: string) => FACILITY_KIND_LABELS[f as FacilityKind]?.[lang] ?? f,
                },
                {
                  title: t('customers.facility.serialNo'),
                  dataIndex: 'serialNo',
                  render: (s: string) => <span className="mono">{s}</span>,
                },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">{t('impl.removal.waiting')}</Typography.Text>
          )}
        </Flex>
      )}
    </StepCard>
  );
}

/** 封堵: method, material standard and the tightness test with its result. */
function SealingCard({ view }: { view: CaseView }) {
  const t = useI18n().t;
  const sealing = view.implementation.sealing;
  const record = sealing && view.documents.find((d) => d.kind === 'sealing_record');
  const test = sealing?.pressureTest;
  return (
    <StepCard title={t('impl.sealing.title')} testId="impl-sealing" done={Boolean(sealing)}>
      {!sealing ? (
        <Pending text={t('impl.sealing.notYet')} />
      ) : (
        <Flex vertical gap={8}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'record',
                label: t('impl.sealing.recordNo'),
                children: (
                  <Flex gap={8} wrap>
                    <span className="mono">{sealing.recordNo}</span>
                    {record && (
                      <a href={record.url} target="_blank" rel="noreferrer">
                        <FilePdfOutlined /> {t('impl.view')}
                      </a>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'at',
                label: t('impl.sealing.sealedAt'),
                children: `${formatDateTime(sealing.sealedAt)} · ${sealing.inspector}`,
              },
              {
                key: 'method',
                label: t('impl.sealing.method'),
                children: `${label(t, SEALING_METHOD_LABELS, sealing.method)} · ${t(
                  sealing.permanent ? 'impl.sealing.permanent' : 'impl.sealing.temporary',
                )}`,
              },
              {
                key: 'standard',
                label: t('impl.sealing.materialStandard'),
                children: sealing.materialStandard,
              },
            ]}
          />
          <Card
            size="small"
            type="inner"
            title={t('impl.test.title')}
            data-testid="impl-pressure-test"
            extra={
              test ? (
                <Tag
                  color={test.result === 'pass' ? 'success' : 'error'}
                  icon={test.result === 'pass' ? <CheckCircleFilled /> : <CloseCircleFilled />}
                >
                  {t(test.result === 'pass' ? 'impl.test.pass' : 'impl.test.fail')}
                </Tag>
              ) : undefined
            }
          >
            {test ? (
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  {
                    key: 'medium',
                    label: t('impl.test.medium'),
                    children: label(t, TEST_MEDIUM_LABELS, test.medium),
                  },
                  {
                    key: 'pressure',
                    label: t('impl.test.pressure'),
                    children: <span className="amount">{test.testPressureKPa} kPa</span>,
                  },
                  {
                    key: 'duration',
                    label: t('impl.test.duration'),
                    children: (
                      <span className="amount">
                        {test.durationMin} {t('impl.test.minutes')}
                      </span>
                    ),
                  },
                  {
                    key: 'drop',
                    label: t('impl.test.drop'),
                    children: <span className="amount">{test.pressureDropKPa} kPa</span>,
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('impl.test.none')}</Typography.Text>
            )}
          </Card>
        </Flex>
      )}
    </StepCard>
  );
}

/** The verification address as printed in the QR code; opened here on the same site when it is ours. */
function verificationHref(url: string): string {
  try {
    const u = new URL(url, window.location.origin);
    return u.origin === window.location.origin ? `${u.pathname}${u.search}` : url;
  } catch {
    return url;
  }
}

/** 销户证明: number, closure time, the PDF to view or print, and the public verification link. */
function CertificateCard({ view }: { view: CaseView }) {
  const t = useI18n().t;
  const cert = view.implementation.certificate;
  const pdf = cert && view.documents.find((d) => d.kind === 'closure_certificate');
  return (
    <StepCard title={t('impl.certificate.title')} testId="impl-certificate" done={Boolean(cert)}>
      {!cert ? (
        <Pending text={t('impl.certificate.notYet')} />
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center">
            <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1559c6' }} />
            <Typography.Text strong className="mono" style={{ fontSize: 18 }} data-testid="certificate-no">
              {cert.certificateNo}
            </Typography.Text>
          </Flex>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'closedAt',
                label: t('impl.certificate.closedAt'),
                children: formatDateTime(cert.closedAt),
              },
              {
                key: 'pdf',
                label: t('impl.certificate.document'),
                children: pdf ? (
                  <a href={pdf.url} target="_blank" rel="noreferrer" data-testid="certificate-pdf">
                    <PrinterOutlined /> {t('impl.certificate.viewPrint')}
                  </a>
                ) : (
                  '—'
                ),
              },
              {
                key: 'verify',
                label: t('impl.certificate.verification'),
                children: (
                  <Typography.Text copyable={{ text: cert.verificationUrl }} className="doc-item">
                    <a
                      href={verificationHref(cert.verificationUrl)}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="verification-link"
                    >
                      {cert.verificationUrl}
                    </a>
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Flex>
      )}
    </StepCard>
  );
}

/** 归档: archive number, where the paper file is and until when it is kept. */
function ArchiveCard({ archive }: { archive: Implementation['archive'] }) {
  const t = useI18n().t;
  const user = useCurrentUser();
  return (
    <StepCard title={t('impl.archive.title')} testId="impl-archive" done={Boolean(archive)}>
      {!archive ? (
        <Pending text={t('impl.archive.notYet')} />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'no',
              label: t('impl.archive.archiveNo'),
              children: can(user, 'archive.read') ? (
                <Link className="mono" to={`/archive/${encodeURIComponent(archive.archiveNo)}`}>
                  {archive.archiveNo}
                </Link>
              ) : (
                <span className="mono">{archive.archiveNo}</span>
              ),
            },
            { key: 'category', label: t('impl.archive.category'), children: archive.category },
            { key: 'location', label: t('impl.archive.location'), children: archive.location || '—' },
            {
              key: 'retain',
              label: t('impl.archive.retainUntil'),
              children: <span className="mono">{archive.retainUntil ?? t('impl.archive.forever')}</span>,
            },
            { key: 'at', label: t('impl.archive.archivedAt'), children: formatDateTime(archive.archivedAt) },
          ]}
        />
      )}
    </StepCard>
  );
}

/** 回访: rating, problems forwarded, facility disposal and safety. */
function FollowUpCard({ view }: { view: CaseView }) {
  const { lang, t } = useI18n();
  const f = view.implementation.followUp;
  const due = view.deadlines.find((d) => d.kind === 'follow_up');
  return (
    <StepCard
      title={t('impl.followUp.title')}
      testId="impl-follow-up"
      done={Boolean(f)}
      extra={
        f ? (
          <Tag color={RATING_COLORS[f.rating] ?? 'default'}>{label(t, RATING_LABELS, String(f.rating))}</Tag>
        ) : undefined
      }
    >
      {!f ? (
        <Pending
          text={
            due
              ? t('impl.followUp.due', { kind: deadlineLabel(due.kind, lang), date: due.dueDate })
              : t('impl.followUp.notYet')
          }
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'method',
              label: t('impl.followUp.method'),
              children: `${label(t, FOLLOW_UP_METHOD_LABELS, f.method)} · ${formatDateTime(f.recordedAt)} · ${f.recordedBy}`,
            },
            {
              key: 'satisfied',
              label: t('impl.followUp.satisfied'),
              children: t(f.satisfied ? 'impl.followUp.satisfied.yes' : 'impl.followUp.satisfied.no'),
            },
            {
              key: 'issues',
              label: t('impl.followUp.issues'),
              children:
                f.issues.length === 0 ? (
                  t('common.none')
                ) : (
                  <ol className="plain-list numbered">
                    {f.issues.map((i, n) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a recorded follow-up never changes
                      <li key={n}>
                        <Tag>{label(t, DEPARTMENT_LABELS, i.department)}</Tag>
                        {i.description}
                      </li>
                    ))}
                  </ol>
                ),
            },
            { key: 'disposal', label: t('impl.followUp.facilityDisposal'), children: f.facilityDisposal },
            {
              key: 'safety',
              label: t('impl.followUp.safetyIssue'),
              children: f.safetyIssue ? (
                <Typography.Text type="danger">{f.safetyIssue}</Typography.Text>
              ) : (
                t('impl.followUp.noSafetyIssue')
              ),
            },
          ]}
        />
      )}
    </StepCard>
  );
}

/**
 * The implementation stage and after: removal, sealing, the certificate, archive and follow-up.
 * Shown from approval on, or as soon as any of it has been recorded.
 */
export function ImplementationSection({ view }: { view: CaseView }) {
  const impl = view.implementation;
  const started =
    IMPLEMENTATION_STATES.has(view.state) ||
    IMPLEMENTATION_STATES.has(view.suspendedFrom ?? '') ||
    Object.values(impl).some((v) => v !== null);
  if (!started) return null;
  const closed = view.state === 'closed' || impl.certificate !== null;
  return (
    <Row gutter={[16, 16]} data-testid="implementation">
      <Col xs={24} lg={12}>
        <RemovalCard view={view} />
      </Col>
      <Col xs={24} lg={12}>
        <SealingCard view={view} />
      </Col>
      {closed && (
        <>
          <Col xs={24} lg={8}>
            <CertificateCard view={view} />
          </Col>
          <Col xs={24} lg={8}>
            <ArchiveCard archive={impl.archive} />
          </Col>
          <Col xs={24} lg={8}>
            <FollowUpCard view={view} />
          </Col>
        </>
      )}
    </Row>
  );
}
