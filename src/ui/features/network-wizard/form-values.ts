import type { Network } from '../../../core'
import { pruneFormValues } from '../../shared/prune-form-values'

/** The network a form's values describe, keeping the id and always a name and namespace (maybe empty). */
export function toNetwork(values: unknown, fallback: Network): Network {
  const pruned = pruneFormValues(values)
  return {
    ...(pruned as unknown as Network),
    id: fallback.id,
    name: typeof pruned.name === 'string' ? pruned.name : '',
    namespace: typeof pruned.namespace === 'string' ? pruned.namespace : '',
  }
}
