import type { InputFile } from '../../../core'
import { runInWorker } from '../../shared/run-in-worker'
import type { ImportSummary } from './read-import'

/** How long an import may take before the worker is stopped (far above any real bundle). */
export const IMPORT_TIMEOUT_MS = 20_000

export type ImportRun = { ok: true; summary: ImportSummary } | { ok: false; reason: 'timeout' | 'crashed'; detail?: string }

/** Reads the files in a worker of its own, which is stopped when done, on an error or after the timeout. */
export async function runImport(files: readonly InputFile[], timeoutMs = IMPORT_TIMEOUT_MS): Promise<ImportRun> {
  const run = await runInWorker<readonly InputFile[], ImportSummary>(
    () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }), files, timeoutMs)
  return run.ok ? { ok: true, summary: run.value } : run
}
