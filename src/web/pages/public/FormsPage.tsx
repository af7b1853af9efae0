import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { requiredMaterials } from '../../../domain/closure/materials';
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPES } from '../../../domain/customers/customer-types';
import { useI18n } from '../../i18n/i18n';
import { materialLabel } from '../cases/labels';

/** 申请表下载: the form for each customer type, with the papers to bring or post with it. */
export default function FormsPage() {
  const { lang, t } = useI18n();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('public.forms.title')}
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title={t('public.forms.howTo')}
        description={t('public.forms.howToDetail')}
      />
      <Row gutter={[16, 16]}>
        {CUSTOMER_TYPES.map((type) => (
          <Col xs={24} md={8} key={type}>
            <Card
              style={{ height: '100%' }}
              data-testid={`form-${type}`}
              title={
                <Flex gap={8} align="center">
                  <FilePdfOutlined style={{ color: '#cf1322' }} />
                  {t('public.forms.formFor', { type: CUSTOMER_TYPE_LABELS[type][lang] })}
                </Flex>
              }
            >
              <Flex vertical gap={12}>
                <Typography.Text strong>{t('public.forms.materials')}</Typography.Text>
                <ul className="plain-list">
                  {requiredMaterials(type, false).map((m) => (
                    <li key={m.kind}>{materialLabel(m.kind, lang)}</li>
                  ))}
                </ul>
                <a href={`/api/public/application-forms/${type}`} target="_blank" rel="noreferrer" download>
                  <Button type="primary" icon={<DownloadOutlined />} block>
                    {t('public.forms.download')}
                  </Button>
                </a>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('public.forms.agent')}>
        <Typography.Text>
          {t('public.forms.agentDetail', {
            items: requiredMaterials('residential', true)
              .filter((m) => m.kind === 'power_of_attorney' || m.kind === 'agent_id')
              .map((m) => materialLabel(m.kind, lang))
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </Typography.Text>
      </Card>
    </Flex>
  );
}
