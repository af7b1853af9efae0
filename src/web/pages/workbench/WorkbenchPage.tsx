import { Card, Col, Flex, Row, Typography } from 'antd';
import { ROLE_LABELS } from '../../../domain/access/roles';
import { useCurrentUser } from '../../auth/auth';
import { hourInShanghai } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { MyWork } from './MyWork';
import { TodayCard } from './TodayCard';

function greetingKey(hour: number): MessageKey {
  if (hour < 5) return 'workbench.greeting.night';
  if (hour < 12) return 'workbench.greeting.morning';
  if (hour < 18) return 'workbench.greeting.afternoon';
  return 'workbench.greeting.evening';
}

export default function WorkbenchPage() {
  const user = useCurrentUser();
  const { lang, t } = useI18n();
  const scope = user.branch?.name ?? t('shell.companyWide');

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t(greetingKey(hourInShanghai()), { name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {ROLE_LABELS[user.role][lang]} · {t('workbench.scope', { scope })}
        </Typography.Text>
      </Card>
      <MyWork />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <TodayCard />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('workbench.duties')} style={{ height: '100%' }}>
            <Typography.Paragraph style={{ margin: 0 }}>{t(`duty.${user.role}`)}</Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
