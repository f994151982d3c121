import { useEffect, useRef } from 'react'
import { List, ListItem, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material'
import ErrorIcon from '@mui/icons-material/ErrorOutlined'
import InfoIcon from '@mui/icons-material/InfoOutlined'
import WarningIcon from '@mui/icons-material/WarningAmber'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../core'
import { useIssueMessage } from './use-issue-message'
import { ShowMoreButton, usePaged } from './paged-list'

const ORDER = { error: 0, warning: 1, info: 2 } as const
/** Rows drawn at first: a large imported design has thousands of findings. */
const PAGE = 100

/** The icon of a severity, coloured. */
export function SeverityIcon({ severity }: { severity: Issue['severity'] }) {
  if (severity === 'error') return <ErrorIcon color="error" fontSize="small" />
  if (severity === 'warning') return <WarningIcon color="warning" fontSize="small" />
  return <InfoIcon color="info" fontSize="small" />
}

interface Props {
  issues: readonly Issue[]
  /** Where each issue is ("lan-a › config.master"). */
  locate?: (issue: Issue) => string
  onPick?: (issue: Issue) => void
  /** The row shown as chosen (highlighted, scrolled into view when `picked.nonce` changes). */
  picked?: { isPicked: (issue: Issue) => boolean; nonce: number }
  dense?: boolean
}

/** Issues, errors first; each row can jump to its field. */
export function IssueRows({ issues, locate, onPick, picked, dense }: Props) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const pickedRow = useRef<HTMLDivElement>(null)
  // each new pick brings its row into view (only the list scrolls: the focus stays where the jump put it); a block
  // body, since Chromium's scrollIntoView returns a promise, which React would take for a clean-up
  useEffect(() => {
    pickedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [picked?.nonce])
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  const rows = usePaged(sorted, PAGE, picked ? sorted.findIndex(picked.isPicked) : -1)
  if (issues.length === 0) return <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>{t('issuesPanel.none')}</Typography>
  return (
    <>
      <List dense={dense} disablePadding>
        {rows.shown.map((issue, index) => {
          const content = (
            <>
              <ListItemIcon sx={{ minWidth: 30 }}><SeverityIcon severity={issue.severity} /></ListItemIcon>
              <ListItemText primary={message(issue)}
                secondary={<>{t(`severity.${issue.severity}`)} · <code>{issue.code}</code>{locate && locate(issue) !== '' ? ` · ${locate(issue)}` : ''}</>}
                slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }} />
            </>
          )
          const key = `${issue.code}-${issue.field}-${index}`
          const isPicked = picked?.isPicked(issue) ?? false
          return onPick
            ? (
              <ListItem key={key} disablePadding>
                <ListItemButton ref={isPicked ? pickedRow : undefined} selected={isPicked} aria-current={isPicked || undefined}
                  onClick={() => onPick(issue)} sx={{ alignItems: 'flex-start' }}>{content}</ListItemButton>
              </ListItem>
            )
            : <ListItem key={key} sx={{ alignItems: 'flex-start' }}>{content}</ListItem>
        })}
      </List>
      <ShowMoreButton paged={rows} sx={{ px: 1, pb: 1 }}>{t('issuesPanel.showMore', { count: rows.more, left: rows.left })}</ShowMoreButton>
    </>
  )
}
