import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react'
import { downloadBlob, downloadText } from '../../shared/browser-doorway'

export type DiagramFormat = 'png' | 'svg'

const MARGIN = 0.05
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

/**
 * The whole diagram as an image, as React Flow documents it: frame all nodes (getNodesBounds), find the viewport
 * that shows them at image size (getViewportForBounds), and render the viewport element with that transform. The
 * image is at scale 1 (the cards as on screen at 100 %); a PNG too large for a canvas gets a smaller pixel ratio.
 */
export async function exportDiagram(format: DiagramFormat, viewport: HTMLElement, nodes: Node[], backgroundColor: string, fileStem: string) {
  const { toBlob, toSvg } = await import('html-to-image')
  const bounds = getNodesBounds(nodes)
  const width = Math.ceil(bounds.width * (1 + 2 * MARGIN))
  const height = Math.ceil(bounds.height * (1 + 2 * MARGIN))
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, MARGIN)
  const options = {
    backgroundColor, width, height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  }
  if (format === 'png') {
    const blob = await toBlob(viewport, { ...options, pixelRatio: pngPixelRatio(width, height) })
    if (!blob) throw new Error('no image')
    downloadBlob(`${fileStem}.png`, blob)
  } else {
    const dataUrl = await toSvg(viewport, options)
    downloadText(`${fileStem}.svg`, decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)), 'image/svg+xml')
  }
}
