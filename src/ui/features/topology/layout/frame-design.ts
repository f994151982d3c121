import { fitPadding, type PanelBox, type SidePadding, type Size } from './fit-padding'

/** A rectangle in diagram units (React Flow's node bounds). */
export interface Bounds { x: number; y: number; width: number; height: number }
/** React Flow's viewport: the diagram is drawn at `zoom` and shifted by (x, y) screen px. */
export interface Viewport { x: number; y: number; zoom: number }

/**
 * Below this zoom the whole design is not framed. Down to here a design of up to ~20 workloads shows its shape (cards,
 * edges, marks) as an overview to zoom into; further out it becomes a thin strip of lines (200 workloads in one
 * column fit an 800 px canvas at ~1 %), and a view of real cards to pan from serves better.
 */
export const OVERVIEW_MIN_ZOOM = 0.12
/** The zoom a design too large to fit readably starts at, unless its full width fits closer (never past 100 %). */
export const ANCHORED_ZOOM = 0.75

/**
 * How to frame the design: `whole` (React Flow's fit view, with the padding that keeps every node clear of the
 * panels) when it fits at OVERVIEW_MIN_ZOOM or closer; else `top-left`: the design's top-left corner (its first workload cards)
 * clear of the top panels and of the controls, at a readable zoom, from where the user pans or
 * uses Find. A centred view of a large design was tried and shows the middle of its edges, not a card.
 */
export type Framing =
  | { kind: 'whole'; padding: SidePadding; zoom: number }
  | { kind: 'top-left'; viewport: Viewport }

/** The zoom React Flow's fit view reaches for `content` inside `padding` (capped at 100 %, as our fit view is). */
function fitZoom(canvas: Size, content: Size, padding: SidePadding): number {
  const width = canvas.width - padding.left - padding.right
  const height = canvas.height - padding.top - padding.bottom
  if (width <= 0 || height <= 0) return 0
  return Math.min(1, width / Math.max(content.width, 1), height / Math.max(content.height, 1))
}

/**
 * The band along the top kept by panels in the upper half (find box, toolbar), and along the left by the narrow
 * lower-left ones (the controls). A wide one (the open legend) is left over the cards: clearing it would push the
 * design off the canvas, and the user closes it. The design runs on below the canvas, under any bottom panel anyway.
 */
function anchoredPadding(canvas: Size, panels: readonly PanelBox[], margin: number): { top: number; left: number } {
  let top = margin
  let left = margin
  for (const panel of panels) {
    const band = panel.x + panel.width + margin
    if (panel.y + panel.height / 2 < canvas.height / 2) top = Math.max(top, panel.y + panel.height + margin)
    else if (panel.x + panel.width / 2 < canvas.width / 2 && band <= canvas.width / 4) left = Math.max(left, band)
  }
  return { top, left }
}

/** Frames `bounds` on a `canvas` under `panels` (px from the canvas's corner), keeping `margin` px besides; see Framing. */
export function frameDesign(canvas: Size, bounds: Bounds, panels: readonly PanelBox[], margin: number): Framing {
  // the choice looks at the design against the canvas alone: opening the legend or the minimap does not flip it
  const bare = { top: margin, right: margin, bottom: margin, left: margin }
  if (fitZoom(canvas, bounds, bare) >= OVERVIEW_MIN_ZOOM) {
    const padding = fitPadding(canvas, bounds, panels, margin)
    return { kind: 'whole', padding, zoom: fitZoom(canvas, bounds, padding) }
  }
  const { top, left } = anchoredPadding(canvas, panels, margin)
  const widthZoom = (canvas.width - left - margin) / Math.max(bounds.width, 1)
  const anchoredZoom = Math.min(1, Math.max(ANCHORED_ZOOM, widthZoom))
  return { kind: 'top-left', viewport: { x: left - bounds.x * anchoredZoom, y: top - bounds.y * anchoredZoom, zoom: anchoredZoom } }
}
