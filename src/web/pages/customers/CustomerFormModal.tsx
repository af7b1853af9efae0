import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Flex, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { isCompanyWide } from '../../../domain/access/roles';
import type { CreateCustomerBody, Customer } from '../../../domain/contracts/customers';
import type { Branch } from '../../../domain/contracts/users';
import {
  CUSTOMER_TYPE_LABELS,
  CUSTOMER_TYPES,
  type CustomerType,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  type FacilityKind,
  METER_KIND_LABELS,
  METER_KINDS,
  type MeterKind,
} from '../../../domain/customers/customer-types';
import { ID_TYPES, type IdType } from '../../../domain/identity/id-document';
import { api } from '../../api';
import { useCurrentUser } from '../../auth/auth';
import { applyFieldErrors, describeError } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';
import { idTypeLabel } from './labels';

interface FacilityValues {
  facility: FacilityKind;
  meterKind?: MeterKind;
  serialNo?: string;
}

interface Values {
  type: CustomerType;
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  address: string;
  outlet?: string;
  gasCertificateNo?: string;
  facilities: FacilityValues[];
}

/** Errors the server reports by code alone, and the field each one is about. */
const CODE_FIELDS = { INVALID_ID_NUMBER: 'idNumber', INVALID_PHONE: 'phone' };

export function CustomerFormModal({
  branches,
  onClose,
  onCreated,
}: {
  branches: Branch[];
  onClose: () => void;
  onCreated: (customer: Customer) => void;
}) {
  const { lang, t } = useI18n();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const companyWide = isCompanyWide(user.role);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const initialValues: Partial<Values> = {
    type: 'residential',
    idType: 'resident_id',
    outlet: user.branch?.code ?? branches[0]?.code,
    facilities: [{ facility: 'meter' }],
  };

  const submit = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    const body: CreateCustomerBody = {
      type: values.type,
      name: values.name.trim(),
      idType: values.idType,
      idNumber: values.idNumber.trim(),
      phone: values.phone.trim(),
      address: values.address.trim(),
      // Outlet staff always create in their own outlet; the server fills it in.
      ...(companyWide && values.outlet ? { outlet: values.outlet } : {}),
      ...(values.gasCertificateNo?.trim() ? { gasCertificateNo: values.gasCertificateNo.trim() } : {}),
      facilities: (values.facilities ?? []).map((f) => ({
        facility: f.facility,
        serialNo: (f.serialNo ?? '').trim(),
        ...(f.facility === 'meter' && f.meterKind ? { meterKind: f.meterKind } : {}),
      })),
    };
    try {
      const created = await api.post<Customer>('/customers', body);
      message.success(t('customers.created', { accountNo: created.accountNo }));
      onCreated(created);
    } catch (e) {
      if (!applyFieldErrors(form, e, CODE_FIELDS)) setError(describeError(e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={780}
      title={t('customers.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // Businesses usually identify with their credit code, households with an ID card.
          if (changed.type && !form.getFieldValue('idNumber')) {
            form.setFieldValue('idType', changed.type === 'residential' ? 'resident_id' : 'uscc');
          }
        }}
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="type" label={t('customers.col.type')} rules={[{ required: true }]}>
              <Select
                options={CUSTOMER_TYPES.map((k) => ({ value: k, label: CUSTOMER_TYPE_LABELS[k][lang] }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('customers.col.name')}
              rules={[{ required: true, whitespace: true, message: t('customers.required.name') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="idType" label={t('customers.field.idType')} rules={[{ required: true }]}>
              <Select options={ID_TYPES.map((k) => ({ value: k, label: idTypeLabel(k, lang) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="idNumber"
              label={t('customers.col.idNumber')}
              rules={[{ required: true, whitespace: true, message: t('customers.required.idNumber') }]}
            >
              <Input className="mono" maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="phone"
              label={t('customers.col.phone')}
              rules={[{ required: true, whitespace: true, message: t('customers.required.phone') }]}
            >
              <Input className="mono" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="address"
              label={t('customers.col.address')}
              rules={[{ required: true, whitespace: true, message: t('customers.required.address') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="outlet"
              label={t('customers.col.outlet')}
              extra={companyWide ? undefined : t('customers.outletFixed')}
              rules={[{ required: companyWide, message: t('customers.required.outlet') }]}
            >
              <Select
                disabled={!companyWide}
                options={(companyWide || !user.branch
                  ? branches
                  : [{ code: user.branch.code, name: user.branch.name }]
                ).map((b) => ({ value: b.code, label: b.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="gasCertificateNo" label={t('customers.field.gasCertificateNo')}>
              <Input className="mono" maxLength={40} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" style={{ marginTop: 4 }}>
          {t('customers.facilities')}
        </Divider>
        <Form.List name="facilities">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.length === 0 && (
                <Typography.Text type="secondary" style={{ marginBottom: 12 }}>
                  {t('customers.facilities.none')}
                </Typography.Text>
              )}
              {fields.map((field) => (
                <FacilityRow key={field.key} name={field.name} onRemove={() => remove(field.name)} />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ facility: fields.length === 0 ? 'meter' : 'pipe' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('customers.facilities.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      </Form>
    </Modal>
  );
}

function FacilityRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { lang, t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch(['facilities', name, 'facility'], form);
  return (
    <Flex gap={8} align="flex-start">
      <Form.Item name={[name, 'facility']} style={{ width: 130 }} rules={[{ required: true }]}>
        <Select
          aria-label={t('customers.facility.kind')}
          options={FACILITY_KINDS.map((k) => ({ value: k, label: FACILITY_KIND_LABELS[k][lang] }))}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'meterKind']}
        style={{ width: 170 }}
        hidden={kind !== 'meter'}
        rules={[{ required: kind === 'meter', message: t('customers.required.meterKind') }]}
      >
        <Select
          aria-label={t('customers.facility.meterKind')}
          placeholder={t('customers.facility.meterKind')}
          options={METER_KINDS.map((k) => ({ value: k, label: METER_KIND_LABELS[k][lang] }))}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'serialNo']}
        style={{ flex: 1 }}
        rules={[{ required: true, whitespace: true, message: t('customers.required.serialNo') }]}
      >
        <Input
          className="mono"
          maxLength={40}
          aria-label={t('customers.facility.serialNo')}
          placeholder={t(kind === 'meter' ? 'customers.facility.meterSerial' : 'customers.facility.serialNo')}
        />
      </Form.Item>
      <Button
        type="text"
        icon={<DeleteOutlined />}
        aria-label={t('common.delete')}
        title={t('common.delete')}
        onClick={onRemove}
      />
    </Flex>
  );
}
