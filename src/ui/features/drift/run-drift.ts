import type { NetworkStatusComparison, Project } from '../../../core'
import { runInWorker, type WorkerRun } from '../../shared/run-in-worker'
import type { DriftRequest } from './drift-worker'

/** How long a comparison may take before its worker is stopped (far above any real `oc get pods -A`). */
export const DRIFT_TIMEOUT_MS = 20_000

/** Compares the pasted pods with the design in a worker of its own, stopped when done, on an error or after the timeout. */
export function runDrift(project: Project, text: string, timeoutMs = DRIFT_TIMEOUT_MS): Promise<WorkerRun<NetworkStatusComparison>> {
  return runInWorker<DriftRequest, NetworkStatusComparison>(
    () => new Worker(new URL('./drift-worker.ts', import.meta.url), { type: 'module' }), { project, text }, timeoutMs)
}
