import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n/i18n';
import { ActionBar, ActionForm } from './actions/ActionBar';
import type { AvailableAction } from './actions/ActionShell';
import {
  CaseInfoCard,
  DisputeBanner,
  DocumentsCard,
  NoticesCard,
  ReadinessCard,
  RejectionCard,
  TimelineCard,
} from './CaseSections';
import { IMPLEMENTATION_STATES, ImplementationSection } from './ImplementationSection';
import { CASE_STATE_COLORS, caseStateLabel } from './labels';
import { MaterialsCard } from './MaterialsCard';
import { TracksSection } from './TracksSection';
import { useCase } from './useCase';
import './cases.css';

/** 销户申请详情: everything about one case, and one button per action the server offers this user. */
export default function CasePage() {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const { caseNo = '' } = useParams();
  const kase = useCase(caseNo);
  const [acting, setActing] = useState<AvailableAction>();
  const view = kase.data;
  // A withdrawn or rejected case will never be approved: its readiness list would only mislead.
  const ended = view?.state === 'withdrawn' || view?.state === 'rejected';
  // Past approval the list has done its job: the implementation cards take over.
  const approved = view !== undefined && IMPLEMENTATION_STATES.has(view.suspendedFrom ?? view.state);
  const showReadiness = !ended && !approved;

  const back = () => (location.key === 'default' ? navigate('/cases') : navigate(-1));

  return (
    <PageContainer
      title={
        <Flex align="center" gap={8} wrap>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('cases.backToList')}
            title={t('cases.backToList')}
            onClick={back}
          />
          <span>{t('case.title')}</span>
          <Typography.Text className="mono" style={{ fontSize: 18 }} copyable={{ text: caseNo }}>
            {caseNo}
          </Typography.Text>
          {view && (
            <Tag color={CASE_STATE_COLORS[view.state]} data-testid="case-state" style={{ fontSize: 14 }}>
              {caseStateLabel(view.state, lang)}
            </Tag>
          )}
          {view?.state === 'suspended' && view.suspendedFrom && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('case.suspendedFrom', { state: caseStateLabel(view.suspendedFrom, lang) })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Button icon={<ReloadOutlined />} loading={kase.loading && Boolean(view)} onClick={kase.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      {kase.error && !view ? (
        <ErrorAlert error={kase.error} onRetry={kase.reload} />
      ) : !view ? (
        <PageLoading />
      ) : (
        <>
          {kase.error && <ErrorAlert error={kase.error} onRetry={kase.reload} />}
          <DisputeBanner view={view} />
          <RejectionCard view={view} />
          <ActionBar view={view} onOpen={setActing} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={showReadiness ? 16 : 24}>
              <CaseInfoCard view={view} />
            </Col>
            {showReadiness && (
              <Col xs={24} xl={8}>
                <ReadinessCard view={view} />
              </Col>
            )}
          </Row>
          <ImplementationSection view={view} />
          <TracksSection view={view} />
          <MaterialsCard view={view} onChanged={kase.reload} />
          <NoticesCard view={view} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <DocumentsCard view={view} />
            </Col>
            <Col xs={24} xl={10}>
              <TimelineCard view={view} />
            </Col>
          </Row>
          {acting && (
            <ActionForm
              view={view}
              action={acting}
              onClose={() => setActing(undefined)}
              onDone={(updated) => {
                setActing(undefined);
                kase.replace(updated);
              }}
              onStale={() => {
                setActing(undefined);
                kase.reload();
              }}
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
