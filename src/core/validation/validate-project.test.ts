import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCniConfig } from '../cni/parse-cni-config'
import type { Attachment, Network, Workload } from '../project/model'
import { ISSUE_CATALOGUE } from './catalogue'
import { formatIssue } from './format-issue'
import {
  aBridgeNetwork, aDeployment, aMacvlanNetwork, anIpvlanNetwork, aPod, aProject, attach, aWorkload, dhcp, hostLocal, staticIpam,
} from './test-builders'
import { validateProject } from './validate-project'

/** A project that trips most cross-object rules at once. */
function kitchenSink() {
  const networks: Network[] = [
    aMacvlanNetwork({ master: 'eth1', mode: 'passthru', ipam: hostLocal('10.9.9.0/30') }, { name: 'pt' }),
    anIpvlanNetwork({ master: 'eth1', ipam: hostLocal('10.9.0.0/16') }, { name: 'ipv' }),
    aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { name: 'a' }),
    aBridgeNetwork({ bridge: 'br0', isDefaultGateway: true, forceAddress: true, mtu: 9000, ipam: hostLocal('10.1.0.0/16') }, { name: 'b' }),
    aMacvlanNetwork({ master: 'eth2', mac: '02:00:00:00:00:01', ipam: staticIpam('192.168.5.5/24') }, { name: 'st' }),
    aMacvlanNetwork({ master: 'eth2', ipam: staticIpam('192.168.5.5/24') }, { name: 'st2' }),
    aMacvlanNetwork({ master: 'eth3', ipam: dhcp() }, { name: 'leased' }),
    aBridgeNetwork({ bridge: 'br9', ipam: hostLocal('10.50.0.0/24') }, { name: 'lan', namespace: 'other' }),
    aBridgeNetwork({ bridge: 'br8', ipam: hostLocal('10.60.0.0/24') }, { name: 'lan' }),
  ]
  const workloads: Workload[] = [
    aDeployment(3, [attach('pt'), attach('st'), attach('a', { interface: 'net4', ips: ['10.1.1.1', '10.1.1.9'] }), attach('b')], { name: 'web' }),
    aPod([attach('missing'), attach('lan', { namespace: 'other', mac: '02:00:00:00:00:09', defaultRoute: ['10.50.0.1', '10.50.0.2'] }),
      attach('leased', { interface: 'eth0', ips: ['10.1.1.5'], extra: { portMappings: [] } }), attach('ipv', { mac: '02:00:00:00:00:03' })], { name: 'p1' }),
    aPod([attach('st2'), attach('st')], { name: 'p1' }),
  ]
  return aProject(networks, workloads, [{ name: 'eth1', mtu: 1500, primary: true }, { name: 'eth1', mtu: 40, primary: true }, { name: 'eth:2', mtu: 1500, primary: false }])
}

