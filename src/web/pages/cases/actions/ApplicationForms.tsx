import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Divider, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import type { MaterialKind } from '../../../../domain/closure/materials';
import { useI18n } from '../../../i18n/i18n';
import { MATERIAL_STATUS_COLORS, MATERIAL_STATUS_LABELS, materialLabel } from '../labels';
import { type ActionFormProps, ActionShell } from './ActionShell';

/** Printed on the one-time notice the customer takes home, so it is worded in Chinese whatever the UI language. */
const NOT_SUPPLIED = '未提交该材料';

interface MaterialRow {
  kind: MaterialKind;
  supplied: boolean;
  originalSighted: boolean;
}

interface ReviewValues {
  result: 'accept' | 'incomplete';
  materials: MaterialRow[];
  missing: { kind?: MaterialKind; reason?: string }[];
}

/** 初审: the clerk's check of every item, then accept, or one notice listing everything missing at once. */
export function PreliminaryReviewForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<ReviewValues>();
  const { view } = props;
  const byKind = new Map(view.materials.map((m) => [m.kind, m]));
  const unsupplied = (rows: MaterialRow[]) =>
    rows.filter(
      (r) => byKind.get(r.kind)?.required && (!r.supplied || byKind.get(r.kind)?.status === 'rejected'),
    );
  const initialRows: MaterialRow[] = view.materials.map((m) => ({
    kind: m.kind,
    supplied: m.supplied,
    originalSighted: m.originalSighted,
  }));
  const initialMissing = unsupplied(initialRows).map((r) => ({
    kind: r.kind,
    reason: byKind.get(r.kind)?.rejectionReason ?? NOT_SUPPLIED,
  }));
  const result = Form.useWatch('result', form);
  const rows = Form.useWatch('materials', form) ?? initialRows;
  const stillMissing = unsupplied(rows);

  /** Keeps the list of missing items in step with the checklist, leaving items the clerk wrote by hand alone. */
  const syncMissing = (all: ReviewValues) => {
    const missing = (all.missing ?? []).filter(
      (m) => !(m.reason === NOT_SUPPLIED && all.materials.find((r) => r.kind === m.kind)?.supplied),
    );
    for (const r of unsupplied(all.materials)) {
      if (!missing.some((m) => m.kind === r.kind)) missing.push({ kind: r.kind, reason: NOT_SUPPLIED });
    }
    form.setFieldValue('missing', missing);
  };

  return (
    <ActionShell<ReviewValues>
      props={props}
      form={form}
      initialValues={{
        result: initialMissing.length ? 'incomplete' : 'accept',
        materials: initialRows,
        missing: initialMissing,
      }}
      onValuesChange={(changed, all) => {
        if (changed.materials || changed.result === 'incomplete') syncMissing(all);
      }}
      okText={result === 'incomplete' ? t('case.review.issueNotice') : t('case.review.accept')}
      intro={
        view.notices.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('case.review.previousNotices', { count: view.notices.length })}
          />
        )
      }
      toPayload={(v) => ({
        result: v.result,
        materials: v.materials.map((m) => ({
          kind: m.kind,
          supplied: Boolean(m.supplied),
          originalSighted: Boolean(m.supplied && m.originalSighted),
        })),
        ...(v.result === 'incomplete'
          ? { missing: (v.missing ?? []).map((m) => ({ kind: m.kind, reason: (m.reason ?? '').trim() })) }
          : {}),
      })}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('case.review.checklist')}
      </Typography.Title>
      <Form.List name="materials">
        {(fields) => (
          <Flex vertical gap={0} className="checklist">
            {fields.map((field) => {
              const kind = initialRows[field.name]?.kind;
              const m = kind ? byKind.get(kind) : undefined;
              if (!kind || !m) return null;
              const status = MATERIAL_STATUS_LABELS[m.status];
              return (
                <Flex
                  key={field.key}
                  className="checklist-row"
                  gap={8}
                  wrap
                  align="center"
                  justify="space-between"
                >
                  <Form.Item name={[field.name, 'kind']} hidden noStyle>
                    <Input />
                  </Form.Item>
                  <Flex gap={6} align="center" wrap style={{ flex: '1 1 200px' }}>
                    <span>{materialLabel(kind, lang)}</span>
                    {!m.required && <Tag>{t('cases.material.optional')}</Tag>}
                    {m.status !== 'pending' && status && (
                      <Tag color={MATERIAL_STATUS_COLORS[m.status]}>{t(status)}</Tag>
                    )}
                  </Flex>
                  <Flex gap={12}>
                    <Form.Item name={[field.name, 'supplied']} valuePropName="checked" noStyle>
                      <Checkbox aria-label={`${materialLabel(kind, lang)} ${t('cases.material.supplied')}`}>
                        {t('cases.material.suppliedShort')}
                      </Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'originalSighted']} valuePropName="checked" noStyle>
                      <Checkbox
                        aria-label={`${materialLabel(kind, lang)} ${t('cases.material.originalSighted')}`}
                      >
                        {t('cases.material.sightedShort')}
                      </Checkbox>
                    </Form.Item>
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        )}
      </Form.List>
      <Divider />
      <Form.Item name="result" label={t('case.review.result')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'accept', label: t('case.review.result.accept') },
            { value: 'incomplete', label: t('case.review.result.incomplete') },
          ]}
        />
      </Form.Item>
      {result === 'accept' && stillMissing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.review.stillMissing', {
            items: stillMissing.map((r) => materialLabel(r.kind, lang)).join(lang === 'zh' ? '、' : ', '),
          })}
        />
      )}
      {result === 'incomplete' && (
        <>
          <Typography.Paragraph type="secondary">{t('case.review.missingHelp')}</Typography.Paragraph>
          <Form.List name="missing">
            {(fields, { add, remove }) => (
              <Flex vertical gap={0}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="flex-start" wrap className="missing-row">
                    <Form.Item
                      name={[field.name, 'kind']}
                      style={{ flex: '1 1 180px' }}
                      rules={[{ required: true, message: t('case.review.kind.required') }]}
                    >
                      <Select
                        aria-label={t('cases.material.name')}
                        options={view.materials.map((m) => ({
                          value: m.kind,
                          label: materialLabel(m.kind, lang),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reason']}
                      style={{ flex: '2 1 220px' }}
                      rules={[
                        { required: true, whitespace: true, message: t('case.review.reason.required') },
                      ]}
                    >
                      <Input
                        aria-label={t('case.review.reason')}
                        placeholder={t('case.review.reason')}
                        maxLength={200}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reason: '' })}>
                  {t('case.review.addMissing')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </>
      )}
    </ActionShell>
  );
}

interface SupplementValues {
  supplied: MaterialKind[];
}

/** 补正材料: what the applicant brought back; scans can be uploaded from the materials list. */
export function SupplementForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<SupplementValues>();
  const { view } = props;
  const lastNotice = view.notices.at(-1);
  const asked = new Set<string>(lastNotice?.items.map((i) => i.kind) ?? []);
  return (
    <ActionShell<SupplementValues>
      props={props}
      form={form}
      initialValues={{ supplied: view.materials.filter((m) => asked.has(m.kind)).map((m) => m.kind) }}
      intro={<Typography.Text type="secondary">{t('case.supplement.help')}</Typography.Text>}
      toPayload={(v) => ({ supplied: v.supplied ?? [] })}
    >
      <Form.Item
        name="supplied"
        label={t('case.supplement.supplied')}
        rules={[{ required: true, message: t('case.supplement.required') }]}
      >
        <Checkbox.Group>
          <Flex vertical gap={8}>
            {view.materials.map((m) => (
              <Checkbox key={m.kind} value={m.kind}>
                {materialLabel(m.kind, lang)}
                {asked.has(m.kind) && (
                  <Tag color="orange" style={{ marginInlineStart: 8 }}>
                    {t('case.supplement.asked')}
                  </Tag>
                )}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
    </ActionShell>
  );
}

/** 撤回申请: the reason is recorded and sent to the applicant. */
export function WithdrawForm(props: ActionFormProps) {
  const t = useI18n().t;
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ActionShell<{ reason: string }>
      props={props}
      form={form}
      danger
      intro={<Alert type="warning" showIcon title={t('case.withdraw.warning')} />}
      toPayload={(v) => ({ reason: v.reason.trim() })}
    >
      <Form.Item
        name="reason"
        label={t('case.withdraw.reason')}
        rules={[{ required: true, whitespace: true, message: t('case.withdraw.reason.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </ActionShell>
  );
}
