import { Typography } from 'antd';
import { useT } from '../i18n/i18n';

export function JsonView({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <pre className="json-view">
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}
