/** A worker's answer, or why there is none. */
export type WorkerRun<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'crashed'; detail?: string }

/**
 * Sends `input` to a worker of its own (made by `start`, so Vite sees each worker's URL) and resolves with its first
 * answer. The worker is stopped when it answers, fails, or runs past `timeoutMs`: a huge or hostile input costs that
 * worker, never the tab.
 */
export function runInWorker<Input, Output>(start: () => Worker, input: Input, timeoutMs: number): Promise<WorkerRun<Output>> {
  return new Promise((resolve) => {
    const worker = start()
    const finish = (run: WorkerRun<Output>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(run)
    }
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs)
    worker.onmessage = (event: MessageEvent<Output>) => finish({ ok: true, value: event.data })
    worker.onerror = (event) => {
      event.preventDefault()
      finish({ ok: false, reason: 'crashed', detail: event.message })
    }
    worker.postMessage(input)
  })
}
