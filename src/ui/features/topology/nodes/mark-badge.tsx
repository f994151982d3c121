import { createContext, useContext, useState, type ReactNode } from 'react'
import { Tooltip, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TopologyMark } from '../../../../core'
import { useIssueMessage } from '../../../shared/use-issue-message'
import { SEVERITY_PALETTE, worstSeverity } from '../worst-severity'

type ShowMarks = (anchor: HTMLElement | null, marks?: readonly TopologyMark[]) => void

const MarkTooltipContext = createContext<ShowMarks>(() => {})

/** The class of a mark badge; MARK_BADGE_SX styles it from the canvas, once for all badges. */
const MARK_CLASS = 'topology-mark'
const TOOLTIP_ID = 'topology-mark-tooltip'

/** The badges' look, set on the canvas: a coloured pill per severity (a style per badge cost as much as the cards). */
export const MARK_BADGE_SX = {
  [`& .${MARK_CLASS}`]: {
    minWidth: 20, height: 18, px: 0.5, border: 0, borderRadius: 9, flexShrink: 0, fontSize: 11, fontWeight: 700,
    fontFamily: 'inherit', lineHeight: '18px', cursor: 'pointer', p: '0 4px',
  },
  ...Object.fromEntries(Object.entries(SEVERITY_PALETTE).map(([severity, palette]) => [
    `& .${MARK_CLASS}[data-severity="${severity}"]`, { bgcolor: `${palette}.main`, color: `${palette}.contrastText` },
  ])),
}

/**
 * The one tooltip of all mark badges: it lists the messages of the badge under the pointer or the focus. One for the
 * canvas rather than one per badge, since a few hundred MUI tooltips cost as much to mount as the cards around them.
 */
export function MarkTooltipHost({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  // the last badge stays the anchor while the tooltip fades out
  const [shown, setShown] = useState<{ anchor: HTMLElement; marks: readonly TopologyMark[]; open: boolean }>()
  const [showMarks] = useState<ShowMarks>(() => (anchor: HTMLElement | null, marks?: readonly TopologyMark[]) => setShown((last) => {
    // the badge is described by the tooltip while it shows (as MUI's own tooltip does for its child)
    last?.anchor.removeAttribute('aria-describedby')
    if (!anchor || !marks) return last && { ...last, open: false }
    anchor.setAttribute('aria-describedby', TOOLTIP_ID)
    return { anchor, marks, open: true }
  }))
  return (
    <MarkTooltipContext.Provider value={showMarks}>
      {children}
      <Tooltip id={TOOLTIP_ID} open={shown?.open === true} describeChild
        title={<>{sortedMarks(shown?.marks ?? []).map((mark, i) => (
          <Typography key={i} variant="caption" component="p">{t(`severity.${mark.severity}`)}: {message(mark)}</Typography>
        ))}</>}
        slotProps={{ popper: { anchorEl: shown?.anchor } }}>
        <span hidden />
      </Tooltip>
    </MarkTooltipContext.Provider>
  )
}

/** The worst first: a click goes to the first. */
function sortedMarks(marks: readonly TopologyMark[]): TopologyMark[] {
  const severity = worstSeverity(marks)
  return [...marks].sort((a, b) => Number(b.severity === severity) - Number(a.severity === severity))
}

/**
 * The marks on a node, an interface or an edge: a dot in the colour of the worst severity with the count; the canvas's
 * one tooltip lists the messages while it is pointed at or focused, and a click goes to the first finding as the
 * issues list does (`onShow`).
 */
export function MarkBadge({ marks, onShow }: { marks: readonly TopologyMark[]; onShow: (mark: TopologyMark) => void }) {
  const { t } = useTranslation()
  const showMarks = useContext(MarkTooltipContext)
  const severity = worstSeverity(marks)
  if (!severity) return null
  const open = (event: { currentTarget: HTMLElement }) => showMarks(event.currentTarget, marks)
  const close = () => showMarks(null)
  return (
    <button type="button" className={`${MARK_CLASS} nodrag nopan`} data-severity={severity}
      aria-label={t('topology.marks', { count: marks.length, severity: t(`severity.${severity}`) })}
      onMouseEnter={open} onFocus={open} onMouseLeave={close} onBlur={close}
      onClick={(event) => {
        event.stopPropagation()
        const [first] = sortedMarks(marks)
        if (first) onShow(first)
      }}>
      {marks.length}
    </button>
  )
}
