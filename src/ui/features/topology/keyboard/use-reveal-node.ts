import { useEffect, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'
import { nodeBox } from '../node-box'

/**
 * Brings node `id` into view when it is chosen elsewhere (the navigator, an issue) or a new `layout` moved it, and it
 * lies outside the visible part of the canvas; a node already on screen does not move the picture (and a node not laid
 * out yet has nothing to show: the next layout shows it).
 */
export function useRevealNode(id: string | undefined, container: RefObject<HTMLElement | null>, layout: unknown) {
  const flow = useReactFlow()
  useEffect(() => {
    const internal = id === undefined ? undefined : flow.getInternalNode(id)
    const element = container.current
    if (!internal || !element) return
    const { x, y, width, height } = nodeBox(internal)
    const viewport = flow.getViewport()
    const left = x * viewport.zoom + viewport.x
    const top = y * viewport.zoom + viewport.y
    const onScreen = left >= 0 && top >= 0 && left + width * viewport.zoom <= element.clientWidth && top + height * viewport.zoom <= element.clientHeight
    if (!onScreen) void flow.setCenter(x + width / 2, y + height / 2, { zoom: viewport.zoom, duration: 200 })
  }, [flow, id, container, layout])
}
