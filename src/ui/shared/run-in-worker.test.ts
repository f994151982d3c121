import { afterEach, describe, expect, it, vi } from 'vitest'
import { runInWorker } from './run-in-worker'

/** A stand-in worker: records what it was sent and whether it was stopped; the test decides how it answers. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  sent: unknown[] = []
  terminated = false
  postMessage(input: unknown) {
    this.sent.push(input)
  }
  terminate() {
    this.terminated = true
  }
}

function started() {
  const worker = new FakeWorker()
  return { worker, start: () => worker as unknown as Worker }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('runInWorker', () => {
  it('sends the input, resolves with the first answer and stops the worker', async () => {
    const { worker, start } = started()
    const run = runInWorker<string, number>(start, 'text', 1000)
    expect(worker.sent).toEqual(['text'])
    worker.onmessage?.(new MessageEvent('message', { data: 42 }))
    await expect(run).resolves.toEqual({ ok: true, value: 42 })
    expect(worker.terminated).toBe(true)
  })

  it('stops a worker that runs past the time allowed', async () => {
    vi.useFakeTimers()
    const { worker, start } = started()
    const run = runInWorker<string, number>(start, 'text', 1000)
    vi.advanceTimersByTime(1000)
    await expect(run).resolves.toEqual({ ok: false, reason: 'timeout' })
    expect(worker.terminated).toBe(true)
  })

  it('reports a worker that failed, with its message, and keeps the error from the page', async () => {
    const { worker, start } = started()
    const run = runInWorker<string, number>(start, 'text', 1000)
    const error = { message: 'out of memory', defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    worker.onerror?.(error as unknown as ErrorEvent)
    await expect(run).resolves.toEqual({ ok: false, reason: 'crashed', detail: 'out of memory' })
    expect(error.defaultPrevented).toBe(true)
    expect(worker.terminated).toBe(true)
  })
})
