import { useMemo, useState } from 'react'
import { Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../../core'
import { countBySeverity, useDeferredProject, useProjectIssues } from '../../state/derived'
import { issueKey } from '../../state/issue-key'
import { useActions, useDesigner } from '../../state/store-context'
import { IssueRows } from '../../shared/issue-rows'
import { issuePlace, jumpToIssue } from '../../shared/jump-to-issue'
import { ProjectIssueDialog } from './project-issue-dialog'

type Filter = 'all' | 'error' | 'warning'

/** Every issue of the project; a click goes to its field, its node NIC, or explains a project-wide note. */
export function IssuesPanel() {
  const { t } = useTranslation()
  const actions = useActions()
  const project = useDeferredProject()
  const issues = useProjectIssues()
  const [filter, setFilter] = useState<Filter>('all')
  const [explained, setExplained] = useState<Issue>()
  const pickedIssue = useDesigner((s) => s.pickedIssue)
  const counts = countBySeverity(issues)
  // an issue picked on the diagram that the filter hides shows the whole list again
  const [pickSeen, setPickSeen] = useState(pickedIssue)
  if (pickSeen !== pickedIssue) {
    setPickSeen(pickedIssue)
    const issue = issues.find((candidate) => issueKey(candidate) === pickedIssue?.key)
    if (issue && filter !== 'all' && issue.severity !== filter) setFilter('all')
  }
  const shown = useMemo(() => (filter === 'all' ? issues : issues.filter((i) => i.severity === filter)), [issues, filter])
  const picked = useMemo(() => pickedIssue && { isPicked: (issue: Issue) => issueKey(issue) === pickedIssue.key, nonce: pickedIssue.nonce }, [pickedIssue])
  const rows = useMemo(() => (
    <IssueRows issues={shown} dense locate={(issue) => issuePlace(project, issue, t)} picked={picked}
      onPick={(issue) => {
        actions.pickIssue(issue)
        jumpToIssue(issue, actions, setExplained)
      }} />
  ), [shown, project, actions, t, picked])
  return (
    <Box component="section" aria-labelledby="issues-title" id="issues-panel" tabIndex={-1} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', px: 1.5, py: 1 }}>
        <Typography id="issues-title" variant="h2" sx={{ mr: 'auto' }}>{t('issuesPanel.title', { count: issues.length })}</Typography>
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_, v: Filter | null) => v && setFilter(v)} aria-label={t('issuesPanel.filter')}>
          <ToggleButton value="all">{t('issuesPanel.all')}</ToggleButton>
          <ToggleButton value="error">{t('issuesPanel.errors', { count: counts.error })}</ToggleButton>
          <ToggleButton value="warning">{t('issuesPanel.warnings', { count: counts.warning })}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Box sx={{ overflow: 'auto', flex: 1 }}>
        {rows}
      </Box>
      <ProjectIssueDialog issue={explained} networks={project.networks} onClose={() => setExplained(undefined)}
        onNetwork={(network, field) => { setExplained(undefined); actions.focusField({ kind: 'network', id: network.id }, field) }} />
    </Box>
  )
}
