import { Alert, Button, Card, Drawer, Flex, Tooltip, Typography } from 'antd';
import type { ComponentType } from 'react';
import type { CaseView } from '../../../../domain/contracts/cases';
import { useI18n } from '../../../i18n/i18n';
import { type ActionFormProps, type AvailableAction, usePhone } from './ActionShell';
import { ArchiveForm, FollowUpForm } from './AfterClosureForms';
import { PreliminaryReviewForm, SupplementForm, WithdrawForm } from './ApplicationForms';
import {
  ApprovePlanForm,
  CheckFeesForm,
  IssueCertificateForm,
  ProposePlanForm,
  SignAgreementForm,
} from './FinanceForms';
import { ChooseRemovalForm, FinalizeForm, RecordRemovalForm, RecordSealingForm } from './ImplementationForms';
import {
  ApproveForm,
  ConfirmIntentForm,
  OpenDisputeForm,
  RejectForm,
  ResolveDisputeForm,
} from './ReviewForms';
import { RecordInspectionForm, RecordRectificationForm, ScheduleInspectionForm } from './SafetyForms';

/** One form per action of ACTION_PAYLOADS. */
const FORMS: Record<string, ComponentType<ActionFormProps>> = {
  'preliminary-review': PreliminaryReviewForm,
  'supplement-materials': SupplementForm,
  withdraw: WithdrawForm,
  'confirm-intent': ConfirmIntentForm,
  'schedule-inspection': ScheduleInspectionForm,
  'record-inspection': RecordInspectionForm,
  'record-rectification': RecordRectificationForm,
  'check-fees': CheckFeesForm,
  'propose-arrears-plan': ProposePlanForm,
  'approve-arrears-plan': ApprovePlanForm,
  'sign-repayment-agreement': SignAgreementForm,
  'issue-settlement-certificate': IssueCertificateForm,
  approve: ApproveForm,
  reject: RejectForm,
  'open-dispute': OpenDisputeForm,
  'resolve-dispute': ResolveDisputeForm,
  'choose-removal': ChooseRemovalForm,
  'record-removal': RecordRemovalForm,
  'record-sealing': RecordSealingForm,
  finalize: FinalizeForm,
  archive: ArchiveForm,
  'record-follow-up': FollowUpForm,
};

/** Actions that stop or reverse the case: shown in red, never as the obvious next step. */
const DESTRUCTIVE = new Set(['withdraw', 'reject']);
const SECONDARY = new Set(['withdraw', 'reject', 'open-dispute']);

/** An action the server offers but this version of the UI has no form for (a newer server). */
function NoForm(props: ActionFormProps) {
  const { lang, t } = useI18n();
  return (
    <Drawer open title={lang === 'zh' ? props.action.zh : props.action.en} onClose={props.onClose}>
      <Alert type="info" showIcon title={t('case.action.noForm')} />
    </Drawer>
  );
}

export function ActionForm(props: ActionFormProps) {
  const Form = FORMS[props.action.action] ?? NoForm;
  return <Form {...props} />;
}

/**
 * One button per action the server lists for this user, in its order: enabled when allowed,
 * disabled with the server's reason as a tooltip when blocked. The UI never decides on its own.
 */
export function ActionBar({ view, onOpen }: { view: CaseView; onOpen: (action: AvailableAction) => void }) {
  const { lang, t } = useI18n();
  const phone = usePhone();
  const actions = [...view.availableActions].sort(
    (a, b) => Number(SECONDARY.has(a.action)) - Number(SECONDARY.has(b.action)),
  );
  return (
    <Card size="small" data-testid="action-bar" title={t('case.actions')}>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('case.actions.none')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap vertical={phone}>
          {actions.map((a) => {
            const label = lang === 'zh' ? a.zh : a.en;
            const button = (
              <Button
                key={a.action}
                type={a.allowed && !SECONDARY.has(a.action) ? 'primary' : 'default'}
                danger={DESTRUCTIVE.has(a.action)}
                disabled={!a.allowed}
                size={phone ? 'large' : 'middle'}
                block={phone}
                onClick={() => onOpen(a)}
                data-testid={`action-${a.action}`}
                data-blocked={a.allowed ? undefined : a.blockedBy?.code}
              >
                {label}
              </Button>
            );
            return a.allowed ? (
              button
            ) : (
              <Tooltip key={a.action} title={a.blockedBy?.message ?? t('case.actions.blocked')}>
                {button}
              </Tooltip>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
