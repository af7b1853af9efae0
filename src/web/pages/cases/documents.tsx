import { FileOutlined, FilePdfOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Progress, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { CaseDocument, CaseView } from '../../../domain/contracts/cases';
import type { SettingsResponse } from '../../../domain/contracts/settings';
import { upload } from '../../api';
import { describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';

const DEFAULT_MAX_MB = 10;
export const MATERIAL_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const PHOTO_ACCEPT = 'image/jpeg,image/png';

/** The upload size limit is a setting (UPLOAD-MAX-MB); shown next to upload buttons and checked before sending. */
export function useUploadLimitMb(): number {
  const settings = useApiQuery<SettingsResponse>('/settings');
  const value = settings.data?.parameters.find((p) => p.id === 'UPLOAD-MAX-MB')?.value;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_MAX_MB;
}

export function documentsById(view: CaseView): Map<string, CaseDocument> {
  return new Map(view.documents.map((d) => [d.id, d]));
}

const isImage = (d: CaseDocument) => d.contentType === 'image/jpeg' || d.contentType === 'image/png';

/**
 * One file of a case. Images are shown inline, except ID scans: every fetch of those is audited
 * (PIPL art. 28), so they are only opened on purpose, with a note saying so.
 */
export function DocumentItem({ doc, thumbSize = 72 }: { doc: CaseDocument; thumbSize?: number }) {
  const t = useT();
  if (doc.sensitive) {
    return (
      <Flex gap={4} align="center" wrap className="doc-item">
        <LockOutlined style={{ color: '#d46b08' }} />
        <a href={doc.url} target="_blank" rel="noreferrer" data-testid="sensitive-document">
          {doc.fileName}
        </a>
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('case.doc.sensitiveNote')}
        </Typography.Text>
      </Flex>
    );
  }
  if (isImage(doc)) {
    return (
      <Tooltip title={doc.fileName}>
        <Image
          src={doc.url}
          alt={doc.fileName}
          width={thumbSize}
          height={thumbSize}
          style={{ objectFit: 'cover', borderRadius: 4 }}
        />
      </Tooltip>
    );
  }
  return (
    <Flex gap={4} align="center" className="doc-item">
      {doc.contentType === 'application/pdf' ? (
        <FilePdfOutlined style={{ color: '#cf1322' }} />
      ) : (
        <FileOutlined />
      )}
      <a href={doc.url} target="_blank" rel="noreferrer">
        {doc.fileName}
      </a>
    </Flex>
  );
}

/**
 * Sends files to the case one by one with a progress bar. The server checks the type by content;
 * the size is checked here too so a clerk does not wait for a large scan to be refused.
 */
export function UploadButton({
  caseNo,
  query,
  accept,
  maxMb,
  multiple = false,
  label,
  size,
  block = false,
  onUploaded,
  testId,
}: {
  caseNo: string;
  /** `kind=…&materialKind=…` of POST /cases/{caseNo}/documents. */
  query: string;
  accept: string;
  maxMb: number;
  multiple?: boolean;
  label: string;
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
  onUploaded: (doc: CaseDocument) => void;
  testId?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number>();

  const send = async (files: File[]) => {
    for (const file of files) {
      if (file.size > maxMb * 1024 * 1024) {
        message.error(t('case.upload.tooLarge', { name: file.name, max: maxMb }));
        continue;
      }
      const form = new FormData();
      form.append('file', file, file.name);
      setPercent(0);
      try {
        const doc = await upload<CaseDocument>(
          `/cases/${encodeURIComponent(caseNo)}/documents?${query}`,
          form,
          {
            onProgress: ({ loaded, total }) =>
              setPercent(total ? Math.round((loaded / total) * 100) : undefined),
          },
        ).result;
        message.success(t('case.upload.done', { name: doc.fileName }));
        onUploaded(doc);
      } catch (e) {
        message.error(describeError(e, t));
      } finally {
        setPercent(undefined);
      }
    }
  };

  return (
    <Flex vertical gap={4} style={block ? { width: '100%' } : undefined}>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) void send(files);
        }}
      />
      <Button
        icon={<UploadOutlined />}
        size={size}
        block={block}
        loading={percent !== undefined}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      {percent !== undefined && <Progress percent={percent} size="small" />}
    </Flex>
  );
}
