import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CalendarOverrideBody } from '../../../domain/contracts/calendar';
import { api } from '../../api';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useT } from '../../i18n/i18n';

/** What the modal edits: a fixed date (clicked in the grid) or a date still to choose. */
export interface OverrideDraft {
  date?: string;
  kind: CalendarOverrideBody['kind'];
  name?: string;
}

interface Props {
  year: number;
  draft: OverrideDraft;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  /** Only when adding: holidays come in runs (春节 is 8–9 days), so a range is entered at once. */
  dates?: [Dayjs, Dayjs];
  kind: CalendarOverrideBody['kind'];
  name?: string;
}

export function OverrideModal({ year, draft, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const save = async (values: Values) => {
    const dates = draft.date ? [draft.date] : datesBetween(values.dates);
    const first = dates[0];
    const last = dates[dates.length - 1];
    if (!first || !last) return;
    setSaving(true);
    setError(undefined);
    const body: CalendarOverrideBody = { kind: values.kind, name: values.name?.trim() || undefined };
    try {
      // One request per day, in order; a failure stops the run and says which day it reached.
      for (const date of dates) await api.put(`/calendar/overrides/${date}`, body);
      message.success(
        dates.length === 1
          ? t('calendar.override.saved', { date: first })
          : t('calendar.override.savedRange', { from: first, to: last, count: dates.length }),
      );
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
      title={draft.date ? t('calendar.override.title', { date: draft.date }) : t('calendar.override.add')}
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
        initialValues={{ kind: draft.kind, name: draft.name }}
        onFinish={save}
        style={{ marginTop: 16 }}
      >
        {!draft.date && (
          <Form.Item
            name="dates"
            label={t('calendar.override.dates')}
            extra={t('calendar.override.datesHint')}
            rules={[{ required: true, message: t('calendar.override.dateRequired') }]}
          >
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-02-01`)]}
              disabledDate={(d) => d.year() !== year}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('calendar.override.kind')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: t('calendar.override.kind.holiday') },
              { value: 'workday', label: t('calendar.override.kind.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.override.name')}>
          <Input maxLength={40} placeholder={t('calendar.override.namePlaceholder')} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

function datesBetween(range: [Dayjs, Dayjs] | undefined): string[] {
  if (!range) return [];
  const dates: string[] = [];
  for (let d = range[0].startOf('day'); !d.isAfter(range[1], 'day'); d = d.add(1, 'day')) {
    dates.push(d.format('YYYY-MM-DD'));
  }
  return dates;
}
