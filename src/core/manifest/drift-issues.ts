import type { IssueCatalogue } from '../validation/issue'

/** Codes of compareNetworkStatus: how a running pod's network-status differs from the design. */
export const DRIFT_ISSUES = {
  'drift.no-pods': {
    severity: 'warning',
    message: 'The text holds no Pod. Paste the output of `oc get pod NAME -n NAMESPACE -o yaml` or `oc get pods -A -o yaml`.',
  },
  'drift.network-status-missing': {
    severity: 'error',
    message: 'Pod {pod} has no k8s.v1.cni.cncf.io/network-status annotation: Multus did not attach it (not installed, the host not rebooted after installing it, or the pod not started yet).',
  },
  'drift.network-status-invalid': {
    severity: 'error',
    message: 'The network-status annotation of pod {pod} is not a JSON list of interfaces ({reason}).',
  },
  'drift.interface-missing': {
    severity: 'error',
    message: 'Pod {pod} has no {interface} on {network}; the design attaches it. Check the pod events (oc describe pod) for the CNI error.',
  },
  'drift.interface-extra': {
    severity: 'warning',
    message: 'Pod {pod} has {interface} on {network}, which the design does not attach.',
  },
  'drift.attached-to-other-network': {
    severity: 'error',
    message: 'Pod {pod} has {interface} on {found}; the design attaches it to {expected}.',
  },
  'drift.interface-without-address': {
    severity: 'error',
    message: 'Pod {pod} has {interface} on {network} without an address; its IPAM ({ipam}) should have given one.',
  },
  'drift.address-outside-pool': {
    severity: 'error',
    message: 'Pod {pod} has {address} on {interface}, outside the pool of {network} ({pool}).',
  },
  'drift.address-not-requested': {
    severity: 'error',
    message: 'Pod {pod} has {address} on {interface}; the design requests {requested}.',
  },
  'drift.mac-differs': {
    severity: 'error',
    message: 'Pod {pod} has MAC {found} on {interface}; the design asks for {expected}.',
  },
} satisfies IssueCatalogue
