import { readIpJson, type HostNic } from '../../../core'

/** What the page sends: the pasted `ip -j` output, and the NICs listed now (their primary flag stands without routes). */
export interface IpJsonRequest {
  text: string
  known: HostNic[]
}

// A huge or hostile paste must not freeze the tab: it is read here, off the main thread.
self.onmessage = (event: MessageEvent<IpJsonRequest>) => {
  self.postMessage(readIpJson(event.data.text, event.data.known))
}
