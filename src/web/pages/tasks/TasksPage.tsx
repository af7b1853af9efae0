import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { StaffTask, TaskPage } from '../../../domain/contracts/tasks';
import { api, withQuery } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyFieldErrors, describeError } from '../../components/errors';
import { PageContainer } from '../../components/PageContainer';
import { useListParams } from '../../components/useListParams';
import { formatDateTime, todayInShanghai } from '../../format';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useApiQuery } from '../../useApiQuery';
import { casePath, DEPARTMENT_LABELS } from '../cases/labels';

const KIND_LABELS: Record<string, MessageKey> = {
  corrective: 'tasks.kind.corrective',
  follow_up_issue: 'tasks.kind.follow_up_issue',
  plan_broken: 'tasks.kind.plan_broken',
};
const KIND_COLORS: Record<string, string> = {
  corrective: 'volcano',
  follow_up_issue: 'blue',
  plan_broken: 'magenta',
};

/** The case a task is about: its source when that is a case, otherwise the case number in its title. */
function caseOf(task: StaffTask): string | undefined {
  if (task.source.type === 'case') return task.source.id;
  return /XH\d{10}/.exec(`${task.title} ${task.description}`)?.[0];
}

function DoneModal({ task, onClose, onDone }: { task: StaffTask; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async ({ note }: { note: string }) => {
    setSaving(true);
    setError(undefined);
    try {
      await api.post<StaffTask>(`/tasks/${encodeURIComponent(task.id)}/done`, { note: note.trim() });
      message.success(t('tasks.doneOk'));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('tasks.done.title')}
      okText={t('tasks.done')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        <Card size="small">
          <Typography.Text strong>{task.title}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {task.description}
          </Typography.Paragraph>
        </Card>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="note"
            label={t('tasks.done.note')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('tasks.done.note.required') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} />}
      </Flex>
    </Modal>
  );
}

/** 任务: corrective tasks from audits, problems from follow-up visits, broken arrears plans. */
export default function TasksPage() {
  const t = useT();
  const list = useListParams();
  const status = list.filter('status') || 'open';
  const tasks = useApiQuery<TaskPage>(
    withQuery('/tasks', {
      status: status === 'all' ? undefined : status,
      page: list.page,
      pageSize: list.pageSize,
    }),
  );
  const [closing, setClosing] = useState<StaffTask>();
  const today = todayInShanghai();

  return (
    <PageContainer
      title={t('menu.tasks')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={tasks.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Segmented
        style={{ alignSelf: 'flex-start' }}
        value={status}
        onChange={(value) => list.setFilter('status', value === 'open' ? '' : String(value))}
        options={[
          { value: 'open', label: t('tasks.status.open') },
          { value: 'done', label: t('tasks.status.done') },
          { value: 'all', label: t('common.all') },
        ]}
      />
      {tasks.error ? (
        <ErrorAlert error={tasks.error} onRetry={tasks.reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<StaffTask>
            rowKey="id"
            data-testid="tasks-table"
            loading={tasks.loading}
            dataSource={tasks.data?.items ?? []}
            pagination={list.pagination(tasks.data?.total)}
            locale={{ emptyText: t(status === 'open' ? 'tasks.none.open' : 'tasks.none') }}
            scroll={{ x: 1000 }}
            columns={[
              {
                title: t('tasks.col.kind'),
                dataIndex: 'kind',
                width: 110,
                render: (k: string) => {
                  const label = KIND_LABELS[k];
                  return <Tag color={KIND_COLORS[k] ?? 'default'}>{label ? t(label) : k}</Tag>;
                },
              },
              {
                title: t('tasks.col.title'),
                key: 'title',
                render: (_, task) => (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{task.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {task.description}
                    </Typography.Text>
                    {task.doneNote && (
                      <Typography.Text type="success" style={{ fontSize: 13 }}>
                        {t('tasks.doneNote', {
                          by: task.doneBy ?? '',
                          at: formatDateTime(task.doneAt),
                          note: task.doneNote,
                        })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                title: t('tasks.col.case'),
                key: 'case',
                width: 150,
                render: (_, task) => {
                  const caseNo = caseOf(task);
                  return caseNo ? (
                    <Link className="mono nowrap" to={casePath(caseNo)}>
                      {caseNo}
                    </Link>
                  ) : (
                    '—'
                  );
                },
              },
              {
                title: t('tasks.col.department'),
                key: 'department',
                width: 140,
                render: (_, task) => {
                  const d = DEPARTMENT_LABELS[task.department];
                  return (
                    <Flex vertical>
                      <span>{d ? t(d) : task.department}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[task.branch?.name, task.assignee].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Flex>
                  );
                },
              },
              {
                title: t('tasks.col.dueDate'),
                dataIndex: 'dueDate',
                width: 110,
                render: (d: string | null, task) =>
                  d ? (
                    <Typography.Text
                      className="mono"
                      type={task.status === 'open' && d < today ? 'danger' : undefined}
                    >
                      {d}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('tasks.col.createdAt'),
                dataIndex: 'createdAt',
                width: 150,
                render: (at: string) => <span className="nowrap">{formatDateTime(at)}</span>,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 110,
                fixed: 'right',
                render: (_, task) =>
                  task.status === 'open' ? (
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => setClosing(task)}
                    >
                      {t('tasks.done')}
                    </Button>
                  ) : (
                    <Tag color="success">{t('tasks.status.done')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {closing && (
        <DoneModal
          task={closing}
          onClose={() => setClosing(undefined)}
          onDone={() => {
            setClosing(undefined);
            tasks.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
