import type { InternalNode } from '@xyflow/react'

/** Where a node is drawn in diagram units: its absolute position and size (measured, else as given, else 0). */
export function nodeBox(node: InternalNode): { x: number; y: number; width: number; height: number } {
  const { x, y } = node.internals.positionAbsolute
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 }
}
