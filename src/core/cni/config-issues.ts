import type { IssueCatalogue } from '../validation/issue'

/** Codes about the config text itself: JSON syntax, Go decoding, keys, plugin types, conflists. */
export const CONFIG_ISSUES = {
  'config.invalid-json': {
    severity: 'error',
    message:
      'spec.config is not valid JSON ({problem} at line {line}, column {column}); Multus fails at pod start with "failed to unmarshal Spec.Config".',
  },
  'config.not-an-object': {
    severity: 'error',
    message: 'spec.config must be a JSON object, not {got}.',
  },
  'config.wrong-json-type': {
    severity: 'error',
    message:
      '`{key}` must be a JSON {expected}: the plugin fails with "json: cannot unmarshal {got} into Go struct field {goField} of type {goType}".',
  },
  'config.unknown-key': {
    severity: 'warning',
    message: 'Unknown key `{key}`: the plugin silently ignores it.',
  },
  'config.unknown-key-near-miss': {
    severity: 'warning',
    message: 'Unknown key `{key}`: the plugin ignores it and its value. Did you mean `{suggestion}`?',
  },
  'config.key-case-differs': {
    severity: 'info',
    message: '`{key}` is read as `{canonical}` (the plugin matches keys regardless of case); write `{canonical}`.',
  },
  'config.duplicate-key': {
    severity: 'warning',
    message: '`{key}` appears more than once; the plugin uses the last one.',
  },
  'config.null-ignored': {
    severity: 'info',
    message: '`{key}` is null, which the plugin treats as not set.',
  },
  'config.null-cidr': {
    severity: 'error',
    message: '`{key}` is null: the plugin fails with "invalid CIDR address: ". Remove the key or give a CIDR.',
  },
  'config.runtime-key': {
    severity: 'warning',
    message: '`{key}` is set by the container runtime at run time; leave it out of the NAD.',
  },
  'config.type-missing': {
    severity: 'error',
    message: 'The config has no `type`, so no plugin can be called.',
  },
  'plugin.not-shipped-on-microshift': {
    severity: 'error',
    message:
      'MicroShift 4.17 does not ship the `{type}` plugin (only bridge, ipvlan, macvlan): pods fail with "failed to find plugin \\"{type}\\" in path".',
  },
  'ipam.not-shipped-on-microshift': {
    severity: 'error',
    message:
      'MicroShift 4.17 does not ship the `{type}` IPAM plugin (only host-local, static, dhcp): pods fail with "failed to find plugin \\"{type}\\" in path".',
  },
  'ipam.type-missing': {
    severity: 'warning',
    message: '`ipam` has keys but no `type`, so no IPAM plugin is called and the keys are ignored.',
  },
  'conflist.plugins-empty': {
    severity: 'error',
    message: 'The conflist has an empty `plugins` list; Multus reads plugins[0] and fails.',
  },
  'conflist.plugin-not-an-object': {
    severity: 'error',
    message: 'plugins[{index}] must be a JSON object.',
  },
  'conflist.plugin-key-overridden': {
    severity: 'warning',
    message: '`{key}` inside a conflist plugin is replaced by the list-level value; set it on the list.',
  },
  'conflist.chained-plugin': {
    severity: 'warning',
    message: 'Plugin `{type}` is chained after the main plugin; keep MicroShift NADs to a single plugin.',
  },
  'chain.ipvlan-master-unresolvable': {
    severity: 'error',
    message:
      'A chained ipvlan without `master` needs a previous result with exactly one interface: "chained master failure. PrevResult lacks a single named interface".',
  },
} as const satisfies IssueCatalogue
