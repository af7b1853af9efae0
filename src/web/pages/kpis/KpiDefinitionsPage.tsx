import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { KPI_DEFINITIONS } from '../../../domain/kpis/definitions';
import { PageContainer } from '../../components/PageContainer';
import { useI18n } from '../../i18n/i18n';
import { KIND_LABELS, type KpiDefinition } from './kpiFormat';

const KIND_COLORS: Record<KpiDefinition['kind'], string> = {
  rate: 'blue',
  mean: 'green',
  median: 'purple',
  count: 'default',
};

/** 指标说明: each KPI, what kind of figure it is and exactly how it is computed. */
export default function KpiDefinitionsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <PageContainer
      title={
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('kpi.backToDashboard')}
            title={t('kpi.backToDashboard')}
            onClick={() => (location.key === 'default' ? navigate('/kpis') : navigate(-1))}
          />
          {t('kpi.definitions')}
        </Flex>
      }
    >
      <Alert
        type="info"
        showIcon
        title={t('kpi.definitions.intro')}
        description={t('kpi.definitions.detail')}
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<KpiDefinition>
          rowKey="id"
          pagination={false}
          data-testid="kpi-definitions"
          dataSource={[...KPI_DEFINITIONS]}
          scroll={{ x: 900 }}
          columns={[
            { title: '#', key: 'n', width: 44, render: (_, __, i) => i + 1 },
            {
              title: t('kpi.col.kpi'),
              key: 'name',
              width: 260,
              render: (_, k) => (
                <Flex vertical>
                  <Typography.Text strong>{k.zh}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {k.en}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('kpi.kind'),
              dataIndex: 'kind',
              width: 100,
              render: (kind: KpiDefinition['kind']) => (
                <Tag color={KIND_COLORS[kind]}>{t(KIND_LABELS[kind])}</Tag>
              ),
            },
            { title: t('kpi.formula'), dataIndex: 'formula' },
            {
              title: t('kpi.col.id'),
              dataIndex: 'id',
              width: 220,
              render: (id: string) => (
                <Typography.Text className="mono" type="secondary" style={{ fontSize: 12 }}>
                  {id}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
