import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { RevealedIdentity } from '../../../domain/contracts/customers';
import { api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';

/** Asks why the full ID number is needed: the server records the reason with the access (PIPL). */
export function RevealIdentityModal({
  accountNo,
  onClose,
  onRevealed,
}: {
  accountNo: string;
  onClose: () => void;
  onRevealed: (identity: RevealedIdentity) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setError(undefined);
    try {
      onRevealed(
        await api.post<RevealedIdentity>(`/customers/${encodeURIComponent(accountNo)}/reveal-identity`, {
          reason: reason.trim(),
        }),
      );
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('customers.reveal.title')}
      okText={t('customers.reveal.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('customers.reveal.notice')} style={{ margin: '16px 0' }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('customers.reveal.reason')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('customers.reveal.reasonRequired') },
          ]}
        >
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={200}
            placeholder={t('customers.reveal.reasonPlaceholder')}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
