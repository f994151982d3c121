/**
 * Calls `retry` on a timer while something keeps failing, waiting twice as long each time (up to `maxMs`); `succeeded`
 * stops it and starts the next run of failures from `firstMs` again.
 */
export function retryBackoff(retry: () => void, { firstMs = 2000, maxMs = 60_000 } = {}) {
  let attempts = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    failed() {
      if (timer !== undefined) return
      const delay = Math.min(firstMs * 2 ** attempts, maxMs)
      attempts++
      timer = setTimeout(() => {
        timer = undefined
        retry()
      }, delay)
    },
    succeeded() {
      clearTimeout(timer)
      timer = undefined
      attempts = 0
    },
  }
}
