import { Alert } from 'antd';
import type { AuditVerifyResult } from '../../../domain/contracts/audit';
import { useT } from '../../i18n/i18n';

export function VerifyResultAlert({ result, onClose }: { result: AuditVerifyResult; onClose: () => void }) {
  const t = useT();
  const counts = { chains: result.chainsChecked, entries: result.entriesChecked };
  if (result.intact) {
    return (
      <Alert
        type="success"
        showIcon
        closable={{ onClose }}
        title={t('audit.verify.intactTitle')}
        description={t('audit.verify.intact', counts)}
      />
    );
  }
  const broken = result.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={t('audit.verify.brokenTitle')}
      description={
        broken &&
        t('audit.verify.broken', {
          ...counts,
          entity: `${broken.entityType}:${broken.entityId}`,
          seq: broken.seq,
          reason: broken.reason,
        })
      }
    />
  );
}
