import { Card, Col, Descriptions, Divider, Empty, Flex, Row, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CaseView } from '../../../domain/contracts/cases';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../../../domain/customers/customer-types';
import { CHARGE_KIND_LABELS, type ChargeKind } from '../../../domain/ledger/ledger';
import { formatDateTime, formatMoney, isPositiveAmount } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { DocumentItem, documentsById } from './documents';
import {
  CONDITION_LABELS,
  CONTACT_METHOD_LABELS,
  GUARANTEE_LABELS,
  PLAN_STATUS_COLORS,
  PLAN_STATUS_LABELS,
  TRACK_NAMES,
  type TrackName,
  trackStateColor,
  trackStateLabel,
} from './labels';

type Tracks = CaseView['tracks'];
type Inspection = Tracks['safety']['inspections'][number];

function facilityLabel(kind: string | undefined, lang: 'zh' | 'en'): string {
  if (!kind) return '';
  return FACILITY_KIND_LABELS[kind as FacilityKind]?.[lang] ?? kind;
}

function TrackCard({ track, state, children }: { track: TrackName; state: string; children: ReactNode }) {
  const { lang, t } = useI18n();
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      data-testid={`track-card-${track}`}
      title={t(TRACK_NAMES[track])}
      extra={<Tag color={trackStateColor(state)}>{trackStateLabel(state, lang)}</Tag>}
    >
      {children}
    </Card>
  );
}

function Nothing({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} style={{ margin: '8px 0' }} />;
}

/** 客服: every contact with the customer — when, how, what they said. */
function CsTrack({ cs }: { cs: Tracks['cs'] }) {
  const t = useI18n().t;
  return (
    <TrackCard track="cs" state={cs.state}>
      {cs.contacts.length === 0 ? (
        <Nothing text={t('case.cs.noContacts')} />
      ) : (
        <Flex vertical gap={10}>
          {cs.contacts.map((c, i) => {
            const method = CONTACT_METHOD_LABELS[c.method];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the contact log is append-only
              <Flex vertical gap={2} key={i} className="track-entry">
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{method ? t(method) : c.method}</Typography.Text>
                  <Tag color={c.confirmed ? 'success' : 'warning'}>
                    {t(c.confirmed ? 'case.cs.confirmed' : 'case.cs.notConfirmed')}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(c.contactedAt)} · {c.by}
                </Typography.Text>
                {c.note && <span>{c.note}</span>}
              </Flex>
            );
          })}
        </Flex>
      )}
    </TrackCard>
  );
}

