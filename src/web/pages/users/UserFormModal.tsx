import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { isCompanyWide, ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../domain/access/roles';
import type { Branch, CreateUserBody, StaffUser, UpdateUserBody } from '../../../domain/contracts/users';
import { api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

interface Props {
  /** The user to edit; absent when creating one. */
  user?: StaffUser;
  branches: Branch[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  username: string;
  displayName: string;
  role: StaffRole;
  branchCode?: string | null;
  active: boolean;
  password?: string;
}

export function UserFormModal({ user, branches, onClose, onSaved }: Props) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const companyWide = role !== undefined && isCompanyWide(role);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const initialValues: Partial<Values> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        role: user.role === 'customer' ? undefined : user.role,
        branchCode: user.branch?.code ?? null,
        active: user.active,
      }
    : { active: true };

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    const branchCode = companyWide ? null : (values.branchCode ?? null);
    try {
      if (user) {
        const body: UpdateUserBody = {
          displayName: values.displayName.trim(),
          role: values.role,
          branchCode,
          active: values.active,
          ...(values.password ? { password: values.password } : {}),
        };
        await api.patch<StaffUser>(`/users/${encodeURIComponent(user.username)}`, body);
        message.success(t('users.updated', { username: user.username }));
      } else {
        const body: CreateUserBody = {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          role: values.role,
          branchCode,
          password: values.password ?? '',
        };
        const created = await api.post<StaffUser>('/users', body);
        message.success(t('users.created', { username: created.username }));
      }
      onSaved();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={user ? t('users.editTitle', { username: user.username }) : t('users.create')}
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
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.role && isCompanyWide(changed.role)) form.setFieldValue('branchCode', null);
        }}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="username"
          label={t('users.col.username')}
          rules={[{ required: true, whitespace: true, message: t('users.required.username') }]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.col.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.required.displayName') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.col.role')}
          rules={[{ required: true, message: t('users.required.role') }]}
        >
          <Select options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))} />
        </Form.Item>
        <Form.Item
          name="branchCode"
          label={t('users.col.branch')}
          extra={companyWide ? t('users.branchCompanyWide') : undefined}
          rules={[{ required: !companyWide, message: t('users.required.branch') }]}
        >
          <Select
            disabled={companyWide}
            placeholder={companyWide ? t('shell.companyWide') : undefined}
            options={branches.map((b) => ({ value: b.code, label: b.name }))}
          />
        </Form.Item>
        {user && (
          <Form.Item name="active" label={t('users.col.status')} valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={user ? t('users.resetPassword') : t('users.password')}
          extra={user ? t('users.resetPasswordHelp') : t('users.passwordHelp')}
          rules={user ? [] : [{ required: true, message: t('users.required.password') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
