import { Col, Descriptions, Flex, Row, Typography } from 'antd';
import type { AuditEntry } from '../../../domain/contracts/audit';
import { JsonView } from '../../components/JsonView';
import { useT } from '../../i18n/i18n';

export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <JsonView value={entry.before} />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <JsonView value={entry.after} />
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'prev',
            label: t('audit.prevHash'),
            children: (
              <Typography.Text className="mono" copyable>
                {entry.prevHash}
              </Typography.Text>
            ),
          },
          {
            key: 'hash',
            label: t('audit.hash'),
            children: (
              <Typography.Text className="mono" copyable>
                {entry.hash}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Flex>
  );
}
