import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react'
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

/**
 * The pixel ratio of a PNG of `width` x `height` CSS px: 2 (sharp on a high-density screen) unless the canvas would
 * pass the limits, then as much as fits; below 1 the picture is scaled down rather than cut or refused.
 */
export function pngPixelRatio(width: number, height: number): number {
  return Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)))
}

/** What was saved: the picture's size at 100 % (CSS px) and the pixel ratio it was drawn at (below 1: scaled down). */
export interface ExportedDiagram { width: number; height: number; pixelRatio: number }

/**
 * Whether a PNG drawn at `pixelRatio` is too small to read (the cards' 11–12 px text would fall under 9 px), so the
 * user is pointed to the SVG, which keeps every detail at any size.
 */
export function isHardToRead(pixelRatio: number): boolean {
  return pixelRatio < 0.75
}

/**
 * The whole diagram as an image, as React Flow documents it: frame all nodes (getNodesBounds), find the viewport
 * that shows them at image size (getViewportForBounds), and render the viewport element with that transform. The
 * image is at scale 1 (the cards as on screen at 100 %); a PNG too large for a canvas gets a smaller pixel ratio.
 */
export async function exportDiagram(
  format: DiagramFormat, viewport: HTMLElement, nodes: Node[], backgroundColor: string, fileStem: string,
): Promise<ExportedDiagram> {
  const { toBlob, toSvg } = await import('html-to-image')
  const bounds = getNodesBounds(nodes)
  const width = Math.ceil(bounds.width + 2 * MARGIN)
  const height = Math.ceil(bounds.height + 2 * MARGIN)
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, `${MARGIN}px`)
  const options = {
    backgroundColor, width, height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  }
  if (format === 'png') {
    const pixelRatio = pngPixelRatio(width, height)
    const blob = await toBlob(viewport, { ...options, pixelRatio })
    if (!blob) throw new Error('no image')
    downloadBlob(`${fileStem}.png`, blob)
    return { width, height, pixelRatio }
  }
  const dataUrl = await toSvg(viewport, options)
  downloadText(`${fileStem}.svg`, decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)), 'image/svg+xml')
  return { width, height, pixelRatio: 1 }
}
