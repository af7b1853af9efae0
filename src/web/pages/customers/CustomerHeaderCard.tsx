import { EditOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Customer, RevealedIdentity } from '../../../domain/contracts/customers';
import { ACCOUNT_STATUS_LABELS, CUSTOMER_TYPE_LABELS } from '../../../domain/customers/customer-types';
import { can, useCurrentUser } from '../../auth/auth';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { ContactEditModal } from './ContactEditModal';
import { idTypeLabel, STATUS_COLORS } from './labels';
import { RevealIdentityModal } from './RevealIdentityModal';

/** Who the customer is and how to reach them; full identity numbers only on an audited request. */
export function CustomerHeaderCard({
  customer,
  revealed,
  onRevealed,
  onHide,
  onSaved,
}: {
  customer: Customer;
  revealed: RevealedIdentity | undefined;
  onRevealed: (identity: RevealedIdentity) => void;
  onHide: () => void;
  onSaved: () => void;
}) {
  const { lang, t } = useI18n();
  const user = useCurrentUser();
  const [revealing, setRevealing] = useState(false);
  const [editing, setEditing] = useState(false);
  const canReveal = can(user, 'customers.revealIdentity');
  const canEdit = can(user, 'customers.write') && customer.status !== 'closed';

  return (
    <Card
      style={{ height: '100%' }}
      title={
        <Flex align="center" gap={10} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-name">
            {customer.name}
          </Typography.Title>
          <Tag color="blue" variant="filled">
            {CUSTOMER_TYPE_LABELS[customer.type][lang]}
          </Tag>
          <Tag color={STATUS_COLORS[customer.status]}>{ACCOUNT_STATUS_LABELS[customer.status][lang]}</Tag>
        </Flex>
      }
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('customers.editContact')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'accountNo',
              label: t('customers.col.accountNo'),
              children: (
                <Typography.Text className="mono" copyable>
                  {customer.accountNo}
                </Typography.Text>
              ),
            },
            { key: 'outlet', label: t('customers.col.outlet'), children: customer.outlet.name },
            {
              key: 'id',
              label: idTypeLabel(customer.idType, lang),
              span: 2,
              children: (
                <Flex align="center" gap={8} wrap>
                  <span className="mono" data-testid="customer-id-number">
                    {revealed?.idNumber ?? customer.idNumber}
                  </span>
                  {canReveal &&
                    (revealed ? (
                      <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={onHide}>
                        {t('customers.reveal.hide')}
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        type="link"
                        icon={<EyeOutlined />}
                        onClick={() => setRevealing(true)}
                      >
                        {t('customers.reveal.button')}
                      </Button>
                    ))}
                </Flex>
              ),
            },
            {
              key: 'phone',
              label: t('customers.col.phone'),
              children: <span className="mono">{revealed?.phone ?? customer.phone}</span>,
            },
            {
              key: 'gasCertificateNo',
              label: t('customers.field.gasCertificateNo'),
              children: customer.gasCertificateNo ? (
                <span className="mono">{customer.gasCertificateNo}</span>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              ),
            },
            { key: 'address', label: t('customers.col.address'), span: 2, children: customer.address },
            {
              key: 'createdAt',
              label: t('customers.field.createdAt'),
              children: formatDateTime(customer.createdAt),
            },
            ...(customer.closedOn
              ? [{ key: 'closedOn', label: t('customers.field.closedOn'), children: customer.closedOn }]
              : []),
          ]}
        />
        {revealed && <Alert type="warning" showIcon title={t('customers.reveal.logged')} />}
      </Flex>
      {revealing && (
        <RevealIdentityModal
          accountNo={customer.accountNo}
          onClose={() => setRevealing(false)}
          onRevealed={(identity) => {
            setRevealing(false);
            onRevealed(identity);
          }}
        />
      )}
      {editing && (
        <ContactEditModal
          customer={customer}
          onClose={() => setEditing(false)}
          onConflict={onSaved}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      )}
    </Card>
  );
}
