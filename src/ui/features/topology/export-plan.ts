import { isHardToRead, pngPixelRatio, type DiagramFormat } from './export-diagram'

/**
 * Above this many nodes, drawing the whole design blocks the page for long: html-to-image copies each element with
 * its computed style on the main thread (a 200-workload design, 270 nodes, took 70–140 s on a loaded 2-core machine).
 */
export const QUICK_EXPORT_NODES = 100

/**
 * What Export does: `whole` saves the whole design at once (it is quick and readable); `choose` offers the current
 * view first (what is on screen, sharp and quick) and the whole design second, saying why it may disappoint: a PNG
 * scaled to `percent` % is hard to read, or drawing `nodeCount` nodes is slow.
 */
export type ExportPlan =
  | { kind: 'whole' }
  | { kind: 'choose'; percent: number; hardToRead: boolean; slow: boolean; nodeCount: number }

/** Plans the export of a design whose whole picture is `width` x `height` CSS px with `nodeCount` nodes. */
export function planExport(format: DiagramFormat, whole: { width: number; height: number }, nodeCount: number): ExportPlan {
  const pixelRatio = format === 'png' ? Math.min(1, pngPixelRatio(whole.width, whole.height)) : 1
  const hardToRead = format === 'png' && isHardToRead(pixelRatio)
  const slow = nodeCount > QUICK_EXPORT_NODES
  if (!hardToRead && !slow) return { kind: 'whole' }
  return { kind: 'choose', percent: Math.round(pixelRatio * 100), hardToRead, slow, nodeCount }
}
