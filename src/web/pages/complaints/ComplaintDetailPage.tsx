import {
  ArrowLeftOutlined,
  LinkOutlined,
  ReloadOutlined,
  SendOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Row,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ComplaintDetail } from '../../../domain/contracts/complaints';
import { ApiError, api } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime } from '../../format';
import { useI18n, useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { casePath, caseStateLabel } from '../cases/labels';
import { customerPath } from '../customers/labels';
import { CHANNEL_LABELS, STATUS_COLORS, STATUS_LABELS, SUBJECT_LABELS } from './labels';

type Step = 'assign' | 'notes' | 'link-case' | 'answer';

/** Sends one step with the complaint's version; a stale version reloads, a refusal shows the server's words. */
function useStep(detail: ComplaintDetail, onDone: (d: ComplaintDetail) => void, reload: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Step>();
  const [error, setError] = useState<{ step: Step; text: string }>();
  const run = async (step: Step, payload: Record<string, unknown>, done: string) => {
    setBusy(step);
    setError(undefined);
    try {
      const updated = await api.post<ComplaintDetail>(
        `/complaints/${encodeURIComponent(detail.trackingNo)}/${step}`,
        { expectedVersion: detail.version, ...payload },
      );
      message.success(done);
      onDone(updated);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        message.warning(e.detail);
        reload();
      } else {
        setError({ step, text: describeError(e, t) });
      }
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { run, busy, error };
}

/** 投诉举报详情: the complaint, its investigation notes and linked cases; assign, note, link, answer. */
export default function ComplaintDetailPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { trackingNo = '' } = useParams();
  const query = useApiQuery<ComplaintDetail>(`/complaints/${encodeURIComponent(trackingNo)}`);
  const [updated, setUpdated] = useState<ComplaintDetail>();
  const detail = updated && updated.version >= (query.data?.version ?? 0) ? updated : query.data;
  const back = () => (location.key === 'default' ? navigate('/complaints') : navigate(-1));
  return (
    <PageContainer
      title={
        <Flex align="center" gap={8} wrap>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('complaints.back')}
            title={t('complaints.back')}
            onClick={back}
          />
          {t('complaints.detail')}
          <Typography.Text className="mono" style={{ fontSize: 18 }}>
            {trackingNo}
          </Typography.Text>
          {detail && (
            <Tag color={STATUS_COLORS[detail.status]} data-testid="complaint-status">
              {t(STATUS_LABELS[detail.status])}
            </Tag>
          )}
          {detail?.overdue && <Tag color="error">{t('public.track.overdue')}</Tag>}
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
      ) : !detail ? (
        <PageLoading />
      ) : (
        <Body
          detail={detail}
          manage={can(user, 'complaints.manage')}
          me={user.username}
          onDone={setUpdated}
          reload={query.reload}
        />
      )}
    </PageContainer>
  );
}

