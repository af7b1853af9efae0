import { InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Input, Result, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { CertificateCheck } from '../../../domain/contracts/archive';
import { upload, withQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';

const VERDICTS: Record<
  CertificateCheck['status'],
  { title: MessageKey; status: 'success' | 'warning' | 'error' }
> = {
  genuine: { title: 'verify.genuine', status: 'success' },
  altered: { title: 'verify.altered', status: 'warning' },
  unknown: { title: 'verify.unknown', status: 'error' },
};

/** The minimum the public may see of a certificate: never more than the paper itself says. */
function CheckDetails({ check }: { check: CertificateCheck }) {
  const t = useT();
  if (check.status === 'unknown') return null;
  return (
    <Descriptions
      bordered
      size="middle"
      column={{ xs: 1, sm: 2 }}
      data-testid="verify-details"
      items={[
        {
          key: 'no',
          label: t('verify.certificateNo'),
          children: <span className="mono">{check.certificateNo}</span>,
        },
        {
          key: 'closedOn',
          label: t('verify.closedOn'),
          children: <span className="mono">{check.closedOn ?? '—'}</span>,
        },
        { key: 'name', label: t('verify.customerName'), children: check.customerName ?? '—' },
        {
          key: 'account',
          label: t('verify.accountNo'),
          children: <span className="mono">{check.accountNo ?? '—'}</span>,
        },
        { key: 'outlet', label: t('verify.outlet'), children: check.outlet ?? '—' },
        { key: 'company', label: t('verify.company'), children: check.companyName },
      ]}
    />
  );
}

function Verdict({ check, testId }: { check: CertificateCheck; testId: string }) {
  const t = useT();
  const verdict = VERDICTS[check.status];
  return (
    <Result
      className={`verify-verdict verify-${check.status}`}
      status={verdict.status}
      title={t(verdict.title)}
      subTitle={check.message}
      data-testid={testId}
      data-status={check.status}
      style={{ padding: '24px 16px' }}
    />
  );
}

/** Compares an uploaded PDF with the one on file, byte for byte (through its hash on the server). */
function FileCheck({ certificateNo }: { certificateNo: string }) {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<CertificateCheck>();
  const [error, setError] = useState<string>();
  const send = async (file: File) => {
    setChecking(true);
    setError(undefined);
    setResult(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setResult(
        await upload<CertificateCheck>(
          `/public/certificates/${encodeURIComponent(certificateNo)}/check-file`,
          form,
        ).result,
      );
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setChecking(false);
    }
  };
  return (
    <Card title={t('verify.file.title')} size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('verify.file.help')}</Typography.Text>
        <Upload.Dragger
          accept="application/pdf,.pdf"
          showUploadList={false}
          multiple={false}
          disabled={checking}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
          data-testid="verify-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('verify.file.drop')}</p>
        </Upload.Dragger>
        {checking && <Spin />}
        {error && <Alert type="error" showIcon title={error} />}
        {result && (
          <Alert
            type={VERDICTS[result.status].status}
            showIcon
            data-testid="verify-file-result"
            data-status={result.status}
            title={t(
              result.status === 'genuine'
                ? 'verify.file.same'
                : result.status === 'altered'
                  ? 'verify.file.different'
                  : 'verify.unknown',
            )}
            description={result.message}
          />
        )}
      </Flex>
    </Card>
  );
}

function CertificateResult({ certificateNo, h }: { certificateNo: string; h: string }) {
  const t = useT();
  const check = useApiQuery<CertificateCheck>(
    withQuery(`/public/certificates/${encodeURIComponent(certificateNo)}`, {
      h: /^[0-9a-fA-F]{8,64}$/.test(h) ? h : '',
    }),
  );
  if (check.error) return <ErrorAlert error={check.error} onRetry={check.reload} />;
  if (!check.data) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Verdict check={check.data} testId="verify-result" />
        <CheckDetails check={check.data} />
        {!h && check.data.status !== 'unknown' && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('verify.noCode')} />
        )}
      </Card>
      {check.data.status !== 'unknown' && <FileCheck certificateNo={check.data.certificateNo} />}
    </Flex>
  );
}

/**
 * 销户证明核验: what the QR code on a closure certificate opens. Anyone can check whether a
 * certificate is genuine, altered or unknown; a typed number works too.
 */
export default function VerifyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { certificateNo = '' } = useParams();
  const [params] = useSearchParams();
  const h = params.get('h') ?? '';
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={10}>
        <SafetyCertificateOutlined style={{ fontSize: 28, color: '#1559c6' }} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('verify.title')}
        </Typography.Title>
      </Flex>
      <Input.Search
        key={certificateNo}
        defaultValue={certificateNo}
        enterButton={t('verify.check')}
        size="large"
        allowClear
        placeholder={t('verify.placeholder')}
        aria-label={t('verify.certificateNo')}
        style={{ maxWidth: 520 }}
        onSearch={(value) => {
          const no = value.trim().toUpperCase();
          if (no) navigate(`/verify/${encodeURIComponent(no)}`);
        }}
      />
      {certificateNo ? (
        <CertificateResult key={`${certificateNo}?${h}`} certificateNo={certificateNo} h={h} />
      ) : (
        <Typography.Text type="secondary">{t('verify.intro')}</Typography.Text>
      )}
    </Flex>
  );
}
