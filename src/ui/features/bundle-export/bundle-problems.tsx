import { Alert, Box, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue, Project } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import { hasIssuePlace, issuePlace } from '../../shared/jump-to-issue'

interface Props {
  project: Project
  errors: readonly Issue[]
  warnings: readonly Issue[]
  onJump: (issue: Issue) => void
}

/** Issues with a field, NIC or kept object to go to (clickable), then the project-wide ones (read only). */
function IssueList({ issues, place, onJump }: { issues: readonly Issue[]; place: (issue: Issue) => string; onJump: (issue: Issue) => void }) {
  const placed = issues.filter(hasIssuePlace)
  const projectWide = issues.filter((issue) => !hasIssuePlace(issue))
  return (
    <>
      {placed.length > 0 && <IssueRows dense issues={placed} locate={place} onPick={onJump} />}
      {projectWide.length > 0 && <IssueRows dense issues={projectWide} locate={place} />}
    </>
  )
}

/** What blocks the bundle, each error with its object and message (a click goes to it), and the warnings, which never block. */
export function BundleProblems({ project, errors, warnings, onJump }: Props) {
  const { t } = useTranslation()
  const place = (issue: Issue) => issuePlace(project, issue, t)
  return (
    <Stack spacing={1}>
      {errors.length > 0 && (
        <Box component="section" aria-label={t('bundleExport.errorList')}>
          <Alert severity="error">{t('bundleExport.errors', { count: errors.length })}</Alert>
          <Box sx={{ maxHeight: 240, overflow: 'auto' }}>
            <IssueList issues={errors} place={place} onJump={onJump} />
          </Box>
        </Box>
      )}
      {warnings.length > 0 && (
        <Box component="section" aria-label={t('bundleExport.warningList')}>
          <Alert severity="warning">{t('bundleExport.warnings', { count: warnings.length })}</Alert>
          <Box sx={{ maxHeight: 160, overflow: 'auto' }}>
            <IssueList issues={warnings} place={place} onJump={onJump} />
          </Box>
        </Box>
      )}
    </Stack>
  )
}
