import type { ReactNode } from 'react'
import { Box, Typography } from '@mui/material'
import type { NodeProps } from '@xyflow/react'
import type { TopologyMark } from '../../../../core'
import { NODE_SIZE } from '../layout/node-sizes'
import type { TopologyFlowNode } from '../layout/to-flow-elements'
import { SEVERITY_PALETTE, worstSeverity } from '../worst-severity'
import { MarkBadge } from './mark-badge'
import { useShowMark } from './use-show-mark'

interface NodeCardProps {
  title: string
  subtitle: ReactNode
  marks: readonly TopologyMark[]
  selected: boolean
  dashed?: boolean
  /** The badge in the title line (replicas, plugin). */
  tag?: ReactNode
  /** Where a click on a mark without an issue of its own leads (the node's object). */
  onShowObject?: () => void
  children?: ReactNode
}

/** The card every topology node draws: a title block of NODE_SIZE.header px, then its lines; border by worst mark. */
export function NodeCard({ title, subtitle, marks, selected, dashed, tag, onShowObject, children }: NodeCardProps) {
  const severity = worstSeverity(marks)
  const showMark = useShowMark(onShowObject)
  return (
    <Box
      data-severity={severity}
      sx={{
        width: '100%', height: '100%', boxSizing: 'border-box', borderRadius: 1, overflow: 'hidden', bgcolor: 'background.paper',
        border: 2, borderStyle: dashed ? 'dashed' : 'solid',
        borderColor: selected ? 'primary.main' : severity ? `${SEVERITY_PALETTE[severity]}.main` : 'divider',
        boxShadow: selected ? 4 : 0, fontSize: 12, color: 'text.primary',
      }}
    >
      <Box sx={{ height: NODE_SIZE.header - 4, px: 1, display: 'flex', alignItems: 'center', gap: 0.5, bgcolor: 'action.hover' }}>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography title={title} sx={{ fontSize: 13, fontWeight: 700, fontFamily: 'monospace', lineHeight: '20px' }} noWrap>{title}</Typography>
          <Typography component="div" sx={{ fontSize: 11, color: 'text.secondary', lineHeight: '16px' }} noWrap>{subtitle}</Typography>
        </Box>
        {tag}
        <MarkBadge marks={marks} onShow={showMark} />
      </Box>
      {children}
    </Box>
  )
}

/**
 * Whether a node view would draw the same card: the views read only `data` and `selected`. Their memo ignores the rest
 * of React Flow's props (positions), so a new layout moves the cards without redrawing them.
 */
export function isSameCard(before: NodeProps<TopologyFlowNode>, after: NodeProps<TopologyFlowNode>): boolean {
  return before.data === after.data && before.selected === after.selected && before.id === after.id
}

/** One detail line of a card, NODE_SIZE.line px high. */
export function CardLine({ children, mono }: { children: ReactNode; mono?: boolean }) {
  return (
    <Typography noWrap component="div" sx={{ height: NODE_SIZE.line, lineHeight: `${NODE_SIZE.line}px`, px: 1, fontSize: 12, fontFamily: mono ? 'monospace' : undefined }}>
      {children}
    </Typography>
  )
}

/** A small outlined tag in a title line (replicas, plugin, primary). */
export function Tag({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ px: 0.5, border: 1, borderColor: 'divider', borderRadius: 0.5, fontSize: 11, lineHeight: '16px', whiteSpace: 'nowrap', flexShrink: 0 }}>
      {children}
    </Box>
  )
}
