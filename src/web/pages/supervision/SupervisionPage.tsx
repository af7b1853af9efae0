import { AimOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Input,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { AuditListItem, AuditSample } from '../../../domain/contracts/supervision';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime, todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { casePath } from '../cases/labels';
import { AUDIT_STATUS_LABELS, auditPath, REASON_LABELS } from './labels';

/** Samples are drawn for months that have ended: the default is last month. */
function lastMonth(): string {
  return dayjs(todayInShanghai()).subtract(1, 'month').format('YYYY-MM');
}

/** 监督检查: each month's sample of closed cases, cases added by hand, and the audits to do. */
export default function SupervisionPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const sample = useApiQuery<AuditSample>(`/supervision/samples/${month}`);
  const [drawing, setDrawing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [caseNo, setCaseNo] = useState('');
  const [error, setError] = useState<string>();
  const notDrawn = sample.error?.status === 404;

  const draw = async () => {
    setDrawing(true);
    setError(undefined);
    try {
      await api.post<AuditSample>('/supervision/samples', { month });
      message.success(t('supervision.drawn', { month }));
      sample.reload();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setDrawing(false);
    }
  };
  const add = async () => {
    setAdding(true);
    setError(undefined);
    try {
      await api.post<AuditSample>(`/supervision/samples/${month}/cases`, {
        caseNo: caseNo.trim().toUpperCase(),
      });
      message.success(t('supervision.added', { caseNo: caseNo.trim().toUpperCase() }));
      setCaseNo('');
      sample.reload();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setAdding(false);
    }
  };

  const data = sample.data?.month === month ? sample.data : undefined;
  const done = data?.audits.filter((a) => a.status === 'completed').length ?? 0;

  return (
    <PageContainer
      title={t('menu.supervision')}
      extra={
        <>
          <DatePicker
            picker="month"
            aria-label={t('supervision.month')}
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(todayInShanghai()), 'month')}
            onChange={(d) => d && setParams({ month: d.format('YYYY-MM') })}
          />
          <Button icon={<ReloadOutlined />} onClick={sample.reload}>
            {t('common.refresh')}
          </Button>
        </>
      }
    >
      {error && (
        <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(undefined) }} />
      )}
      {sample.error && !notDrawn ? (
        <ErrorAlert error={sample.error} onRetry={sample.reload} />
      ) : notDrawn ? (
        <Card>
          <Empty description={t('supervision.notDrawn', { month })}>
            <Button
              type="primary"
              icon={<AimOutlined />}
              loading={drawing}
              onClick={draw}
              data-testid="draw-sample"
            >
              {t('supervision.draw')}
            </Button>
          </Empty>
        </Card>
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          <Card title={t('supervision.sample', { month })} data-testid="audit-sample">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, xl: 4 }}
              items={[
                { key: 'pop', label: t('supervision.population'), children: data.population },
                {
                  key: 'share',
                  label: t('supervision.share'),
                  children: `${data.sharePercent}% → ${data.audits.filter((a) => a.reason === 'random').length}`,
                },
                {
                  key: 'progress',
                  label: t('supervision.progress'),
                  children: `${done} / ${data.audits.length}`,
                },
                {
                  key: 'drawn',
                  label: t('supervision.drawnBy'),
                  children: `${data.drawnBy} · ${formatDateTime(data.drawnAt)}`,
                },
                {
                  key: 'seed',
                  label: t('supervision.seed'),
                  children: <span className="mono">{data.seed}</span>,
                },
              ]}
            />
            <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
              <Typography.Text>{t('supervision.addByHand')}</Typography.Text>
              <Space.Compact style={{ maxWidth: 360 }}>
                <Input
                  className="mono"
                  value={caseNo}
                  placeholder="XH2026000001"
                  aria-label={t('supervision.addCaseNo')}
                  onChange={(e) => setCaseNo(e.target.value)}
                  onPressEnter={() => caseNo.trim() && void add()}
                />
                <Button icon={<PlusOutlined />} loading={adding} disabled={!caseNo.trim()} onClick={add}>
                  {t('supervision.add')}
                </Button>
              </Space.Compact>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('supervision.addHelp')}
              </Typography.Text>
            </Flex>
          </Card>
          <Card styles={{ body: { padding: 0 } }}>
            <Table<AuditListItem>
              rowKey="id"
              data-testid="audits-table"
              dataSource={data.audits}
              pagination={false}
              locale={{ emptyText: t('supervision.noCases') }}
              onRow={(a) => ({
                onClick: (event) => {
                  if ((event.target as HTMLElement).closest('a,button')) return;
                  navigate(auditPath(a.id));
                },
                style: { cursor: 'pointer' },
              })}
              columns={[
                {
                  title: t('supervision.col.case'),
                  dataIndex: 'caseNo',
                  render: (no: string) => (
                    <Link className="mono" to={casePath(no)}>
                      {no}
                    </Link>
                  ),
                },
                {
                  title: t('cases.col.outlet'),
                  dataIndex: 'outlet',
                  render: (o: AuditListItem['outlet']) => o.name,
                },
                {
                  title: t('supervision.col.reason'),
                  dataIndex: 'reason',
                  render: (r: string) => {
                    const l = REASON_LABELS[r];
                    return <Tag color={r === 'manual' ? 'purple' : 'blue'}>{l ? t(l) : r}</Tag>;
                  },
                },
                {
                  title: t('supervision.col.status'),
                  dataIndex: 'status',
                  render: (s: string) => {
                    const l = AUDIT_STATUS_LABELS[s];
                    return <Tag color={s === 'completed' ? 'success' : 'processing'}>{l ? t(l) : s}</Tag>;
                  },
                },
                {
                  title: t('supervision.col.auditor'),
                  dataIndex: 'auditor',
                  render: (a: string | null) => a ?? '—',
                },
                {
                  title: t('supervision.col.completedAt'),
                  dataIndex: 'completedAt',
                  render: (at: string | null) => formatDateTime(at),
                },
                {
                  title: t('common.actions'),
                  key: 'go',
                  width: 110,
                  render: (_, a) => (
                    <Link to={auditPath(a.id)}>
                      <Button size="small" type={a.status === 'open' ? 'primary' : 'default'}>
                        {t(a.status === 'open' ? 'supervision.audit' : 'supervision.view')}
                      </Button>
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </PageContainer>
  );
}
