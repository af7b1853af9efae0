import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Divider,
  Flex,
  Form,
  Image,
  Input,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDocument } from '../../../../domain/contracts/cases';
import type { Customer } from '../../../../domain/contracts/customers';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../../../../domain/customers/customer-types';
import { useCurrentUser } from '../../../auth/auth';
import { todayInShanghai } from '../../../format';
import { useI18n } from '../../../i18n/i18n';
import { useApiQuery } from '../../../useApiQuery';
import { PHOTO_ACCEPT, UploadButton, useUploadLimitMb } from '../documents';
import {
  CONDITION_LABELS,
  CONDITIONS,
  type Condition,
  INSPECTION_FACILITIES,
  type InspectionFacility,
} from '../labels';
import { type ActionFormProps, ActionShell, usePhone } from './ActionShell';

interface ScheduleValues {
  scheduledFor: Dayjs;
  inspector?: string;
}

/** 预约上门检查: the day and the inspector (by username; an inspector schedules themself by default). */
export function ScheduleInspectionForm(props: ActionFormProps) {
  const t = useI18n().t;
  const user = useCurrentUser();
  const [form] = Form.useForm<ScheduleValues>();
  const isInspector = user.role === 'inspector';
  const pending = props.view.tracks.safety.inspections.find((i) => !i.performedOn);
  const today = dayjs(todayInShanghai());
  return (
    <ActionShell<ScheduleValues>
      props={props}
      form={form}
      initialValues={{
        scheduledFor: pending ? dayjs(pending.scheduledFor) : today,
        inspector: pending?.inspector ?? (isInspector ? user.username : ''),
      }}
      intro={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t('case.schedule.address', { address: props.view.customer.address })}
          </Typography.Text>
          {pending && (
            <Alert
              type="info"
              showIcon
              title={t('case.schedule.reschedule', {
                date: pending.scheduledFor,
                inspector: pending.inspector,
              })}
            />
          )}
        </Flex>
      }
      toPayload={(v) => ({
        scheduledFor: v.scheduledFor.format('YYYY-MM-DD'),
        ...(v.inspector?.trim() ? { inspector: v.inspector.trim() } : {}),
      })}
    >
      <Form.Item
        name="scheduledFor"
        label={t('case.schedule.date')}
        rules={[{ required: true, message: t('case.schedule.date.required') }]}
      >
        <DatePicker
          format="YYYY-MM-DD"
          allowClear={false}
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(today, 'day')}
        />
      </Form.Item>
      <Form.Item
        name="inspector"
        label={t('case.schedule.inspector')}
        extra={t(isInspector ? 'case.schedule.inspector.self' : 'case.schedule.inspector.help')}
        rules={[{ required: !isInspector, whitespace: true, message: t('case.schedule.inspector.required') }]}
      >
        <Input className="mono" maxLength={64} autoComplete="off" />
      </Form.Item>
    </ActionShell>
  );
}

interface ItemValues {
  facility: InspectionFacility;
  condition: Condition;
  note?: string;
}
interface HazardValues {
  description?: string;
  facility?: InspectionFacility;
}
interface InspectionValues {
  items: ItemValues[];
  result: 'pass' | 'hazard';
  hazards: HazardValues[];
  photos: string[];
  note?: string;
}

/** The record covers pipes, valves, meters and connectors; the inspector can add others. */
const DEFAULT_ITEMS: ItemValues[] = (['pipe', 'valve', 'meter', 'connector'] as const).map((facility) => ({
  facility,
  condition: 'ok',
  note: '',
}));

function facilityLabel(kind: string | undefined, lang: 'zh' | 'en'): string {
  return kind ? (FACILITY_KIND_LABELS[kind as FacilityKind]?.[lang] ?? kind) : '';
}

