import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { Customer, UpdateCustomerBody } from '../../../domain/contracts/customers';
import { ApiError, api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';

interface Values {
  name: string;
  phone?: string;
  address: string;
  gasCertificateNo?: string;
}

/** A masked phone ("138****8000") cannot be edited in place: the field starts empty instead. */
const isMasked = (phone: string) => phone.includes('*');

function valuesOf(customer: Customer): Values {
  return {
    name: customer.name,
    phone: isMasked(customer.phone) ? '' : customer.phone,
    address: customer.address,
    gasCertificateNo: customer.gasCertificateNo ?? '',
  };
}

/**
 * Edits name, phone, address and certificate number. The save names the version it was based on;
 * if someone else saved in between, the server refuses and the form shows the latest data.
 */
export function ContactEditModal({
  customer,
  onClose,
  onSaved,
  onConflict,
}: {
  customer: Customer;
  onClose: () => void;
  onSaved: () => void;
  /** Fetch the latest customer; it comes back through `customer`. */
  onConflict: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const phoneMasked = isMasked(customer.phone);

  // After a conflict the newer version arrives here: show it, so the user edits what is really stored.
  useEffect(() => {
    if (conflict) form.setFieldsValue(valuesOf(customer));
  }, [conflict, customer, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    setConflict(false);
    const before = valuesOf(customer);
    const changed = <K extends keyof Values>(key: K) =>
      (values[key] ?? '').trim() !== (before[key] ?? '').trim();
    const body: UpdateCustomerBody = {
      expectedVersion: customer.version,
      ...(changed('name') ? { name: values.name.trim() } : {}),
      ...(changed('phone') && values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      ...(changed('address') ? { address: values.address.trim() } : {}),
      ...(changed('gasCertificateNo') ? { gasCertificateNo: values.gasCertificateNo?.trim() || null } : {}),
    };
    if (Object.keys(body).length === 1) {
      onClose();
      return;
    }
    try {
      await api.patch<Customer>(`/customers/${encodeURIComponent(customer.accountNo)}`, body);
      message.success(t('customers.contactSaved'));
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        setConflict(true);
        onConflict();
      } else if (!applyFieldErrors(form, e, { INVALID_PHONE: 'phone' })) {
        setError(describeError(e, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('customers.editContactTitle', { accountNo: customer.accountNo })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesOf(customer)}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="name"
          label={t('customers.col.name')}
          rules={[{ required: true, whitespace: true, message: t('customers.required.name') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('customers.col.phone')}
          extra={phoneMasked ? t('customers.phoneMaskedHint', { phone: customer.phone }) : undefined}
          rules={
            phoneMasked ? [] : [{ required: true, whitespace: true, message: t('customers.required.phone') }]
          }
        >
          <Input className="mono" maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('customers.col.address')}
          rules={[{ required: true, whitespace: true, message: t('customers.required.address') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="gasCertificateNo" label={t('customers.field.gasCertificateNo')}>
          <Input className="mono" maxLength={40} />
        </Form.Item>
        {conflict && <Alert type="warning" showIcon title={t('customers.versionConflict')} />}
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
