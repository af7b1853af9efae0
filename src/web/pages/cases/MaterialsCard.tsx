import { CheckOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import { SENSITIVE_MATERIALS } from '../../../domain/closure/materials';
import { FINAL_STATES } from '../../../domain/closure/states';
import type { CaseView } from '../../../domain/contracts/cases';
import { can, useCurrentUser } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { DocumentItem, documentsById, MATERIAL_ACCEPT, UploadButton, useUploadLimitMb } from './documents';
import { MATERIAL_STATUS_COLORS, MATERIAL_STATUS_LABELS, materialLabel } from './labels';

type Material = CaseView['materials'][number];

function Mark({ on, label }: { on: boolean; label: string }) {
  return on ? (
    <CheckOutlined style={{ color: '#389e0d' }} aria-label={label} />
  ) : (
    <MinusOutlined style={{ color: '#bfbfbf' }} aria-label={label} />
  );
}

/** 申请材料: the checklist with each item's review status, scans, and an upload per item. */
export function MaterialsCard({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const { lang, t } = useI18n();
  const user = useCurrentUser();
  const maxMb = useUploadLimitMb();
  const docs = documentsById(view);
  const canUpload = can(user, 'cases.upload') && !FINAL_STATES.includes(view.state);
  const hasSensitive = view.materials.some((m) => SENSITIVE_MATERIALS.includes(m.kind));

  return (
    <Card title={t('cases.materials')} data-testid="materials" styles={{ body: { padding: 0 } }}>
      <Table<Material>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={view.materials}
        scroll={{ x: 860 }}
        columns={[
          {
            title: t('cases.material.name'),
            dataIndex: 'kind',
            width: 200,
            render: (kind: Material['kind'], m) => (
              <Flex gap={6} align="center" wrap>
                <span>{materialLabel(kind, lang)}</span>
                {!m.required && <Tag>{t('cases.material.optional')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('cases.material.supplied'),
            dataIndex: 'supplied',
            width: 80,
            align: 'center',
            render: (v: boolean) => <Mark on={v} label={t(v ? 'common.yes' : 'common.no')} />,
          },
          {
            title: t('cases.material.originalSighted'),
            dataIndex: 'originalSighted',
            width: 100,
            align: 'center',
            render: (v: boolean) => <Mark on={v} label={t(v ? 'common.yes' : 'common.no')} />,
          },
          {
            title: t('case.material.status'),
            key: 'status',
            width: 200,
            render: (_, m) => {
              const label = MATERIAL_STATUS_LABELS[m.status];
              return (
                <Flex vertical gap={2} align="flex-start">
                  <Tag color={MATERIAL_STATUS_COLORS[m.status]}>{label ? t(label) : m.status}</Tag>
                  {m.rejectionReason && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {m.rejectionReason}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          {
            title: t('case.material.files'),
            key: 'files',
            render: (_, m) => {
              const files = m.documentIds.map((id) => docs.get(id)).filter((d) => d !== undefined);
              return files.length ? (
                <Flex gap={8} wrap align="center">
                  {files.map((d) => (
                    <DocumentItem key={d.id} doc={d} thumbSize={48} />
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              );
            },
          },
          ...(canUpload
            ? [
                {
                  title: '',
                  key: 'upload',
                  width: 110,
                  render: (_: unknown, m: Material) => (
                    <UploadButton
                      caseNo={view.caseNo}
                      query={`kind=material&materialKind=${m.kind}`}
                      accept={MATERIAL_ACCEPT}
                      maxMb={maxMb}
                      size="small"
                      label={t('case.upload.button')}
                      testId={`upload-${m.kind}`}
                      onUploaded={onChanged}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {(canUpload || hasSensitive) && (
        <Flex vertical gap={2} style={{ margin: '8px 16px' }}>
          {canUpload && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('case.upload.hint', { max: maxMb })}
            </Typography.Text>
          )}
          {hasSensitive && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('case.material.sensitiveHint')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
