import { memo, useMemo, useState } from 'react'
import { Autocomplete, Box, TextField, Typography } from '@mui/material'
import SearchIcon from '@mui/icons-material/Search'
import { useStore, type ReactFlowState } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { TopologyNode } from '../../../../core'
import { findableNodes, matchFindables, type Findable } from './find-nodes'
import { useGoToNode } from './use-go-to-node'

/** Enough to choose from; typing more narrows the list. */
const MAX_OPTIONS = 50
/**
 * The box takes what the toolbar at the top right leaves (about 340 px with its margins, in Japanese), between these
 * widths: on a 1200 px window the canvas is 500 px wide.
 */
const BOX_WIDTH = { min: 120, max: 230, besideToolbar: 350 }
const canvasWidthOf = (state: ReactFlowState) => state.width

function useDetailOf() {
  const { t } = useTranslation()
  return (findable: Findable): string => {
    switch (findable.kind) {
      case 'workload': return `${findable.workloadKind} · ${findable.namespace}`
      case 'network': return `NAD · ${findable.plugin} · ${findable.namespace}`
      case 'missing-network': return `${t('topology.missingNetwork')} · ${findable.namespace}`
      case 'bridge': return t('topology.bridge')
      case 'nic': return t('topology.nic')
    }
  }
}

/**
 * The Find box over the diagram: type part of a pod, NAD, bridge or NIC name, pick with the arrows and Enter (the best
 * match is highlighted, so Enter alone takes it), and the node is centred at a readable zoom and selected as a click
 * selects it. Escape clears. Memoised: a keystroke elsewhere changes the graph but rarely the names.
 */
export const FindNodeBox = memo(function FindNodeBox({ nodes }: { nodes: readonly TopologyNode[] }) {
  const { t } = useTranslation()
  const detailOf = useDetailOf()
  const goToNode = useGoToNode()
  const findables = useMemo(() => findableNodes(nodes), [nodes])
  const canvasWidth = useStore(canvasWidthOf)
  const width = Math.max(BOX_WIDTH.min, Math.min(BOX_WIDTH.max, canvasWidth - BOX_WIDTH.besideToolbar))
  const [chosen, setChosen] = useState<Findable | null>(null)
  const labelOf = (findable: Findable) => (findable.kind === 'nic' && findable.implicitDefaultRoute ? t('topology.defaultRouteNic') : findable.name)
  return (
    <Autocomplete<Findable>
      className="nodrag nopan nowheel" size="small" autoHighlight clearOnEscape
      options={findables} value={chosen} getOptionLabel={labelOf} getOptionKey={(findable) => findable.id}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      filterOptions={(options, { inputValue }) => matchFindables(options, inputValue, MAX_OPTIONS)}
      noOptionsText={t('topology.find.none')}
      onChange={(_event, next) => {
        setChosen(next)
        if (next) void goToNode(next.id)
      }}
      renderOption={({ key, ...props }, findable) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography sx={{ fontSize: 13, fontFamily: 'monospace' }}>{labelOf(findable)}</Typography>
          <Typography sx={{ fontSize: 11 }} color="text.secondary">{detailOf(findable)}</Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} placeholder={t('topology.find.placeholder')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': t('topology.find.label') },
            input: { ...params.slotProps.input, startAdornment: <SearchIcon fontSize="small" color="action" /> } }} />
      )}
      sx={{ width, bgcolor: 'background.paper' }}
    />
  )
})
