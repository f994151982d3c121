import type { CaseConfig, ConformanceCase } from './conformance-case'

type Json = Record<string, unknown>

/** host-local on a documentation range, the default IPAM of the builders. */
export const HOST_LOCAL: Json = { type: 'host-local', subnet: '198.51.100.0/24' }

/** A macvlan config on the lab's non-primary 1500-MTU NIC. */
export function aMacvlan(fields: Json = {}): Json {
  return { cniVersion: '1.0.0', name: 'mv', type: 'macvlan', master: 'ens2', mode: 'bridge', ipam: HOST_LOCAL, ...fields }
}

/** An ipvlan config on the lab's non-primary 1500-MTU NIC. */
export function anIpvlan(fields: Json = {}): Json {
  return { cniVersion: '1.0.0', name: 'iv', type: 'ipvlan', master: 'ens2', mode: 'l2', ipam: HOST_LOCAL, ...fields }
}

/** A bridge config with its own bridge name and host-local IPAM. */
export function aBridge(fields: Json = {}): Json {
  return { cniVersion: '0.4.0', name: 'br', type: 'bridge', bridge: 'br-test', ipam: { type: 'host-local', subnet: '10.10.0.0/24' }, ...fields }
}

/** A macvlan config carrying the given IPAM. */
export function withIpam(ipam: Json, fields: Json = {}): Json {
  return aMacvlan({ ipam, ...fields })
}

type CaseExtras = Omit<ConformanceCase, 'id' | 'family' | 'description' | 'networks' | 'expect'>

/** A case with one NAD attached once by one pod. */
export function oneConfig(id: string, family: string, description: string, config: CaseConfig,
  expect: ConformanceCase['expect'], extras: CaseExtras = {}): ConformanceCase {
  return { id, family, description, networks: [{ config }], expect, ...extras }
}

/** A case with several NADs (and pods given in `extras.pods`, else one pod attaching all of them). */
export function severalConfigs(id: string, family: string, description: string, configs: CaseConfig[],
  expect: ConformanceCase['expect'], extras: CaseExtras = {}): ConformanceCase {
  return { id, family, description, networks: configs.map((config) => ({ config })), expect, ...extras }
}

/** A copy of `config` without `key` (to test a missing key). */
export function without(config: Json, key: string): Json {
  const copy = { ...config }
  delete copy[key]
  return copy
}
