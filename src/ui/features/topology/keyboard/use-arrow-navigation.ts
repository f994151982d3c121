import { useCallback, type KeyboardEvent } from 'react'
import { useReactFlow } from '@xyflow/react'
import { isArrowKey, nearestNode, type NodeBox } from './nearest-node'

const NODE_SELECTOR = '.react-flow__node'

function focusNodeElement(container: HTMLElement, id: string): boolean {
  const element = container.querySelector<HTMLElement>(`${NODE_SELECTOR}[data-id="${CSS.escape(id)}"]`)
  element?.focus()
  return element !== null
}

/**
 * Arrow keys on a focused node move the focus to the nearest node that way (React Flow's own arrows would drag the
 * node); Tab and Enter stay React Flow's. Bind the result to the canvas wrapper's onKeyDownCapture.
 */
export function useArrowNavigation() {
  const flow = useReactFlow()
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    if (!isArrowKey(event.key) || !target.matches(NODE_SELECTOR)) return
    event.preventDefault()
    event.stopPropagation()
    const boxes: NodeBox[] = []
    for (const node of flow.getNodes()) {
      const internal = flow.getInternalNode(node.id)
      if (!internal || node.focusable === false) continue
      const { x, y } = internal.internals.positionAbsolute
      boxes.push({ id: node.id, x, y, width: node.width ?? 0, height: node.height ?? 0 })
    }
    const next = nearestNode(boxes, target.dataset.id ?? '', event.key)
    const box = boxes.find((candidate) => candidate.id === next)
    if (!next || !box) return
    const container = event.currentTarget
    // a node off screen is not rendered (onlyRenderVisibleElements): bring it into view, then focus it
    if (focusNodeElement(container, next)) return
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom() })
      .then(() => requestAnimationFrame(() => focusNodeElement(container, next)))
  }, [flow])
}
