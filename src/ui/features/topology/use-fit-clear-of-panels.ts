import { useCallback, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { PanelBox } from './layout/fit-padding'
import { frameDesign } from './layout/frame-design'

/** Space kept around the design on every side, in px. */
const MARGIN = 16

/** The panels drawn over the canvas (toolbar, find box, controls, minimap, legend), from the canvas's corner. */
function panelBoxes(canvas: HTMLElement): PanelBox[] {
  const origin = canvas.getBoundingClientRect()
  return [...canvas.querySelectorAll<HTMLElement>('.react-flow__panel')]
    .map((panel) => panel.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0)
    .map((box) => ({ x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height }))
}

/**
 * Fit view that leaves no node under a panel: the panels on screen at that moment are measured and the design is
 * framed in what they leave free (React Flow's own fit view centres it under them). Never zooms past 100 %. A design
 * that would fit only at an unreadable zoom starts at its top-left corner at a readable one instead (frameDesign).
 */
export function useFitClearOfPanels(container: RefObject<HTMLElement | null>) {
  const flow = useReactFlow()
  /** `afterEdit`: an edit changed the design on screen; a design too large to frame whole then keeps the user's view. */
  return useCallback(async ({ afterEdit = false }: { afterEdit?: boolean } = {}) => {
    const canvas = container.current?.querySelector<HTMLElement>('.react-flow')
    if (!canvas) return
    const bounds = flow.getNodesBounds(flow.getNodes())
    const size = { width: canvas.clientWidth, height: canvas.clientHeight }
    const framing = frameDesign(size, bounds, panelBoxes(canvas), MARGIN)
    if (framing.kind === 'top-left') {
      if (!afterEdit) await flow.setViewport(framing.viewport)
      return
    }
    const { top, right, bottom, left } = framing.padding
    await flow.fitView({ maxZoom: 1, padding: { top: `${top}px`, right: `${right}px`, bottom: `${bottom}px`, left: `${left}px` } })
  }, [flow, container])
}
