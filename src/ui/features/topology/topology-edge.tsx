import { memo } from 'react'
import { useTheme, type Theme } from '@mui/material/styles'
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react'
import type { TopologyEdgeKind } from '../../../core'
import type { TopologyFlowEdge } from './layout/to-flow-elements'
import { SEVERITY_PALETTE, worstSeverity } from './worst-severity'

/** How each kind of edge is drawn; the legend shows the same strokes. */
export const EDGE_STROKE: Record<TopologyEdgeKind, { width: number; dash?: string; colour: (palette: Palette) => string }> = {
  attachment: { width: 2, colour: (palette) => palette.primary.main },
  eth0: { width: 1.5, dash: '6 4', colour: (palette) => palette.text.disabled },
  uplink: { width: 3, colour: (palette) => palette.text.secondary },
  'br-ex': { width: 2, dash: '2 4', colour: (palette) => palette.text.secondary },
}

type Palette = Theme['palette']

/** The palette as CSS variables, so strokes follow the light/dark scheme without a re-render. */
export function schemePalette(theme: Theme): Palette {
  return (theme.vars?.palette ?? theme.palette) as Palette
}

/** An edge of the topology: stroke by kind, in the colour of its worst mark when it has one. */
export const TopologyEdgeView = memo(function TopologyEdgeView(props: EdgeProps<TopologyFlowEdge>) {
  const theme = useTheme()
  const [path] = getBezierPath(props)
  const edge = props.data?.edge
  const stroke = EDGE_STROKE[edge?.kind ?? 'attachment']
  const severity = edge ? worstSeverity(edge.marks) : undefined
  const palette = schemePalette(theme)
  const colour = severity ? palette[SEVERITY_PALETTE[severity]].main : stroke.colour(palette)
  return (
    <BaseEdge id={props.id} path={path} interactionWidth={16}
      style={{ stroke: colour, strokeWidth: stroke.width + (props.selected ? 1.5 : 0), strokeDasharray: stroke.dash }} />
  )
})
