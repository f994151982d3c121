import { compareNetworkStatus, type Project } from '../../../core'

/** What the page sends: the design, and the pasted `oc get pod(s)` output. */
export interface DriftRequest {
  project: Project
  text: string
}

// Reading a big or hostile paste must not freeze the tab: it runs here, off the main thread.
self.onmessage = (event: MessageEvent<DriftRequest>) => {
  self.postMessage(compareNetworkStatus(event.data.project, event.data.text))
}
