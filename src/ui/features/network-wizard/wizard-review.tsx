import { useMemo } from 'react'
import { Box, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { emitNadYaml, type Issue } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import { useDraft, useDraftIssues, type DraftStore } from './draft-store'

/** The last step: the draft's issues (each jumps to its field) and the NAD YAML it makes; rendered on that step only. */
export function WizardReview({ drafts, onPick }: { drafts: DraftStore; onPick: (issue: Issue) => void }) {
  const { t } = useTranslation()
  const draft = useDraft(drafts)
  const issues = useDraftIssues(drafts)
  const yaml = useMemo(() => (draft ? emitNadYaml(draft) : ''), [draft])
  return (
    <Stack spacing={2}>
      <Typography variant="h2" component="h3">{t('wizard.reviewIssues', { count: issues.length })}</Typography>
      <IssueRows issues={issues} dense locate={(i) => i.field} onPick={onPick} />
      <Typography variant="h2" component="h3">{t('wizard.reviewYaml')}</Typography>
      <Box component="pre" aria-label={t('wizard.reviewYaml')} tabIndex={0}
        sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, overflow: 'auto', fontFamily: 'monospace' }}>
        {yaml}
      </Box>
    </Stack>
  )
}