function InspectionRound({ round, view }: { round: Inspection; view: CaseView }) {
  const { lang, t } = useI18n();
  const docs = documentsById(view);
  const photos = round.photoIds.map((id) => docs.get(id)).filter((d) => d !== undefined);
  return (
    <Flex vertical gap={6} className="track-entry" data-testid={`inspection-round-${round.round}`}>
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong>{t('case.safety.round', { round: round.round })}</Typography.Text>
        {round.result ? (
          <Tag color={round.result === 'pass' ? 'success' : 'error'}>
            {t(round.result === 'pass' ? 'case.safety.pass' : 'case.safety.hazard')}
          </Tag>
        ) : (
          <Tag color="processing">{t('case.safety.scheduled')}</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {round.performedOn
          ? t('case.safety.performed', { date: round.performedOn, inspector: round.inspector })
          : t('case.safety.scheduledFor', { date: round.scheduledFor, inspector: round.inspector })}
      </Typography.Text>
      {round.items.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={round.items}
          columns={[
            {
              title: t('case.safety.facility'),
              dataIndex: 'facility',
              width: 80,
              render: (f: string) => facilityLabel(f, lang),
            },
            {
              title: t('case.safety.condition'),
              dataIndex: 'condition',
              width: 70,
              render: (c: string) => {
                const label = CONDITION_LABELS[c];
                return <Tag color={c === 'ok' ? 'success' : 'error'}>{label ? t(label) : c}</Tag>;
              },
            },
            { title: t('case.safety.note'), dataIndex: 'note' },
          ]}
        />
      )}
      {round.hazards.length > 0 && (
        <Flex vertical gap={2}>
          <Typography.Text type="danger" strong>
            {t('case.safety.hazards', { count: round.hazards.length })}
          </Typography.Text>
          <ol className="plain-list numbered">
            {round.hazards.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: hazards of a round never change
              <li key={i}>
                {h.facility && <Tag>{facilityLabel(h.facility, lang)}</Tag>}
                {h.description}
              </li>
            ))}
          </ol>
        </Flex>
      )}
      {round.rectificationOrderNo && (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'order',
              label: t('case.safety.orderNo'),
              children: <span className="mono">{round.rectificationOrderNo}</span>,
            },
            {
              key: 'due',
              label: t('case.safety.rectifyBy'),
              children: <span className="mono">{round.rectificationDue ?? '—'}</span>,
            },
            ...(round.rectifiedAt
              ? [
                  {
                    key: 'rectified',
                    label: t('case.safety.rectifiedAt'),
                    children: (
                      <span>
                        {formatDateTime(round.rectifiedAt)}
                        {round.rectificationNote ? ` · ${round.rectificationNote}` : ''}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {photos.length > 0 && (
        <Flex gap={6} wrap>
          {photos.map((d) => (
            <DocumentItem key={d.id} doc={d} thumbSize={56} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

/** 安全检查: every round — scheduled, performed, items, hazards, rectification order, photos. */
function SafetyTrack({ view }: { view: CaseView }) {
  const t = useI18n().t;
  const safety = view.tracks.safety;
  const rounds = [...safety.inspections].reverse();
  return (
    <TrackCard track="safety" state={safety.state}>
      {rounds.length === 0 ? (
        <Nothing text={t('case.safety.none')} />
      ) : (
        <Flex vertical gap={4}>
          {rounds.map((r, i) => (
            <div key={r.round}>
              {i > 0 && <Divider style={{ margin: '8px 0' }} />}
              <InspectionRound round={r} view={view} />
            </div>
          ))}
        </Flex>
      )}
    </TrackCard>
  );
}

function AmountsByKind({ byKind }: { byKind: Record<string, string> }) {
  const { lang } = useI18n();
  const rows = Object.entries(byKind).filter(([, amount]) => isPositiveAmount(amount));
  if (rows.length === 0) return null;
  return (
    <table className="amount-list">
      <tbody>
        {rows.map(([kind, amount]) => (
          <tr key={kind}>
            <td>{CHARGE_KIND_LABELS[kind as ChargeKind]?.[lang] ?? kind}</td>
            <td className="amount">{formatMoney(amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The arrears plan: installments, guarantee, the manager's decision and the signed agreement (R-22). */
export function PlanDetails({ plan }: { plan: NonNullable<Tracks['finance']['plan']> }) {
  const { t } = useI18n();
  const guarantee = GUARANTEE_LABELS[plan.guarantee.type];
  const status = PLAN_STATUS_LABELS[plan.status];
  return (
    <Flex vertical gap={6} data-testid="arrears-plan">
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong>{t('case.finance.plan')}</Typography.Text>
        <Tag color={PLAN_STATUS_COLORS[plan.status] ?? 'default'}>{status ? t(status) : plan.status}</Tag>
        <Typography.Text className="amount">{formatMoney(plan.total)}</Typography.Text>
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={plan.installments}
        columns={[
          { title: '#', key: 'n', width: 36, render: (_, __, i) => i + 1 },
          {
            title: t('case.finance.dueDate'),
            dataIndex: 'dueDate',
            render: (d: string) => <span className="mono">{d}</span>,
          },
          {
            title: t('case.finance.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (a: string) => <span className="amount">{formatMoney(a)}</span>,
          },
        ]}
      />
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'guarantee',
            label: t('case.finance.guarantee'),
            children: (
              <span>
                {guarantee ? t(guarantee) : plan.guarantee.type} · {plan.guarantee.description} ·{' '}
                <span className="amount">{formatMoney(plan.guarantee.value)}</span>
              </span>
            ),
          },
          { key: 'reason', label: t('case.finance.planReason'), children: plan.reason },
          { key: 'proposedBy', label: t('case.finance.proposedBy'), children: plan.proposedBy },
          ...(plan.decidedBy
            ? [
                {
                  key: 'decided',
                  label: t('case.finance.decidedBy'),
                  children: `${plan.decidedBy}${plan.decisionNote ? ` · ${plan.decisionNote}` : ''}`,
                },
              ]
            : []),
          ...(plan.agreementNo
            ? [
                {
                  key: 'agreement',
                  label: t('case.finance.agreement'),
                  children: (
                    <span>
                      <span className="mono">{plan.agreementNo}</span>
                      {plan.signedOn && ` · ${t('case.finance.signedOn', { date: plan.signedOn })}`}
                      {plan.finalDueDate && ` · ${t('case.finance.finalDue', { date: plan.finalDueDate })}`}
                    </span>
                  ),
                },
              ]
            : []),
          ...(plan.defaultLiability
            ? [{ key: 'liability', label: t('case.finance.liability'), children: plan.defaultLiability }]
            : []),
        ]}
      />
    </Flex>
  );
}

/** 财务: each fee check with amounts by kind, the arrears plan, and the settlement certificate. */
function FinanceTrack({ finance }: { finance: Tracks['finance'] }) {
  const t = useI18n().t;
  const checks = [...finance.checks].reverse();
  return (
    <TrackCard track="finance" state={finance.state}>
      <Flex vertical gap={10}>
        {finance.outstanding !== null && (
          <Flex justify="space-between" align="baseline">
            <Typography.Text>{t('case.finance.outstanding')}</Typography.Text>
            <Typography.Text
              strong
              className="amount"
              type={isPositiveAmount(finance.outstanding) ? 'danger' : 'success'}
              style={{ fontSize: 16 }}
            >
              {formatMoney(finance.outstanding)}
            </Typography.Text>
          </Flex>
        )}
        {finance.settlementCertificateNo && (
          <Flex justify="space-between" align="baseline" data-testid="settlement-certificate">
            <Typography.Text>{t('case.finance.certificate')}</Typography.Text>
            <Typography.Text strong className="mono">
              {finance.settlementCertificateNo}
            </Typography.Text>
          </Flex>
        )}
        {checks.length === 0 ? (
          <Nothing text={t('case.finance.noChecks')} />
        ) : (
          checks.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fee checks are append-only
            <Flex vertical gap={2} key={i} className="track-entry">
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>{t('case.finance.check')}</Typography.Text>
                <Typography.Text
                  className="amount"
                  type={isPositiveAmount(c.outstanding) ? 'danger' : undefined}
                >
                  {isPositiveAmount(c.outstanding)
                    ? t('case.finance.owed', { amount: formatMoney(c.outstanding) })
                    : t('case.finance.nothingOwed')}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(c.checkedAt)} · {c.by}
              </Typography.Text>
              <AmountsByKind byKind={c.byKind} />
            </Flex>
          ))
        )}
        {finance.plan && (
          <>
            <Divider style={{ margin: '4px 0' }} />
            <PlanDetails plan={finance.plan} />
          </>
        )}
      </Flex>
    </TrackCard>
  );
}

/** The three review tracks side by side (stacked on narrow screens). */
export function TracksSection({ view }: { view: CaseView }) {
  return (
    <Row gutter={[16, 16]} data-testid="tracks">
      <Col xs={24} lg={8}>
        <CsTrack cs={view.tracks.cs} />
      </Col>
      <Col xs={24} lg={8}>
        <SafetyTrack view={view} />
      </Col>
      <Col xs={24} lg={8}>
        <FinanceTrack finance={view.tracks.finance} />
      </Col>
    </Row>
  );
}
