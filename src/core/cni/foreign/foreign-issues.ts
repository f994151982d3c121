import type { IssueCatalogue } from '../../validation/issue'

/** Codes about plugins MicroShift does not ship, for NADs written for other clusters. */
export const FOREIGN_ISSUES = {
  'tuning.sysctl-hard-codes-interface': {
    severity: 'warning',
    message:
      'Sysctl `{key}` hard-codes interface `{interface}`, but the pod names the attachment (net1, net2… or a requested name); write `{fixed}`: tuning replaces IFNAME with that name.',
  },
} as const satisfies IssueCatalogue
