import { Button, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useDraftIssues, type DraftStore } from './draft-store'
import { errorsOfStep, type StepId } from './wizard-steps'

/** Why the last Next or Create did not go on. */
export type HeldBack = { kind: 'unreadable' } | { kind: 'step-errors'; step: StepId } | { kind: 'network-errors' }

interface HeldBackProps {
  drafts: DraftStore
  heldBack: HeldBack | undefined
  here: StepId
}

/** Why the wizard did not go on, while that still holds (the counts follow the user's fixes keystroke by keystroke). */
export function HeldBackStatus({ drafts, heldBack, here }: HeldBackProps) {
  const { t } = useTranslation()
  const issues = useDraftIssues(drafts)
  const errorCount = issues.filter((i) => i.severity === 'error').length
  const stepErrors = heldBack?.kind === 'step-errors' && heldBack.step === here ? errorsOfStep(issues, here).length : 0
  const text = heldBack?.kind === 'unreadable' ? t('wizard.heldBack.unreadable')
    : stepErrors > 0 ? t('wizard.heldBack.stepErrors', { count: stepErrors })
      : heldBack?.kind === 'network-errors' && here === 'review' && errorCount > 0 ? t('wizard.heldBack.networkErrors', { count: errorCount })
        : undefined
  return <Typography role="status" variant="body2" color="error" sx={{ flex: 1, px: 1 }}>{text}</Typography>
}

/** "Create with errors", offered once Create was held back by errors that are still there. */
export function CreateAnywayButton({ drafts, heldBack, onCreate }: Omit<HeldBackProps, 'here'> & { onCreate: () => void }) {
  const { t } = useTranslation()
  const hasErrors = useDraftIssues(drafts).some((i) => i.severity === 'error')
  if (heldBack?.kind !== 'network-errors' || !hasErrors) return null
  return <Button color="error" onClick={onCreate}>{t('wizard.createAnyway')}</Button>
}
