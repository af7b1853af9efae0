import { ArrowLeftOutlined, DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { ArchiveDetail, DisposeBody } from '../../../domain/contracts/archive';
import { ApiError, api } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { formatDateTime, todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';
import { casePath, DOCUMENT_KIND_LABELS, materialLabel } from '../cases/labels';
import { customerPath } from '../customers/labels';
import { ArchiveStatusTag } from './ArchivePage';

type Detail = z.infer<typeof ArchiveDetail>;

interface ManifestFile {
  documentId: string;
  kind: string;
  materialKind: string | null;
  paperNo: string | null;
  fileName: string;
  sha256: string;
  size: number;
}
interface Manifest {
  files: ManifestFile[];
  timelineSha256?: string;
  events?: number;
}
interface Disposal {
  appraisers?: string[];
  conclusion?: string;
  method?: string;
  disposedBy?: string;
}

/** The manifest as filed; read defensively, it is stored as JSON. */
function manifestOf(value: unknown): Manifest {
  const m = (value ?? {}) as Partial<Manifest>;
  return { files: Array.isArray(m.files) ? m.files : [], timelineSha256: m.timelineSha256, events: m.events };
}

const METHODS = ['shred', 'incinerate', 'electronic_erase'] as const;
const METHOD_LABELS: Record<string, MessageKey> = {
  shred: 'archive.method.shred',
  incinerate: 'archive.method.incinerate',
  electronic_erase: 'archive.method.electronic_erase',
};

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface DisposeValues {
  appraisers: string[];
  conclusion: string;
  method: DisposeBody['appraisal']['method'];
}

/**
 * 鉴定销毁 (admin): the appraisal record — at least two appraisers, the conclusion, the method. The
 * server refuses before expiry, for permanent files and under legal hold, and says which.
 */
function DisposeCard({ item, onDone }: { item: Detail; onDone: (d: Detail) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DisposeValues>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const notYet = !item.retainUntil || item.retainUntil >= todayInShanghai();
  const submit = async (v: DisposeValues) => {
    setSaving(true);
    setRefusal(undefined);
    const body: DisposeBody = {
      appraisal: {
        appraisers: v.appraisers.map((a) => a.trim()).filter(Boolean),
        conclusion: v.conclusion.trim(),
        method: v.method,
      },
    };
    try {
      const updated = await api.post<Detail>(`/archive/${encodeURIComponent(item.archiveNo)}/dispose`, body);
      message.success(t('archive.dispose.done'));
      onDone(updated);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 422 && applyFieldErrors(form, e)))
        setRefusal(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('archive.dispose.title')} data-testid="dispose-card">
      <Flex vertical gap={12}>
        <Alert
          type={notYet || item.legalHold ? 'warning' : 'info'}
          showIcon
          title={
            !item.retainUntil
              ? t('archive.dispose.permanent')
              : item.legalHold
                ? t('archive.dispose.legalHold')
                : notYet
                  ? t('archive.dispose.notYet', { date: item.retainUntil })
                  : t('archive.dispose.expired', { date: item.retainUntil })
          }
        />
        <Form<DisposeValues>
          form={form}
          layout="vertical"
          initialValues={{ appraisers: [], method: 'shred' }}
          onFinish={submit}
        >
          <Form.Item
            name="appraisers"
            label={t('archive.dispose.appraisers')}
            extra={t('archive.dispose.appraisers.help')}
            rules={[
              { type: 'array', min: 2, required: true, message: t('archive.dispose.appraisers.required') },
            ]}
          >
            <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
          <Form.Item
            name="conclusion"
            label={t('archive.dispose.conclusion')}
            rules={[
              { required: true, whitespace: true, min: 2, message: t('archive.dispose.conclusion.required') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="method" label={t('archive.dispose.method')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={METHODS.map((m) => ({ value: m, label: t(METHOD_LABELS[m] ?? 'common.none') }))}
            />
          </Form.Item>
          {refusal && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('archive.dispose.refused')}
              description={refusal}
              data-testid="dispose-refusal"
            />
          )}
          <Popconfirm
            title={t('archive.dispose.confirm', { no: item.archiveNo })}
            okText={t('archive.dispose.submit')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => form.submit()}
          >
            <Button danger icon={<DeleteOutlined />} loading={saving}>
              {t('archive.dispose.submit')}
            </Button>
          </Popconfirm>
        </Form>
      </Flex>
    </Card>
  );
}

/** 档案详情: the record, the manifest of every file filed with its hash, and the retention date. */
export default function ArchiveDetailPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { archiveNo = '' } = useParams();
  const query = useApiQuery<Detail>(`/archive/${encodeURIComponent(archiveNo)}`);
  const [updated, setUpdated] = useState<Detail>();
  const item = updated?.archiveNo === query.data?.archiveNo && updated ? updated : query.data;
  const manifest = manifestOf(item?.manifest);
  const disposal = (item?.disposal ?? null) as Disposal | null;
  const back = () => (location.key === 'default' ? navigate('/archive') : navigate(-1));

  return (
    <PageContainer
      title={
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('archive.back')}
            title={t('archive.back')}
            onClick={back}
          />
          {t('archive.detail')}
          <Typography.Text className="mono" style={{ fontSize: 18 }} copyable={{ text: archiveNo }}>
            {archiveNo}
          </Typography.Text>
          {item && <ArchiveStatusTag item={item} />}
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
      ) : !item ? (
        <PageLoading />
      ) : (
        <>
          <Card title={t('archive.record')} data-testid="archive-record">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                {
                  key: 'customer',
                  label: t('archive.col.customer'),
                  children: (
                    <span>
                      {item.customerName} ·{' '}
                      <Link className="mono" to={customerPath(item.accountNo)}>
                        {item.accountNo}
                      </Link>
                    </span>
                  ),
                },
                {
                  key: 'case',
                  label: t('archive.col.caseNo'),
                  children: (
                    <Link className="mono" to={casePath(item.caseNo)}>
                      {item.caseNo}
                    </Link>
                  ),
                },
                {
                  key: 'cert',
                  label: t('archive.col.certificateNo'),
                  children: <span className="mono">{item.certificateNo ?? '—'}</span>,
                },
                { key: 'category', label: t('archive.col.category'), children: item.category },
                { key: 'location', label: t('archive.col.location'), children: item.location || '—' },
                {
                  key: 'closedOn',
                  label: t('archive.col.closedOn'),
                  children: <span className="mono">{item.closedOn}</span>,
                },
                {
                  key: 'retain',
                  label: t('archive.col.retainUntil'),
                  children: (
                    <Typography.Text strong className="mono" data-testid="retain-until">
                      {item.retainUntil ?? t('impl.archive.forever')}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'archived',
                  label: t('archive.col.archivedAt'),
                  children: `${formatDateTime(item.archivedAt)} · ${item.archivedBy}`,
                },
                {
                  key: 'hold',
                  label: t('archive.legalHold'),
                  children: item.legalHold ? (
                    <Typography.Text type="danger">{t('archive.legalHold.yes')}</Typography.Text>
                  ) : (
                    t('common.none')
                  ),
                },
              ]}
            />
          </Card>
          {item.disposedAt && (
            <Alert
              type="warning"
              showIcon
              title={t('archive.disposedAt', { at: formatDateTime(item.disposedAt) })}
              description={
                disposal && (
                  <Flex vertical gap={2}>
                    <span>
                      {t('archive.dispose.appraisers')}：{(disposal.appraisers ?? []).join('、')}
                    </span>
                    <span>
                      {t('archive.dispose.conclusion')}：{disposal.conclusion}
                    </span>
                    <span>
                      {t('archive.dispose.method')}：
                      {disposal.method && METHOD_LABELS[disposal.method]
                        ? t(METHOD_LABELS[disposal.method] as MessageKey)
                        : disposal.method}
                      {disposal.disposedBy ? ` · ${disposal.disposedBy}` : ''}
                    </span>
                  </Flex>
                )
              }
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={can(user, 'archive.dispose') && !item.disposedAt ? 16 : 24}>
              <Card
                title={t('archive.manifest', { count: manifest.files.length })}
                data-testid="archive-manifest"
                styles={{ body: { padding: 0 } }}
              >
                <Table<ManifestFile>
                  size="small"
                  rowKey="documentId"
                  pagination={false}
                  dataSource={manifest.files}
                  scroll={{ x: 800 }}
                  columns={[
                    { title: '#', key: 'n', width: 44, render: (_, __, i) => i + 1 },
                    {
                      title: t('case.documents.kind'),
                      dataIndex: 'kind',
                      width: 140,
                      render: (kind: string, f) => {
                        const k = DOCUMENT_KIND_LABELS[kind];
                        return (
                          <Flex vertical>
                            <span className="nowrap">{k ? t(k) : kind}</span>
                            {f.materialKind && (
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {materialLabel(f.materialKind, 'zh')}
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
                      render: (no: string | null) => <span className="mono">{no ?? '—'}</span>,
                    },
                    { title: t('case.documents.file'), dataIndex: 'fileName', ellipsis: true },
                    {
                      title: t('archive.size'),
                      dataIndex: 'size',
                      width: 90,
                      align: 'right',
                      render: (s: number) => <span className="amount">{formatSize(s)}</span>,
                    },
                    {
                      title: 'SHA-256',
                      dataIndex: 'sha256',
                      width: 200,
                      render: (h: string) => (
                        <Typography.Text
                          className="mono"
                          style={{ fontSize: 12 }}
                          copyable={{ text: h }}
                          title={h}
                        >
                          {h.slice(0, 16)}…
                        </Typography.Text>
                      ),
                    },
                  ]}
                />
                <Descriptions
                  size="small"
                  column={1}
                  style={{ padding: 12 }}
                  items={[
                    {
                      key: 'timeline',
                      label: t('archive.timelineHash', { count: manifest.events ?? 0 }),
                      children: (
                        <span className="mono" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                          {manifest.timelineSha256 ?? '—'}
                        </span>
                      ),
                    },
                    {
                      key: 'manifest',
                      label: t('archive.manifestHash'),
                      children: (
                        <span className="mono" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                          {item.manifestSha256}
                        </span>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
            {can(user, 'archive.dispose') && !item.disposedAt && (
              <Col xs={24} xl={8}>
                <DisposeCard item={item} onDone={setUpdated} />
              </Col>
            )}
          </Row>
        </>
      )}
    </PageContainer>
  );
}
