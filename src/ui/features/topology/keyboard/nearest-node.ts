/** A node's box on the canvas, in flow coordinates. */
export interface NodeBox {
  id: string
  x: number
  y: number
  width: number
  height: number
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'

const DIRECTION: Record<ArrowKey, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
}

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTION
}

// Sideways distance counts double, so Down picks the card below before a nearer one off to the side.
const SIDEWAYS_WEIGHT = 2

/**
 * The node an arrow key moves the focus to: among the boxes whose centre lies ahead of `fromId`'s centre in the
 * arrow's direction, the one closest ahead, sideways distance weighing double. Undefined when nothing lies that way.
 */
export function nearestNode(boxes: readonly NodeBox[], fromId: string, key: ArrowKey): string | undefined {
  const from = boxes.find((box) => box.id === fromId)
  if (!from) return undefined
  const direction = DIRECTION[key]
  const centre = (box: NodeBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })
  const origin = centre(from)
  let best: { id: string; score: number } | undefined
  for (const box of boxes) {
    if (box.id === fromId) continue
    const point = centre(box)
    const dx = point.x - origin.x
    const dy = point.y - origin.y
    const ahead = dx * direction.x + dy * direction.y
    if (ahead <= 0) continue
    const sideways = Math.abs(dx * direction.y - dy * direction.x)
    const score = ahead + SIDEWAYS_WEIGHT * sideways
    if (!best || score < best.score) best = { id: box.id, score }
  }
  return best?.id
}