describe('validateProject', () => {
  it('finds nothing in an empty project', () => {
    expect(validateProject(aProject([]))).toEqual([])
  })

  it('reports per-network and cross-object findings together', () => {
    const codes = new Set(validateProject(kitchenSink()).map((issue) => issue.code))
    for (const code of [
      'master.shared-by-macvlan-and-ipvlan', 'macvlan.passthru-used-by-several-pods', 'bridge.force-address-takes-over',
      'bridge.created-settings-differ', 'host-local.subnets-overlap-with-separate-stores', 'host-local.pool-smaller-than-demand',
      'static.address-duplicated', 'static.address-shared-by-replicas', 'macvlan.fixed-mac-shared-by-pods', 'attachment.network-not-found',
      'attachment.cross-namespace-reference', 'interface.name-reserved', 'interface.name-clashes-with-automatic-name',
      'default-route.ecmp-not-supported', 'attachment.ips-several-for-host-local', 'attachment.requested-ip-is-gateway',
      'attachment.ips-ignored-by-dhcp', 'attachment.mac-ignored-by-ipvlan', 'attachment.port-mappings-unsupported',
      'workload.duplicated', 'project.dhcp-daemon-required', 'project.network-policies-do-not-apply',
      'host-nic.name-invalid', 'host-nic.name-duplicated', 'host-nic.mtu-outside-ethernet-range', 'host-nic.primary-marked-twice',
    ]) expect(codes, code).toContain(code)
    expect(codes).not.toContain('project.rule-failed')
  })

  it('leaves the project untouched (it may be a frozen store value)', () => {
    const project = kitchenSink()
    const deepFreeze = (value: unknown): void => {
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value)
        for (const child of Object.values(value)) deepFreeze(child)
      }
    }
    const before = JSON.stringify(project)
    deepFreeze(project)
    const issues = validateProject(project)
    expect(issues.filter((issue) => issue.code === 'project.rule-failed')).toEqual([])
    expect(JSON.stringify(project)).toBe(before)
  })

  it('gives every finding a catalogued code and fills every message slot', () => {
    for (const issue of validateProject(kitchenSink())) {
      expect(ISSUE_CATALOGUE[issue.code], issue.code).toBeDefined()
      expect(formatIssue(issue), issue.code).not.toMatch(/\{\w+\}/)
      expect(issue.severity).toBe(ISSUE_CATALOGUE[issue.code]!.severity)
    }
  })

  it('fails no rule on list entries the decoder keeps without their key (static address, route dst)', () => {
    const network = parseCniConfig('{"cniVersion":"0.4.0","name":"s","type":"bridge","isDefaultGateway":true,"ipam":{"type":"static","addresses":[{}],"routes":[{}]}}').config
    const nad: Network = { id: 's', name: 's', namespace: 'default', config: network }
    const codes = validateProject(aProject([nad], [aPod([attach(nad)]), aPod([attach(nad)])])).map((issue) => issue.code)
    expect(codes).not.toContain('project.rule-failed')
    expect(codes).toContain('static.address-missing')
  })

  it('never throws and never loses a rule, whatever the project holds', () => {
    const text = fc.oneof(
      fc.constantFrom('10.1.1.0/24', '10.1.0.0/16', '10.1.1.5', 'fd00::/64', 'fd00::5', '0.0.0.0/0', '::/0', 'eth1', 'cni0', '', 'x/y', '10.1.1.0/33'),
      fc.string({ maxLength: 12 }),
    )
    const ipam = fc.oneof(
      fc.constant(undefined),
      fc.record({ type: fc.constant('host-local' as const), subnet: text, rangeStart: fc.option(text, { nil: undefined }), gateway: fc.option(text, { nil: undefined }), routes: fc.option(fc.array(fc.record({ dst: text }), { maxLength: 2 }), { nil: undefined }) }),
      fc.record({ type: fc.constant('static' as const), addresses: fc.array(fc.record({ address: text, gateway: fc.option(text, { nil: undefined }) }), { maxLength: 2 }) }),
      fc.constant(dhcp()),
    )
    const network = fc.tuple(fc.constantFrom('bridge', 'macvlan', 'ipvlan'), fc.constantFrom('a', 'b', 'c'), text, ipam, fc.boolean(), fc.constantFrom('passthru', 'bridge', undefined))
      .map(([type, name, word, ipamValue, flag, mode]): Network => {
        if (type === 'bridge') return aBridgeNetwork({ bridge: word || undefined, isGateway: flag, forceAddress: flag, ipam: ipamValue }, { name })
        if (type === 'macvlan') return aMacvlanNetwork({ master: word || undefined, mode, mac: flag ? word : undefined, ipam: ipamValue }, { name })
        return anIpvlanNetwork({ master: word || undefined, ipam: ipamValue }, { name })
      })
    const attachment = fc.record({
      network: fc.constantFrom('a', 'b', 'c', 'd'),
      interface: fc.option(text, { nil: undefined }),
      ips: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
      mac: fc.option(text, { nil: undefined }),
      defaultRoute: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    }) as fc.Arbitrary<Attachment>
    const workload = fc.tuple(fc.constantFrom('Pod', 'Deployment', 'DaemonSet') as fc.Arbitrary<Workload['kind']>, fc.array(attachment, { maxLength: 4 }), fc.integer({ min: -1, max: 5 }))
      .map(([kind, attachments, replicas]) => aWorkload(kind, attachments, { replicas }))
    fc.assert(fc.property(fc.array(network, { maxLength: 6 }), fc.array(workload, { maxLength: 4 }), (networks, workloads) => {
      const issues = validateProject(aProject(networks, workloads))
      expect(issues.filter((issue) => issue.code === 'project.rule-failed')).toEqual([])
    }), { numRuns: 300 })
  })
})
