import { getNodesBounds, getViewportForBounds, type Node, type Viewport } from '@xyflow/react'
import { downloadBlob, downloadText } from '../../shared/browser-doorway'

export type DiagramFormat = 'png' | 'svg'

/**
 * Blank space around the picture, in diagram px. Fixed, not a share of the size: 5 % of a 200-workload design (44,000
 * px tall) was 2,200 px of nothing above and below, a tenth of the PNG's pixel budget.
 */
const MARGIN = 32
/** Browsers refuse canvases past ~16k px a side or a few hundred million pixels; stay well inside both. */
const MAX_CANVAS_SIDE = 16_000
const MAX_CANVAS_PIXELS = 64_000_000
/** The current view is drawn at twice its screen size: sharp on a high-density screen or in a document. */
const VIEW_PIXEL_RATIO = 2

/**
 * The pixel ratio of a PNG of `width` x `height` CSS px: 2 (sharp on a high-density screen) unless the canvas would
 * pass the limits, then as much as fits; below 1 the picture is scaled down rather than cut or refused.
 */
export function pngPixelRatio(width: number, height: number): number {
  return Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)))
}

/**
 * Whether a PNG drawn at `pixelRatio` is too small to read (the cards' 11–12 px text would fall under 9 px), so the
 * user is pointed to the SVG, which keeps every detail at any size.
 */
export function isHardToRead(pixelRatio: number): boolean {
  return pixelRatio < 0.75
}

/** What to draw: a `width` x `height` CSS px picture of the diagram seen through `viewport`. */
export interface DiagramFrame { width: number; height: number; viewport: Viewport }

/** The whole design at scale 1 (the cards as on screen at 100 %) with a margin, as React Flow documents it. */
export function wholeDesignFrame(nodes: Node[]): DiagramFrame {
  const bounds = getNodesBounds(nodes)
  const width = Math.ceil(bounds.width + 2 * MARGIN)
  const height = Math.ceil(bounds.height + 2 * MARGIN)
  return { width, height, viewport: getViewportForBounds(bounds, width, height, 1, 1, `${MARGIN}px`) }
}

/** What was saved: the picture's size (CSS px) and the pixel ratio it was drawn at (below 1: scaled down). */
export interface ExportedDiagram { width: number; height: number; pixelRatio: number }

/**
 * Draws `frame` of the React Flow viewport element with html-to-image and downloads it. The current view gets twice
 * its pixels; the whole design gets 2 unless the canvas limits ask for less (`pngPixelRatio`). html-to-image copies
 * every element with its computed style, so the time grows with the nodes drawn: the caller keeps that count in mind.
 */
export async function exportDiagram(
  format: DiagramFormat, element: HTMLElement, frame: DiagramFrame, scope: 'view' | 'whole', backgroundColor: string, fileStem: string,
): Promise<ExportedDiagram> {
  const { toBlob, toSvg } = await import('html-to-image')
  const { width, height, viewport: { x, y, zoom } } = frame
  const options = {
    backgroundColor, width, height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  }
  if (format === 'png') {
    const pixelRatio = scope === 'view' ? VIEW_PIXEL_RATIO : pngPixelRatio(width, height)
    const blob = await toBlob(element, { ...options, pixelRatio })
    if (!blob) throw new Error('no image')
    downloadBlob(`${fileStem}.png`, blob)
    return { width, height, pixelRatio }
  }
  const dataUrl = await toSvg(element, options)
  downloadText(`${fileStem}.svg`, decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)), 'image/svg+xml')
  return { width, height, pixelRatio: 1 }
}
