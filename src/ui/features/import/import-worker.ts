import type { InputFile } from '../../../core'
import { readImport } from './read-import'

// Parsing and validating a big or hostile file must not freeze the tab: it runs here, off the main thread.
self.onmessage = (event: MessageEvent<InputFile[]>) => {
  self.postMessage(readImport(event.data))
}
