import type { HostNic, IpJsonReading } from '../../../core'
import { runInWorker, type WorkerRun } from '../../shared/run-in-worker'
import type { IpJsonRequest } from './ip-json-worker'

/** How long reading may take before its worker is stopped (real `ip -j` output reads in milliseconds). */
export const IP_JSON_TIMEOUT_MS = 10_000

/** Reads pasted `ip -j` output in a worker of its own, stopped when done, on an error or after the timeout. */
export function runIpJson(text: string, known: HostNic[], timeoutMs = IP_JSON_TIMEOUT_MS): Promise<WorkerRun<IpJsonReading>> {
  return runInWorker<IpJsonRequest, IpJsonReading>(
    () => new Worker(new URL('./ip-json-worker.ts', import.meta.url), { type: 'module' }), { text, known }, timeoutMs)
}
