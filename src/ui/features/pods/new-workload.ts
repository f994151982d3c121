import type { Network, Workload } from '../../../core'

/** A small example Pod attached to `network` (when there is one), in that network's namespace. */
export function newWorkload(id: string, name: string, network: Network | undefined): Workload {
  return {
    id, kind: 'Pod', name, namespace: network?.namespace ?? 'default',
    attachments: network ? [{ network: network.name }] : [],
  }
}
