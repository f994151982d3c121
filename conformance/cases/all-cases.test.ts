import { describe, expect, it } from 'vitest'
import { HAND_WRITTEN_CASES } from './all-cases'

describe('the hand-written corpus', () => {
  it('has at least 150 cases with unique ids', () => {
    const ids = HAND_WRITTEN_CASES.map((testCase) => testCase.id)
    expect(ids.length).toBeGreaterThanOrEqual(150)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('covers every plugin, IPAM type and the section 4 rule families', () => {
    const families = new Set(HAND_WRITTEN_CASES.map((testCase) => testCase.family))
    for (const family of ['bridge', 'macvlan', 'ipvlan', 'host-local', 'static', 'dhcp', 'R-VERSION', 'R-UNSUPPORTED', 'R-POOL',
      'R-PASSTHRU', 'R-MASTER-MIX', 'R-SUBNET-OVERLAP', 'R-CLUSTER-OVERLAP', 'R-STATIC-DUP', 'R-REQ-IP-DUP', 'R-IP-IN-RANGE', 'R-IFNAME',
      'R-BRIDGE-SHARED', 'R-BRIDGE-NAME', 'R-DEFAULT-ROUTE', 'R-GW-SUBNET', 'R-DHCP', 'R-MTU', 'R-CHAIN', 'R-CAPS', 'R-MAC-STATIC', 'R-NAD-NAME']) {
      expect(families, family).toContain(family)
    }
  })

  it('gives every deliberate difference an accept expectation and every undecidable case a reason', () => {
    for (const testCase of HAND_WRITTEN_CASES) {
      if (testCase.deliberate) expect(testCase.expect, testCase.id).toBe('accept')
      if (testCase.expect === 'undecidable' && !testCase.versionSpecific) expect(testCase.undecidableReason, testCase.id).toBeTruthy()
      expect(testCase.networks.length, testCase.id).toBeGreaterThan(0)
    }
  })
})