function Body({
  detail,
  manage,
  me,
  onDone,
  reload,
}: {
  detail: ComplaintDetail;
  manage: boolean;
  me: string;
  onDone: (d: ComplaintDetail) => void;
  reload: () => void;
}) {
  const { lang, t } = useI18n();
  const { run, busy, error } = useStep(detail, onDone, reload);
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const [caseNo, setCaseNo] = useState('');
  const [answer, setAnswer] = useState('');
  const open = detail.status !== 'answered';
  const stepError = (step: Step) =>
    error?.step === step ? <Alert type="error" showIcon title={error.text} style={{ marginTop: 8 }} /> : null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          <Card title={t('complaints.matter')} data-testid="complaint-detail">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  key: 'subject',
                  label: t('public.complaint.subject'),
                  children: t(SUBJECT_LABELS[detail.subject]),
                },
                {
                  key: 'channel',
                  label: t('complaints.col.channel'),
                  children: `${t(CHANNEL_LABELS[detail.channel])}${detail.enteredBy ? ` · ${detail.enteredBy}` : ''}`,
                },
                {
                  key: 'from',
                  label: t('complaints.col.from'),
                  children: (
                    <span>
                      {detail.name ?? t('complaints.anonymous')} ·{' '}
                      <span className="mono">{detail.contact}</span>
                    </span>
                  ),
                },
                {
                  key: 'received',
                  label: t('public.track.receivedOn'),
                  children: formatDateTime(detail.createdAt),
                },
                {
                  key: 'due',
                  label: t('public.track.dueDate'),
                  children: (
                    <Typography.Text className="mono" type={detail.overdue ? 'danger' : undefined}>
                      {detail.dueDate}
                    </Typography.Text>
                  ),
                },
                { key: 'assignee', label: t('complaints.col.assignee'), children: detail.assignee ?? '—' },
                ...(detail.accountNo
                  ? [
                      {
                        key: 'account',
                        label: t('public.complaint.accountNo'),
                        children: (
                          <Link className="mono" to={customerPath(detail.accountNo)}>
                            {detail.accountNo}
                          </Link>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <Typography.Paragraph
              style={{
                whiteSpace: 'pre-wrap',
                marginTop: 12,
                padding: 12,
                background: '#fafafa',
                borderRadius: 6,
              }}
            >
              {detail.text}
            </Typography.Paragraph>
          </Card>
          <Card title={t('complaints.notes', { count: detail.notes.length })} data-testid="complaint-notes">
            {detail.notes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.notes.none')} />
            ) : (
              <Timeline
                items={detail.notes.map((n, i) => ({
                  key: `${n.at}-${i}`,
                  content: (
                    <Flex vertical gap={2}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(n.at)} · {n.by}
                      </Typography.Text>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{n.note}</span>
                    </Flex>
                  ),
                }))}
              />
            )}
            {manage && open && (
              <Flex vertical gap={8}>
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder={t('complaints.notes.placeholder')}
                  aria-label={t('complaints.notes.add')}
                />
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  loading={busy === 'notes'}
                  disabled={!note.trim()}
                  onClick={async () => {
                    if (await run('notes', { note: note.trim() }, t('complaints.notes.added'))) setNote('');
                  }}
                >
                  {t('complaints.notes.add')}
                </Button>
                {stepError('notes')}
              </Flex>
            )}
          </Card>
          {detail.answer ? (
            <Alert
              type="success"
              showIcon
              data-testid="complaint-answer"
              title={t('complaints.answered', {
                at: formatDateTime(detail.answeredAt),
                by: detail.answeredBy ?? '',
              })}
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{detail.answer}</span>}
            />
          ) : (
            manage && (
              <Card title={t('complaints.answer')}>
                <Typography.Paragraph type="secondary">{t('complaints.answer.help')}</Typography.Paragraph>
                <Input.TextArea
                  rows={5}
                  maxLength={2000}
                  showCount
                  value={answer}
                  onChange={(e) => setAnswer(e.target.value)}
                  aria-label={t('complaints.answer')}
                />
                <Popconfirm
                  title={t('complaints.answer.confirm')}
                  okText={t('complaints.answer.submit')}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    if (await run('answer', { answer: answer.trim() }, t('complaints.answer.done')))
                      setAnswer('');
                  }}
                  disabled={!answer.trim()}
                >
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    style={{ marginTop: 12 }}
                    loading={busy === 'answer'}
                    disabled={!answer.trim()}
                  >
                    {t('complaints.answer.submit')}
                  </Button>
                </Popconfirm>
                {stepError('answer')}
              </Card>
            )
          )}
        </Flex>
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          {manage && open && (
            <Card title={t('complaints.assign')} size="small">
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  value={assignee}
                  onChange={(e) => setAssignee(e.target.value)}
                  placeholder={t('complaints.assign.placeholder', { me })}
                  aria-label={t('complaints.col.assignee')}
                  className="mono"
                />
                <Button
                  icon={<UserAddOutlined />}
                  loading={busy === 'assign'}
                  onClick={async () => {
                    const who = assignee.trim();
                    if (
                      await run(
                        'assign',
                        who ? { assignee: who } : {},
                        t('complaints.assign.done', { who: who || me }),
                      )
                    )
                      setAssignee('');
                  }}
                >
                  {t('complaints.assign.submit')}
                </Button>
              </Space.Compact>
              {stepError('assign')}
            </Card>
          )}
          <Card title={t('complaints.linkedCases')} size="small" data-testid="complaint-cases">
            <Flex vertical gap={8}>
              {detail.linkedCases.length === 0 ? (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              ) : (
                detail.linkedCases.map((c) => (
                  <Flex key={c.caseNo} justify="space-between" gap={8}>
                    <Link className="mono" to={casePath(c.caseNo)}>
                      {c.caseNo}
                    </Link>
                    <Typography.Text type="secondary">
                      {caseStateLabel(c.state, lang)} · {c.outlet.name}
                    </Typography.Text>
                  </Flex>
                ))
              )}
              {manage && open && (
                <>
                  <Space.Compact style={{ width: '100%' }}>
                    <Input
                      value={caseNo}
                      onChange={(e) => setCaseNo(e.target.value)}
                      placeholder="XH2026000001"
                      aria-label={t('complaints.link.caseNo')}
                      className="mono"
                    />
                    <Button
                      icon={<LinkOutlined />}
                      loading={busy === 'link-case'}
                      disabled={!caseNo.trim()}
                      onClick={async () => {
                        if (
                          await run(
                            'link-case',
                            { caseNo: caseNo.trim().toUpperCase() },
                            t('complaints.link.done'),
                          )
                        )
                          setCaseNo('');
                      }}
                    >
                      {t('complaints.link')}
                    </Button>
                  </Space.Compact>
                  {stepError('link-case')}
                </>
              )}
            </Flex>
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}
