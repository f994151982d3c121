import ELK from 'elkjs/lib/elk-api'
import workerUrl from 'elkjs/lib/elk-worker.min.js?url'
import type { RunLayout } from './layout-cache'

let elk: InstanceType<typeof ELK> | undefined

/** ELK in a web worker (one for the page), so a layout of a big design never blocks typing. */
export const layoutInWorker: RunLayout = (graph) => {
  elk ??= new ELK({ workerUrl })
  return elk.layout(graph)
}
