import { ArrowLeftOutlined, FileProtectOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type {
  ClosureEligibility,
  Customer,
  Ledger,
  RevealedIdentity,
} from '../../../domain/contracts/customers';
import { can, useCurrentUser } from '../../auth/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { useT } from '../../i18n/i18n';
import { useApiQuery } from '../../useApiQuery';
import { ArrearsPlansCard } from './ArrearsPlansCard';
import { CustomerHeaderCard } from './CustomerHeaderCard';
import { EligibilityCard } from './EligibilityCard';
import { FacilitiesCard } from './FacilitiesCard';
import { LedgerCard } from './LedgerCard';

export default function CustomerDetailPage() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { accountNo = '' } = useParams();
  const base = `/customers/${encodeURIComponent(accountNo)}`;
  const customer = useApiQuery<Customer>(base);
  const eligibility = useApiQuery<ClosureEligibility>(`${base}/closure-eligibility`);
  const ledger = useApiQuery<Ledger>(can(user, 'ledger.read') ? `${base}/ledger` : null);
  const [revealedIdentity, setRevealed] = useState<RevealedIdentity>();
  // A full number revealed for one customer is never shown on the next one opened.
  const revealed = revealedIdentity?.accountNo === customer.data?.accountNo ? revealedIdentity : undefined;

  // Back keeps the search and page the user came from; a directly opened link goes to the search.
  const back = () => (location.key === 'default' ? navigate('/customers') : navigate(-1));
  const reloadAll = () => {
    customer.reload();
    eligibility.reload();
    ledger.reload();
  };
  /** Money changed: the ledger answered with its new state, and arrears decide eligibility. */
  const ledgerChanged = () => {
    ledger.reload();
    eligibility.reload();
  };

  return (
    <PageContainer
      title={
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('customers.backToSearch')}
            title={t('customers.backToSearch')}
            onClick={back}
          />
          {t('customers.detail.title')}
        </Flex>
      }
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={reloadAll}>
            {t('common.refresh')}
          </Button>
          {can(user, 'cases.create') && customer.data?.status === 'active' && (
            <Button
              type="primary"
              icon={<FileProtectOutlined />}
              onClick={() =>
                navigate(`/cases/new?accountNo=${encodeURIComponent(customer.data?.accountNo ?? '')}`)
              }
            >
              {t('cases.create')}
            </Button>
          )}
        </>
      }
    >
      {customer.error ? (
        <ErrorAlert error={customer.error} onRetry={customer.reload} />
      ) : !customer.data ? (
        <PageLoading />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <CustomerHeaderCard
                customer={customer.data}
                revealed={revealed}
                onRevealed={setRevealed}
                onHide={() => setRevealed(undefined)}
                onSaved={customer.reload}
              />
            </Col>
            <Col xs={24} xl={9}>
              <EligibilityCard query={eligibility} />
            </Col>
          </Row>
          <FacilitiesCard facilities={customer.data.facilities} />
          <ArrearsPlansCard plans={customer.data.arrearsPlans} />
          {can(user, 'ledger.read') && (
            <LedgerCard accountNo={customer.data.accountNo} query={ledger} onChanged={ledgerChanged} />
          )}
        </>
      )}
    </PageContainer>
  );
}
