import { Card, Empty } from 'antd';
import { useT } from '../../i18n/i18n';

/**
 * The user's own queue. Each work list (cases awaiting my review, inspections due, overdue
 * deadlines…) becomes a section here once its API exists; until then the queue is honestly empty.
 */
export function MyWork() {
  const t = useT();
  return (
    <Card title={t('workbench.myWork')} style={{ height: '100%' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.myWork.empty')} />
    </Card>
  );
}
