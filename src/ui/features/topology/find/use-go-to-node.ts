import { useCallback } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { nodeBox } from '../node-box'

/** Cards are readable from here on (100 %: as they were designed); a closer view the user chose is kept. */
const READABLE_ZOOM = 1
const GLIDE_MS = 250

/**
 * Centres node `id` at a readable zoom, then selects it exactly as a click does (React Flow's addSelectedNodes, so
 * the canvas's selection handler opens its object in the inspector, or a NIC in Node NICs).
 */
export function useGoToNode() {
  const flow = useReactFlow()
  const store = useStoreApi()
  return useCallback(async (id: string) => {
    const node = flow.getInternalNode(id)
    if (!node) return
    const { x, y, width, height } = nodeBox(node)
    // selected after the glide: the canvas's reveal-on-select then finds it on screen and leaves the zoom alone
    await flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM), duration: GLIDE_MS })
    store.getState().addSelectedNodes([id])
  }, [flow, store])
}
