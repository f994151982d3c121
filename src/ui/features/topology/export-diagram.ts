import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react'
import { downloadBlob, downloadText } from '../../shared/browser-doorway'

export type DiagramFormat = 'png' | 'svg'

const MARGIN = 0.05

/**
 * The whole diagram as an image, as React Flow documents it: frame all nodes (getNodesBounds), find the viewport
 * that shows them at image size (getViewportForBounds), and render the viewport element with that transform.
 */
export async function exportDiagram(format: DiagramFormat, viewport: HTMLElement, nodes: Node[], backgroundColor: string, fileStem: string) {
  const { toBlob, toSvg } = await import('html-to-image')
  const bounds = getNodesBounds(nodes)
  // the picture at scale 1 plus a margin, capped so a huge design stays a file a browser can make
  const width = Math.min(8000, Math.ceil(bounds.width * (1 + 2 * MARGIN)))
  const height = Math.min(8000, Math.ceil(bounds.height * (1 + 2 * MARGIN)))
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.1, 1, MARGIN)
  const options = {
    backgroundColor, width, height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  }
  if (format === 'png') {
    const blob = await toBlob(viewport, { ...options, pixelRatio: 2 })
    if (!blob) throw new Error('no image')
    downloadBlob(`${fileStem}.png`, blob)
  } else {
    const dataUrl = await toSvg(viewport, options)
    downloadText(`${fileStem}.svg`, decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)), 'image/svg+xml')
  }
}
