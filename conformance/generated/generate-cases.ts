import type { ConformanceCase } from '../cases/conformance-case'
import type { CoreApi } from '../core/core-api'

/** Cases built from the core's own output: configs for random valid projects, and mutations of them. */
export function generateCases(_api: CoreApi, _seed: number): ConformanceCase[] {
  return []
}
