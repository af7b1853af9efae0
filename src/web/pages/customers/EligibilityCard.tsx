import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import type { ClosureEligibility } from '../../../domain/contracts/customers';
import { CHARGE_KIND_LABELS } from '../../../domain/ledger/ledger';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { ApiQuery } from '../../useApiQuery';

/** Short names of the blockers the server knows today; anything newer shows its code. */
const BLOCKER_LABELS: Record<string, MessageKey> = {
  ARREARS_OUTSTANDING: 'eligibility.blocker.ARREARS_OUTSTANDING',
  CASE_OPEN: 'eligibility.blocker.CASE_OPEN',
  ACCOUNT_CLOSED: 'eligibility.blocker.ACCOUNT_CLOSED',
  HAZARD_UNRESOLVED: 'eligibility.blocker.HAZARD_UNRESOLVED',
  DISPUTE_OPEN: 'eligibility.blocker.DISPUTE_OPEN',
};

type Blocker = ClosureEligibility['blockers'][number];

function BlockerItem({ blocker }: { blocker: Blocker }) {
  const { lang, t } = useI18n();
  const label = BLOCKER_LABELS[blocker.code];
  return (
    <Flex vertical gap={6} className="eligibility-blocker" data-testid="eligibility-blocker">
      <Flex gap={8} align="flex-start">
        <Tag color="error" style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {label ? t(label) : blocker.code}
        </Tag>
        <Typography.Text>{blocker.message}</Typography.Text>
      </Flex>
      {blocker.amounts && blocker.amounts.length > 0 && (
        <table className="amount-list">
          <tbody>
            {blocker.amounts.map((a) => (
              <tr key={a.kind}>
                <td>{CHARGE_KIND_LABELS[a.kind][lang]}</td>
                <td className="amount">{formatMoney(a.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Flex>
  );
}

/** 销户条件预检: what would stop this account from closing today, read before taking an application. */
export function EligibilityCard({ query }: { query: ApiQuery<ClosureEligibility> }) {
  const { t } = useI18n();
  const result = query.data;
  return (
    <Card
      style={{ height: '100%' }}
      title={t('eligibility.title')}
      data-testid="eligibility-card"
      extra={
        <Button size="small" icon={<ReloadOutlined />} loading={query.loading} onClick={query.reload}>
          {t('eligibility.recheck')}
        </Button>
      }
    >
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={query.reload} />
      ) : !result ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : (
        <Flex vertical gap={14}>
          {result.eligible ? (
            <Flex gap={10} align="flex-start">
              <CheckCircleFilled style={{ color: '#52c41a', fontSize: 22, marginTop: 2 }} />
              <Flex vertical>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {t('eligibility.eligible')}
                </Typography.Text>
                <Typography.Text type="secondary">{t('eligibility.eligibleDetail')}</Typography.Text>
              </Flex>
            </Flex>
          ) : (
            <>
              <Flex gap={10} align="flex-start">
                <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 22, marginTop: 2 }} />
                <Flex vertical>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {t('eligibility.notEligible')}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('eligibility.blockerCount', { count: result.blockers.length })}
                  </Typography.Text>
                </Flex>
              </Flex>
              {result.blockers.map((b) => (
                <BlockerItem key={b.code} blocker={b} />
              ))}
            </>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('eligibility.checkedAt', { at: formatDateTime(result.checkedAt) })}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
