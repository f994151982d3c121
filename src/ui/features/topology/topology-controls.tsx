import { useCallback, useMemo, useState } from 'react'
import FitScreenIcon from '@mui/icons-material/FitScreen'
import MapOutlinedIcon from '@mui/icons-material/MapOutlined'
import { ControlButton, Controls, MiniMap, useStore, type AriaLabelConfig, type ReactFlowState } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { readPreference, writePreference } from '../../shared/browser-doorway'

const MINIMAP_PREFERENCE = 'topology.minimap'
/**
 * Below this canvas width (a 1440 px window and narrower) the minimap starts hidden: it would take a third of the
 * canvas from the design. The toggle in the controls shows it, and the choice is remembered.
 */
const MINIMAP_MIN_CANVAS_WIDTH = 900
const MINIMAP_STYLE = { width: 180, height: 120 }
// The minimap's defaults (no colour or class of our own: its CSS decides) as one function of the module: given as
// values, it wraps them in new functions on each of its renders, and then redraws every node of the minimap whenever
// a node id changes (a bridge renamed).
const MINIMAP_UNSET = () => ''
const canvasWidthOf = (state: ReactFlowState) => state.width

/** Whether the minimap is shown: the user's last choice, else whether the canvas is wide enough for it. */
function useMinimapShown(): [boolean, () => void] {
  const canvasWidth = useStore(canvasWidthOf)
  const [choice, setChoice] = useState(() => readPreference(MINIMAP_PREFERENCE))
  const shown = choice === null ? canvasWidth >= MINIMAP_MIN_CANVAS_WIDTH : choice === 'shown'
  const toggle = useCallback(() => {
    const next = shown ? 'hidden' : 'shown'
    writePreference(MINIMAP_PREFERENCE, next)
    setChoice(next)
  }, [shown])
  return [shown, toggle]
}

/** React Flow's own labels of the controls, in the UI language (for the ReactFlow ariaLabelConfig prop). */
export function useControlLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation()
  return useMemo(() => ({
    'controls.ariaLabel': t('topology.controls.label'), 'controls.zoomIn.ariaLabel': t('topology.controls.zoomIn'),
    'controls.zoomOut.ariaLabel': t('topology.controls.zoomOut'), 'controls.interactive.ariaLabel': t('topology.controls.lock'),
  }), [t])
}

/**
 * Zoom, fit view, lock and the minimap toggle (bottom-left), and the minimap (bottom-right) when shown. Fit view is
 * `onFit`, which frames the design clear of every panel, the minimap included (React Flow's own ignores them).
 */
export function TopologyControls({ onFit }: { onFit: () => void }) {
  const { t } = useTranslation()
  const [minimapShown, toggleMinimap] = useMinimapShown()
  return (
    <>
      <Controls showFitView={false}>
        <ControlButton className="react-flow__controls-fitview" onClick={onFit} title={t('topology.controls.fitView')} aria-label={t('topology.controls.fitView')}>
          <FitScreenIcon />
        </ControlButton>
        <ControlButton onClick={toggleMinimap} title={t('topology.controls.minimap')} aria-label={t('topology.controls.minimap')} aria-pressed={minimapShown}>
          <MapOutlinedIcon />
        </ControlButton>
      </Controls>
      {minimapShown && <MiniMap pannable zoomable ariaLabel={t('topology.minimap')} style={MINIMAP_STYLE}
        nodeColor={MINIMAP_UNSET} nodeStrokeColor={MINIMAP_UNSET} nodeClassName={MINIMAP_UNSET} />}
    </>
  )
}
