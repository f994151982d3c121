import { lazy, Suspense, useState } from 'react'
import { Box, CircularProgress, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { ShowIssueContext, type ShowIssue } from './nodes/use-show-mark'
import { TopologyTable } from './topology-table'
import { useTopologyGraph } from './use-topology-graph'

// React Flow, ELK and the node views come in their own chunk, after the page is up.
const TopologyCanvas = lazy(() => import('./topology-canvas'))

type View = 'diagram' | 'table'

/** Out of sight but read by screen readers (MUI's visuallyHidden, which lives in a package we do not depend on). */
// In px as strings: in sx a bare 1 is 100% (width) or a spacing unit (margin), which made a page-sized box that let
// the whole page scroll.
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px' } as const

/**
 * The design as a diagram (the page's main view) or as a table, which screen readers are pointed to. The table is
 * drawn only when chosen: at 200 workloads it is 800 rows, which cost the first diagram and every keystroke as much as
 * the diagram did. `onShowIssue` goes to an issue as the issues list does.
 */
export function TopologyOverview({ onShowIssue }: { onShowIssue: ShowIssue }) {
  const { t } = useTranslation()
  const graph = useTopologyGraph()
  const [view, setView] = useState<View>('diagram')
  const empty = graph.nodes.every((node) => node.kind === 'host' || node.kind === 'cluster-network')
  return (
    <ShowIssueContext.Provider value={onShowIssue}>
      <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="h2" component="h2" sx={{ fontSize: 16, flex: 1 }}>{t('topology.title')}</Typography>
          <ToggleButtonGroup size="small" exclusive value={view} aria-label={t('topology.views')}
            onChange={(_event, next: View | null) => next && setView(next)}>
            <ToggleButton value="diagram">{t('topology.diagram')}</ToggleButton>
            <ToggleButton value="table">{t('topology.table')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {empty && <Typography color="text.secondary" sx={{ p: 2 }}>{t('topology.empty')}</Typography>}
        {view === 'table' && (
          <Box sx={{ overflow: 'auto', flex: 1, minHeight: 0 }}>
            <TopologyTable graph={graph} />
          </Box>
        )}
        {view === 'diagram' && <Typography sx={VISUALLY_HIDDEN}>{t('topology.tableHint')}</Typography>}
        {view === 'diagram' && (
          <Box sx={{ position: 'relative', flex: 1, minHeight: 320 }}>
            <Suspense fallback={<Box sx={{ p: 3, display: 'flex', justifyContent: 'center' }}><CircularProgress size={24} aria-label={t('topology.loading')} /></Box>}>
              <TopologyCanvas graph={graph} />
            </Suspense>
          </Box>
        )}
      </Box>
    </ShowIssueContext.Provider>
  )
}
