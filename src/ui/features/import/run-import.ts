import type { InputFile } from '../../../core'
import type { ImportSummary } from './read-import'

/** How long an import may take before the worker is stopped (far above any real bundle). */
export const IMPORT_TIMEOUT_MS = 20_000

export type ImportRun = { ok: true; summary: ImportSummary } | { ok: false; reason: 'timeout' | 'crashed'; detail?: string }

/** Reads the files in a worker of its own, which is stopped when done, on an error or after the timeout. */
export function runImport(files: readonly InputFile[], timeoutMs = IMPORT_TIMEOUT_MS): Promise<ImportRun> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
    const finish = (run: ImportRun) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(run)
    }
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs)
    worker.onmessage = (event: MessageEvent<ImportSummary>) => finish({ ok: true, summary: event.data })
    worker.onerror = (event) => {
      event.preventDefault()
      finish({ ok: false, reason: 'crashed', detail: event.message })
    }
    worker.postMessage(files)
  })
}
