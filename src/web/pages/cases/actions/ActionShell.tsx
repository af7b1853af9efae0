import { Alert, App, Button, Drawer, Flex, Form, type FormInstance, Grid } from 'antd';
import { type ReactNode, useState } from 'react';
import type { CaseView } from '../../../../domain/contracts/cases';
import { ACTION_PAYLOADS } from '../../../../domain/contracts/cases';
import { ApiError, api } from '../../../api';
import { applyFieldErrors, describeError } from '../../../components/errors';
import { useI18n } from '../../../i18n/i18n';
import { useIdempotencyKey } from '../../../idempotency';
import { REFUSAL_LABELS } from '../labels';

export type AvailableAction = CaseView['availableActions'][number];

/** What every action form gets from the case page. */
export interface ActionFormProps {
  view: CaseView;
  action: AvailableAction;
  onClose: () => void;
  /** The action succeeded; the server answered with the case as it is now. */
  onDone: (view: CaseView) => void;
  /** Someone else acted first: the page reloads the case. */
  onStale: () => void;
}

/** Narrow screens (an inspector's phone) get full-width drawers, large controls and one column. */
export function usePhone(): boolean {
  // Unknown until the first measurement: a desktop is the safer guess.
  return Grid.useBreakpoint().md === false;
}

function ProblemAlert({ error }: { error: ApiError | string }) {
  const t = useI18n().t;
  if (typeof error === 'string') return <Alert type="error" showIcon title={error} />;
  const label = REFUSAL_LABELS[error.code];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="action-problem"
      data-code={error.code}
      title={label ? t(label) : describeError(error, t)}
      description={
        label || error.fieldErrors.length ? (
          <Flex vertical gap={2}>
            {label && <span>{error.detail}</span>}
            {error.fieldErrors.map((f) => (
              <span key={`${f.path}:${f.message}`}>
                {f.path ? `${f.path}：` : ''}
                {f.message}
              </span>
            ))}
          </Flex>
        ) : undefined
      }
    />
  );
}

/**
 * Sends one action: checks the payload against the action's schema (the same one the server uses),
 * posts `{ expectedVersion, ...payload }` with an Idempotency-Key, and sorts the answer: field errors
 * go next to their fields, refusals become an alert with the server's words, a version conflict
 * tells the user and reloads the case.
 */
function useActionSubmit(props: ActionFormProps, form: FormInstance) {
  const { lang, t } = useI18n();
  const { message, modal } = App.useApp();
  const keyFor = useIdempotencyKey();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | string>();
  const name = props.action.action;

  const submit = async (payload: Record<string, unknown>) => {
    setProblem(undefined);
    const schema = (
      ACTION_PAYLOADS as Record<string, (typeof ACTION_PAYLOADS)[keyof typeof ACTION_PAYLOADS]>
    )[name];
    const parsed = schema?.safeParse(payload);
    if (parsed && !parsed.success) {
      const invalid = new ApiError(
        422,
        'VALIDATION_FAILED',
        t('case.action.checkFields'),
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
      if (!applyFieldErrors(form, invalid)) setProblem(invalid);
      return;
    }
    const body = { expectedVersion: props.view.version, ...payload };
    setSaving(true);
    try {
      const updated = await api.post<CaseView>(
        `/cases/${encodeURIComponent(props.view.caseNo)}/actions/${name}`,
        body,
        { headers: { 'Idempotency-Key': keyFor(body) } },
      );
      message.success(t('case.action.done', { action: lang === 'zh' ? props.action.zh : props.action.en }));
      props.onDone(updated);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        modal.warning({
          title: t('case.action.conflict'),
          content: `${e.detail} ${t('case.action.reloaded')}`,
        });
        props.onStale();
      } else if (e instanceof ApiError && e.status === 422) {
        if (!applyFieldErrors(form, e)) setProblem(e);
      } else {
        setProblem(e instanceof ApiError ? e : describeError(e, t));
      }
    } finally {
      setSaving(false);
    }
  };
  /** The server's last refusal no longer describes a form that has been changed since. */
  const clearProblem = () => setProblem(undefined);
  return { submit, saving, problem, clearProblem };
}

/**
 * The frame of every action form: a drawer titled with the action, the form, the server's answer
 * when it refused, and the submit button. The form's values become the payload through `toPayload`.
 */
export function ActionShell<V extends object>({
  props,
  form,
  initialValues,
  toPayload,
  children,
  intro,
  okText,
  danger = false,
  onValuesChange,
}: {
  props: ActionFormProps;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  toPayload: (values: V) => Record<string, unknown>;
  children?: ReactNode;
  intro?: ReactNode;
  okText?: string;
  danger?: boolean;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
}) {
  const { lang, t } = useI18n();
  const phone = usePhone();
  const { submit, saving, problem, clearProblem } = useActionSubmit(props, form as FormInstance);
  const title = lang === 'zh' ? props.action.zh : props.action.en;
  const size = phone ? 'large' : 'middle';
  return (
    <Drawer
      open
      title={title}
      size={phone ? '100%' : 600}
      onClose={props.onClose}
      destroyOnHidden
      mask={{ closable: false }}
      className={phone ? 'action-drawer action-drawer-phone' : 'action-drawer'}
      data-testid={`action-form-${props.action.action}`}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button size={size} block={phone} onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            danger={danger}
            size={size}
            block={phone}
            loading={saving}
            onClick={() => form.submit()}
            data-testid="action-submit"
          >
            {okText ?? t('case.action.submit')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {intro}
        <Form<V>
          form={form}
          layout="vertical"
          size={size}
          initialValues={initialValues}
          onValuesChange={(changed, all) => {
            clearProblem();
            onValuesChange?.(changed, all);
          }}
          onFinish={(values) => submit(toPayload(values))}
          scrollToFirstError
          requiredMark={false}
        >
          {children}
        </Form>
        {problem && <ProblemAlert error={problem} />}
      </Flex>
    </Drawer>
  );
}
