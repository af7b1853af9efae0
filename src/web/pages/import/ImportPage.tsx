import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Progress,
  Radio,
  Row,
  Spin,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../../domain/contracts/customers';
import { ApiError, upload } from '../../api';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ImportColumnsCard } from './ImportColumnsCard';

type Mode = ImportResult['mode'];
type RowError = ImportResult['errors'][number];

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'processing' }
  | { kind: 'done'; fileName: string; result: ImportResult; refusal?: string }
  | { kind: 'failed'; error: unknown };

const MODES: Record<Mode, { label: MessageKey; help: MessageKey }> = {
  'all-or-nothing': { label: 'import.mode.allOrNothing', help: 'import.mode.allOrNothingHelp' },
  'valid-only': { label: 'import.mode.validOnly', help: 'import.mode.validOnlyHelp' },
};

const ENCODINGS: Record<string, MessageKey> = {
  'utf-8': 'import.encoding.utf8',
  'utf-8-bom': 'import.encoding.utf8bom',
  gb18030: 'import.encoding.gbk',
};

const TEMPLATE_URL = '/api/customers/import-template.csv';

function isImportResult(value: unknown): value is ImportResult {
  return typeof value === 'object' && value !== null && 'rowsTotal' in value && 'errors' in value;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The rejected rows as a CSV the user can fix against, UTF-8 with BOM so Excel reads the Chinese. */
function downloadErrors(errors: RowError[], t: (key: MessageKey) => string) {
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines = [
    [t('import.col.line'), t('import.col.accountNo'), t('import.col.reasons')].map(quote).join(','),
    ...errors.map((e) => [String(e.line), e.accountNo ?? '', e.reasons.join('；')].map(quote).join(',')),
  ];
  const blob = new Blob([`\ufeff${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'import-errors.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<Mode>('all-or-nothing');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abortRef = useRef<() => void>(undefined);
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';

  const start = async () => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setPhase({ kind: 'uploading', loaded: 0, total: file.size });
    const request = upload<ImportResult>(`/customers/import?mode=${mode}`, form, {
      onProgress: ({ loaded, total }) => setPhase({ kind: 'uploading', loaded, total: total || file.size }),
      onUploaded: () => setPhase({ kind: 'processing' }),
    });
    abortRef.current = request.abort;
    try {
      const result = await request.result;
      setPhase({ kind: 'done', fileName: file.name, result });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        setPhase({ kind: 'idle' });
      } else if (e instanceof ApiError && isImportResult(e.problem.report)) {
        // Nothing was imported; the report still lists every bad row.
        setPhase({ kind: 'done', fileName: file.name, result: e.problem.report, refusal: e.detail });
      } else {
        setPhase({ kind: 'failed', error: e });
      }
    } finally {
      abortRef.current = undefined;
    }
  };

  return (
    <PageContainer
      title={t('menu.import')}
      extra={
        <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} download="customers-template.csv">
          {t('import.downloadTemplate')}
        </Button>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('import.upload.title')} style={{ height: '100%' }}>
            <Flex vertical gap={16}>
              <Upload.Dragger
                accept=".csv,text/csv"
                maxCount={1}
                disabled={busy}
                fileList={
                  file
                    ? [{ uid: 'file', name: `${file.name}（${formatBytes(file.size)}）`, status: 'done' }]
                    : []
                }
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  setPhase({ kind: 'idle' });
                  return false;
                }}
                onRemove={() => {
                  setFile(undefined);
                  setPhase({ kind: 'idle' });
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('import.upload.drop')}</p>
                <p className="ant-upload-hint">{t('import.upload.hint')}</p>
              </Upload.Dragger>

              <Flex vertical gap={6}>
                <Typography.Text strong>{t('import.mode')}</Typography.Text>
                <Radio.Group
                  value={mode}
                  disabled={busy}
                  onChange={(e) => setMode(e.target.value as Mode)}
                  style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                >
                  {(Object.keys(MODES) as Mode[]).map((m) => (
                    <Radio key={m} value={m}>
                      {t(MODES[m].label)}
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {t(MODES[m].help)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Radio.Group>
              </Flex>

              <Flex gap={8}>
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  disabled={!file || busy}
                  loading={busy}
                  onClick={start}
                >
                  {t('import.start')}
                </Button>
                {phase.kind === 'uploading' && (
                  <Button onClick={() => abortRef.current?.()}>{t('common.cancel')}</Button>
                )}
              </Flex>

              {phase.kind === 'uploading' && (
                <Flex vertical gap={4} data-testid="import-progress">
                  <Typography.Text>
                    {t('import.uploading', {
                      loaded: formatBytes(phase.loaded),
                      total: formatBytes(phase.total),
                    })}
                  </Typography.Text>
                  <Progress
                    percent={phase.total ? Math.floor((phase.loaded / phase.total) * 100) : 0}
                    status="active"
                  />
                </Flex>
              )}
              {phase.kind === 'processing' && (
                <Flex vertical gap={4} data-testid="import-progress">
                  <Flex gap={8} align="center">
                    <Spin size="small" />
                    <Typography.Text>{t('import.processing')}</Typography.Text>
                  </Flex>
                  <Progress percent={100} status="active" showInfo={false} />
                </Flex>
              )}
              {phase.kind === 'failed' && (
                <Alert
                  type="error"
                  showIcon
                  title={t('import.failed')}
                  description={<ProblemDescription error={phase.error} />}
                />
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <ImportColumnsCard />
        </Col>
      </Row>
      {phase.kind === 'done' && (
        <ImportResultCard fileName={phase.fileName} result={phase.result} refusal={phase.refusal} />
      )}
    </PageContainer>
  );
}

/** The server's sentence, plus its field errors when it names them (e.g. missing header columns). */
function ProblemDescription({ error }: { error: unknown }) {
  const { t } = useI18n();
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  return (
    <Flex vertical gap={4}>
      <span>{describeError(error, t)}</span>
      {fieldErrors.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {fieldErrors.map((f) => (
            <li key={`${f.path}:${f.message}`}>{f.message}</li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

function formatDuration(ms: number, t: (key: MessageKey, vars?: Record<string, string | number>) => string) {
  return ms < 1000
    ? t('import.durationMs', { ms })
    : t('import.durationS', { s: (Math.round(ms / 100) / 10).toFixed(1) });
}

function ImportResultCard({
  fileName,
  result,
  refusal,
}: {
  fileName: string;
  result: ImportResult;
  refusal: string | undefined;
}) {
  const { t } = useI18n();
  const cardRef = useRef<HTMLDivElement>(null);
  const encoding = ENCODINGS[result.encoding];
  // The result appears below the format notes; bring it into view when it arrives.
  useEffect(() => {
    if (result) cardRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [result]);
  const headline = refusal
    ? { type: 'error' as const, title: refusal }
    : result.rowsRejected === 0
      ? {
          type: 'success' as const,
          title: t('import.result.allImported', { count: result.rowsImported.toLocaleString('zh-CN') }),
        }
      : {
          type: 'warning' as const,
          title: t('import.result.partlyImported', {
            imported: result.rowsImported.toLocaleString('zh-CN'),
            rejected: result.rowsRejected.toLocaleString('zh-CN'),
          }),
        };

  return (
    <Card ref={cardRef} title={t('import.result.title')} data-testid="import-result">
      <Flex vertical gap={16}>
        <Alert type={headline.type} showIcon title={headline.title} />
        <Row gutter={16}>
          <Col xs={8} md={4}>
            <Statistic title={t('import.result.total')} value={result.rowsTotal} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic
              title={t('import.result.imported')}
              value={result.rowsImported}
              styles={{ content: { color: result.rowsImported > 0 ? '#389e0d' : undefined } }}
            />
          </Col>
          <Col xs={8} md={4}>
            <Statistic
              title={t('import.result.rejected')}
              value={result.rowsRejected}
              styles={{ content: { color: result.rowsRejected > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
          <Col xs={24} md={12}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'file', label: t('import.result.file'), children: fileName },
                {
                  key: 'mode',
                  label: t('import.mode'),
                  children: t(MODES[result.mode].label),
                },
                {
                  key: 'encoding',
                  label: t('import.result.encoding'),
                  children: encoding ? t(encoding) : result.encoding,
                },
                {
                  key: 'duration',
                  label: t('import.result.duration'),
                  children: formatDuration(result.durationMs, t),
                },
                ...(result.importId
                  ? [
                      {
                        key: 'batch',
                        label: t('import.result.batch'),
                        children: <span className="mono">{result.importId}</span>,
                      },
                    ]
                  : []),
              ]}
            />
          </Col>
        </Row>
        {result.errors.length > 0 && (
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('import.result.errors', { count: result.errors.length.toLocaleString('zh-CN') })}
              </Typography.Title>
              <Button
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => downloadErrors(result.errors, t)}
              >
                {t('import.result.downloadErrors')}
              </Button>
            </Flex>
            <Table<RowError>
              rowKey="line"
              size="small"
              bordered
              dataSource={result.errors}
              pagination={
                result.errors.length > 20
                  ? { pageSize: 20, showTotal: (total) => t('common.total', { total }) }
                  : false
              }
              columns={[
                {
                  title: t('import.col.line'),
                  dataIndex: 'line',
                  width: 90,
                  align: 'right',
                },
                {
                  title: t('import.col.accountNo'),
                  dataIndex: 'accountNo',
                  width: 160,
                  render: (no: string | null) =>
                    no ? (
                      <span className="mono">{no}</span>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ),
                },
                {
                  title: t('import.col.reasons'),
                  dataIndex: 'reasons',
                  render: (reasons: string[]) =>
                    reasons.length === 1 ? (
                      reasons[0]
                    ) : (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
