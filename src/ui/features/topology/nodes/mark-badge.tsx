import { ButtonBase, Tooltip, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TopologyMark } from '../../../../core'
import { useIssueMessage } from '../../../shared/use-issue-message'
import { SEVERITY_PALETTE, worstSeverity } from '../worst-severity'

/**
 * The marks on a node, an interface or an edge: a dot in the colour of the worst severity with the count; its tooltip
 * lists the messages, and a click goes to the first finding as the issues list does (`onShow`).
 */
export function MarkBadge({ marks, onShow }: { marks: readonly TopologyMark[]; onShow: (mark: TopologyMark) => void }) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const severity = worstSeverity(marks)
  if (!severity) return null
  const sorted = [...marks].sort((a, b) => Number(b.severity === severity) - Number(a.severity === severity))
  const first = sorted[0]
  const palette = SEVERITY_PALETTE[severity]
  return (
    // describeChild: the messages describe the badge; its name stays the count and severity
    <Tooltip describeChild
      title={<>{sorted.map((mark, i) => <Typography key={i} variant="caption" component="p">{t(`severity.${mark.severity}`)}: {message(mark)}</Typography>)}</>}
    >
      <ButtonBase
        className="nodrag nopan"
        data-severity={severity}
        aria-label={t('topology.marks', { count: marks.length, severity: t(`severity.${severity}`) })}
        onClick={(event) => {
          event.stopPropagation()
          if (first) onShow(first)
        }}
        sx={{
          minWidth: 20, height: 18, px: 0.5, borderRadius: 9, flexShrink: 0, fontSize: 11, fontWeight: 700,
          bgcolor: `${palette}.main`, color: `${palette}.contrastText`,
        }}
      >
        {marks.length}
      </ButtonBase>
    </Tooltip>
  )
}
