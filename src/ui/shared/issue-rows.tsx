import { memo, useCallback, useEffect, useRef, type RefObject } from 'react'
import { List, ListItem, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material'
import ErrorIcon from '@mui/icons-material/ErrorOutlined'
import InfoIcon from '@mui/icons-material/InfoOutlined'
import WarningIcon from '@mui/icons-material/WarningAmber'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../core'
import { issueKey } from '../state/issue-key'
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

interface RowProps {
  issue: Issue
  place: string
  isPicked: boolean
  message: (issue: Issue) => string
  t: TFunction
  onPick?: (issue: Issue) => void
  rowRef?: RefObject<HTMLDivElement | null>
}

/**
 * One issue. Memoised: a keystroke changes a few of the project's issues (the rest keep their objects), so the list
 * redraws those rows, not hundreds.
 */
const IssueRow = memo(function IssueRow({ issue, place, isPicked, message, t, onPick, rowRef }: RowProps) {
  const content = (
    <>
      <ListItemIcon sx={{ minWidth: 30 }}><SeverityIcon severity={issue.severity} /></ListItemIcon>
      <ListItemText primary={message(issue)}
        secondary={<>{t(`severity.${issue.severity}`)} · <code>{issue.code}</code>{place !== '' ? ` · ${place}` : ''}</>}
        slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }} />
    </>
  )
  return onPick
    ? (
      <ListItem disablePadding>
        <ListItemButton ref={rowRef} selected={isPicked} aria-current={isPicked || undefined}
          onClick={() => onPick(issue)} sx={{ alignItems: 'flex-start' }}>{content}</ListItemButton>
      </ListItem>
    )
    : <ListItem sx={{ alignItems: 'flex-start' }}>{content}</ListItem>
})

/** Issues, errors first; each row can jump to its field. */
export function IssueRows({ issues, locate, onPick, picked, dense }: Props) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const pickedRow = useRef<HTMLDivElement>(null)
  // the rows get one handler for the list's lifetime (so they can skip redrawing); it calls the latest `onPick`
  const latestPick = useRef(onPick)
  useEffect(() => {
    latestPick.current = onPick
  })
  const pick = useCallback((issue: Issue) => latestPick.current?.(issue), [])
  // each new pick brings its row into view (only the list scrolls: the focus stays where the jump put it); a block
  // body, since Chromium's scrollIntoView returns a promise, which React would take for a clean-up
  useEffect(() => {
    pickedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [picked?.nonce])
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  const rows = usePaged(sorted, PAGE, picked ? sorted.findIndex(picked.isPicked) : -1)
  if (issues.length === 0) return <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>{t('issuesPanel.none')}</Typography>
  // keyed by what the issue is, not by its place in the list: one issue more or less does not remount the rows after it
  const seen = new Map<string, number>()
  return (
    <>
      <List dense={dense} disablePadding>
        {rows.shown.map((issue) => {
          const identity = issueKey(issue)
          const repeat = seen.get(identity) ?? 0
          seen.set(identity, repeat + 1)
          const isPicked = picked?.isPicked(issue) ?? false
          return (
            <IssueRow key={`${identity}#${repeat}`} issue={issue} place={locate?.(issue) ?? ''} isPicked={isPicked} message={message} t={t}
              onPick={onPick ? pick : undefined} rowRef={isPicked ? pickedRow : undefined} />
          )
        })}
      </List>
      <ShowMoreButton paged={rows} sx={{ px: 1, pb: 1 }}>{t('issuesPanel.showMore', { count: rows.more, left: rows.left })}</ShowMoreButton>
    </>
  )
}
