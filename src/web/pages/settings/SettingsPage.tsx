import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PolicyParameterView, SettingsResponse } from '../../../domain/contracts/settings';
import { ApiError, api } from '../../api';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { formatDateTime } from '../../format';
import { type Translate, useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';

const UNIT_LABELS: Record<string, MessageKey> = {
  working_days: 'unit.working_days',
  calendar_days: 'unit.calendar_days',
  years: 'unit.years',
  months: 'unit.months',
  percent: 'unit.percent',
  minutes: 'unit.minutes',
};

/** Units such as kPa and MB read the same in both languages and have no dictionary entry. */
const unitLabel = (unit: string, t: Translate) => {
  const key = UNIT_LABELS[unit];
  return key ? t(key) : unit;
};

export default function SettingsPage() {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const canManage = can(useCurrentUser(), 'settings.manage');
  const settings = useApiQuery<SettingsResponse>('/settings');
  const [form] = Form.useForm<{ value: number | null }>();
  const [editing, setEditing] = useState<string>();
  const [saving, setSaving] = useState(false);

  const startEdit = (row: PolicyParameterView) => {
    form.setFields([{ name: 'value', value: row.value, errors: [] }]);
    setEditing(row.id);
  };

  const save = async ({ value }: { value: number | null }) => {
    if (!editing || value === null) return;
    setSaving(true);
    try {
      const updated = await api.put<PolicyParameterView>(`/settings/${editing}`, { value });
      message.success(t('settings.saved', { id: updated.id, value: updated.value }));
      setEditing(undefined);
      settings.reload();
    } catch (e) {
      // Whatever the server objects to concerns the one value being edited, so show it right there:
      // the overall sentence first, then what each rule said.
      const details = e instanceof ApiError ? e.fieldErrors.map((f) => f.message) : [];
      form.setFields([{ name: 'value', errors: [...new Set([describeError(e, t), ...details])] }]);
    } finally {
      setSaving(false);
    }
  };

  const columns = [
    {
      title: t('settings.col.id'),
      dataIndex: 'id',
      width: 240,
      render: (id: string) => <Typography.Text className="mono">{id}</Typography.Text>,
    },
    {
      title: t('settings.col.description'),
      key: 'description',
      render: (_: unknown, row: PolicyParameterView) => row[lang],
    },
    {
      title: t('settings.col.unit'),
      dataIndex: 'unit',
      width: 80,
      render: (unit: string) => unitLabel(unit, t),
    },
    { title: t('settings.col.default'), dataIndex: 'default', width: 80, align: 'right' as const },
    {
      title: t('settings.col.value'),
      key: 'value',
      width: 180,
      render: (_: unknown, row: PolicyParameterView) =>
        editing === row.id ? (
          <Form.Item
            name="value"
            rules={[{ required: true, message: t('settings.valueRequired') }]}
            style={{ margin: 0 }}
          >
            <InputNumber autoFocus style={{ width: 120 }} onPressEnter={() => form.submit()} />
          </Form.Item>
        ) : (
          <Space>
            <Typography.Text strong>{row.value}</Typography.Text>
            {row.value !== row.default && <Tag color="gold">{t('settings.modified')}</Tag>}
          </Space>
        ),
    },
    {
      title: t('settings.col.updated'),
      key: 'updated',
      width: 170,
      render: (_: unknown, row: PolicyParameterView) =>
        row.updatedAt ? (
          <>
            <div>{row.updatedBy ?? '—'}</div>
            <Typography.Text type="secondary">{formatDateTime(row.updatedAt)}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('settings.neverChanged')}</Typography.Text>
        ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, row: PolicyParameterView) =>
              editing === row.id ? (
                <Space size={0}>
                  <Button type="link" size="small" loading={saving} onClick={() => form.submit()}>
                    {t('common.save')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing(undefined)}>
                    {t('common.cancel')}
                  </Button>
                </Space>
              ) : (
                <Button
                  type="link"
                  size="small"
                  disabled={editing !== undefined}
                  onClick={() => startEdit(row)}
                >
                  {t('common.edit')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('menu.settings')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={settings.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Typography.Text type="secondary">
        {t('settings.intro')}
        {!canManage && t('settings.readOnly')}
      </Typography.Text>
      {settings.error ? (
        <ErrorAlert error={settings.error} onRetry={settings.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Form form={form} component={false} onFinish={save}>
            <Table<PolicyParameterView>
              rowKey="id"
              loading={settings.loading}
              dataSource={settings.data?.parameters ?? []}
              columns={columns}
              pagination={false}
              tableLayout="fixed"
            />
          </Form>
        </Card>
      )}
    </PageContainer>
  );
}