/** Photos to attach: uploaded here or earlier, and not yet part of a recorded inspection. */
function PhotoPicker({ photos }: { photos: CaseDocument[] }) {
  const t = useI18n().t;
  if (photos.length === 0) {
    return <Typography.Text type="secondary">{t('case.inspection.noPhotos')}</Typography.Text>;
  }
  return (
    <Form.Item name="photos" noStyle>
      <Checkbox.Group style={{ width: '100%' }}>
        <Flex gap={10} wrap>
          {photos.map((p) => (
            <Checkbox key={p.id} value={p.id} className="photo-choice" aria-label={p.fileName}>
              <Image
                src={p.url}
                alt={p.fileName}
                width={84}
                height={84}
                preview={false}
                style={{ objectFit: 'cover', borderRadius: 4 }}
              />
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </Form.Item>
  );
}

/**
 * 录入安全检查记录, used on site on a phone: one column, large controls. Items per facility with
 * their condition, the result, each hazard, and photos (uploaded first, then ticked to attach).
 */
export function RecordInspectionForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const phone = usePhone();
  const [form] = Form.useForm<InspectionValues>();
  const { view } = props;
  const maxMb = useUploadLimitMb();
  const customer = useApiQuery<Customer>(`/customers/${encodeURIComponent(view.customer.accountNo)}`);
  const [uploaded, setUploaded] = useState<CaseDocument[]>([]);
  const result = Form.useWatch('result', form);

  const attached = new Set(view.tracks.safety.inspections.flatMap((i) => i.photoIds));
  const photos = [
    ...view.documents.filter((d) => d.kind === 'inspection_photo' && !attached.has(d.id)),
    ...uploaded.filter((u) => !view.documents.some((d) => d.id === u.id)),
  ];
  const serials = (facility: string) =>
    (customer.data?.facilities ?? [])
      .filter((f) => f.facility === facility && f.status === 'in_service')
      .map((f) => f.serialNo)
      .join(' / ');

  /** A faulty item makes the result a hazard, described from the items unless the inspector wrote hazards already. */
  const onValuesChange = (changed: Partial<InspectionValues>, all: InspectionValues) => {
    if (!changed.items) return;
    const faulty = (all.items ?? []).filter((i) => i && i.condition !== 'ok');
    if (faulty.length === 0) return;
    form.setFieldValue('result', 'hazard');
    const hazards = (all.hazards ?? []).filter((h) => h.description?.trim());
    if (hazards.length === 0) {
      form.setFieldValue(
        'hazards',
        faulty.map((i) => ({
          facility: i.facility,
          description: [
            `${FACILITY_KIND_LABELS[i.facility as FacilityKind]?.zh ?? i.facility}${
              { ok: '正常', leak: '漏气', damaged: '损坏', missing: '缺失' }[i.condition]
            }`,
            i.note?.trim(),
          ]
            .filter(Boolean)
            .join('：'),
        })),
      );
    }
  };

  return (
    <ActionShell<InspectionValues>
      props={props}
      form={form}
      initialValues={{ items: DEFAULT_ITEMS, result: 'pass', hazards: [], photos: [], note: '' }}
      onValuesChange={onValuesChange}
      intro={
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {view.customer.name} · <span className="mono">{view.customer.accountNo}</span>
          </Typography.Text>
          <Typography.Text type="secondary">{view.customer.address}</Typography.Text>
        </Flex>
      }
      toPayload={(v) => ({
        items: v.items.map((i) => ({
          facility: i.facility,
          condition: i.condition,
          note: (i.note ?? '').trim(),
        })),
        result: v.result,
        hazards:
          v.result === 'hazard'
            ? (v.hazards ?? []).map((h) => ({
                description: (h.description ?? '').trim(),
                ...(h.facility ? { facility: h.facility } : {}),
              }))
            : [],
        photos: v.photos ?? [],
        note: (v.note ?? '').trim(),
      })}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('case.inspection.items')}
      </Typography.Title>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field) => {
              const facility = form.getFieldValue(['items', field.name, 'facility']) as string | undefined;
              const serial = facility ? serials(facility) : '';
              return (
                <Card
                  key={field.key}
                  size="small"
                  className="inspection-item"
                  data-testid="inspection-item"
                  title={
                    <Form.Item name={[field.name, 'facility']} noStyle>
                      <Select
                        aria-label={t('case.safety.facility')}
                        variant="borderless"
                        style={{ minWidth: 120 }}
                        options={INSPECTION_FACILITIES.map((f) => ({
                          value: f,
                          label: facilityLabel(f, lang),
                        }))}
                      />
                    </Form.Item>
                  }
                  extra={
                    <Flex gap={4} align="center">
                      {serial && (
                        <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                          {serial}
                        </Typography.Text>
                      )}
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  }
                >
                  <Form.Item name={[field.name, 'condition']} style={{ marginBottom: 8 }}>
                    <Radio.Group
                      block
                      optionType="button"
                      buttonStyle="solid"
                      aria-label={t('case.safety.condition')}
                      options={CONDITIONS.map((c) => ({
                        value: c,
                        label: t(CONDITION_LABELS[c] ?? 'common.none'),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('case.inspection.itemNote')} maxLength={500} />
                  </Form.Item>
                </Card>
              );
            })}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ facility: 'other', condition: 'ok', note: '' })}
            >
              {t('case.inspection.addItem')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Divider />
      <Form.Item name="result" label={t('case.inspection.result')}>
        <Radio.Group
          block
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'pass', label: t('case.safety.pass') },
            { value: 'hazard', label: t('case.safety.hazard') },
          ]}
        />
      </Form.Item>
      {result === 'hazard' && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('case.inspection.hazardHelp')}
          />
          <Form.List name="hazards">
            {(fields, { add, remove }) => (
              <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                {fields.map((field, i) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('case.inspection.hazardN', { n: i + 1 })}
                    extra={
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(field.name)}
                      />
                    }
                  >
                    <Form.Item name={[field.name, 'facility']} label={t('case.safety.facility')}>
                      <Select
                        allowClear
                        options={INSPECTION_FACILITIES.map((f) => ({
                          value: f,
                          label: facilityLabel(f, lang),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      label={t('case.inspection.hazardDescription')}
                      style={{ marginBottom: 0 }}
                      rules={[
                        { required: true, whitespace: true, message: t('case.inspection.hazard.required') },
                      ]}
                    >
                      <Input.TextArea rows={2} maxLength={500} />
                    </Form.Item>
                  </Card>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('case.inspection.addHazard')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </>
      )}
      <Form.Item label={t('case.inspection.photos')} extra={t('case.inspection.photosHelp', { max: maxMb })}>
        <Flex vertical gap={12}>
          <UploadButton
            caseNo={view.caseNo}
            query="kind=inspection_photo"
            accept={PHOTO_ACCEPT}
            maxMb={maxMb}
            multiple
            block={phone}
            size={phone ? 'large' : 'middle'}
            label={t('case.inspection.uploadPhotos')}
            testId="upload-inspection-photo"
            onUploaded={(doc) => {
              setUploaded((list) => [...list, doc]);
              form.setFieldValue('photos', [
                ...((form.getFieldValue('photos') as string[] | undefined) ?? []),
                doc.id,
              ]);
            }}
          />
          <PhotoPicker photos={photos} />
        </Flex>
      </Form.Item>
      <Form.Item name="note" label={t('case.inspection.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}

/** 登记隐患整改完成: the customer says it is fixed; a re-inspection is then due. */
export function RecordRectificationForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const round = [...props.view.tracks.safety.inspections].reverse().find((i) => i.result === 'hazard');
  return (
    <ActionShell<{ note: string }>
      props={props}
      form={form}
      intro={
        round && (
          <Card size="small" title={t('case.rectification.order', { no: round.rectificationOrderNo ?? '—' })}>
            <Flex vertical gap={4}>
              {round.rectificationDue && (
                <Typography.Text type="secondary">
                  {t('case.safety.rectifyBy')}: <span className="mono">{round.rectificationDue}</span>
                </Typography.Text>
              )}
              <ol className="plain-list numbered">
                {round.hazards.map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: hazards of a round never change
                  <li key={i}>
                    {h.facility ? `${facilityLabel(h.facility, lang)}：` : ''}
                    {h.description}
                  </li>
                ))}
              </ol>
            </Flex>
          </Card>
        )
      }
      toPayload={(v) => ({ note: v.note.trim() })}
    >
      <Form.Item
        name="note"
        label={t('case.rectification.note')}
        extra={t('case.rectification.help')}
        rules={[{ required: true, whitespace: true, message: t('case.rectification.note.required') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} />
      </Form.Item>
    </ActionShell>
  );
}
