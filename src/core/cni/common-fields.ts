import type { Capabilities, Dns, Route } from '../project/model'
import { CIDR, STRING, STRING_LIST, listOf, type FieldSpec, type FieldTable } from './field-schema'

/** CNI `dns` (types.DNS). */
export const DNS_FIELDS = {
  nameservers: STRING_LIST,
  domain: STRING,
  search: STRING_LIST,
  options: STRING_LIST,
} as const satisfies Record<keyof Dns, FieldSpec>

/** A route (libcni v1.1.2's types.Route has only dst and gw). */
export const ROUTE_FIELDS = { dst: CIDR, gw: STRING } as const satisfies Record<keyof Route, FieldSpec>

/** IPAM `routes`. */
export const ROUTES: FieldSpec = listOf(ROUTE_FIELDS, '[]*types.Route')

/** Capability names that Multus passes from the pod annotation to bridge/ipvlan/macvlan/host-local/static. */
export const KNOWN_CAPABILITIES = ['ips', 'mac'] as const satisfies readonly (keyof Capabilities)[]

/** Keys every plugin config shares, split around the plugin's own keys for the emit order. */
export const COMMON_HEAD_FIELDS = { cniVersion: STRING, name: STRING, type: STRING } as const satisfies FieldTable

/** `dns` and `capabilities` (ipam is handled per IPAM type and emitted between plugin keys and these). */
export const COMMON_TAIL_FIELDS = {
  dns: { type: { kind: 'object', fields: DNS_FIELDS }, goType: 'types.DNS' },
  capabilities: { type: { kind: 'boolMap', known: KNOWN_CAPABILITIES }, goType: 'map[string]bool' },
} as const satisfies FieldTable

/** Keys the runtime sets; a NAD should not carry them (CNI SPEC.md). */
export const RUNTIME_KEYS = ['args', 'runtimeConfig', 'prevResult'] as const

/** Main plugin types MicroShift 4.17 ships (assets/optional/multus/06-daemonset.yaml). */
export const MICROSHIFT_PLUGIN_TYPES = ['bridge', 'ipvlan', 'macvlan'] as const

/** IPAM types MicroShift 4.17 ships. */
export const MICROSHIFT_IPAM_TYPES = ['host-local', 'static', 'dhcp'] as const
