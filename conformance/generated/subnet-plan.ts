import type { SeededRandom } from './seeded-random'

/** An IPv4 or IPv6 subnet handed to one generated network, with helpers for addresses inside it. */
export interface PlannedSubnet {
  cidr: string
  /** The n-th address of the subnet (0 = network address). */
  host(n: number): string
  /** Usable host count (IPv4 without network and broadcast; IPv6 capped). */
  size: number
}

const V4_BLOCKS = ['198.51.100', '203.0.113'] as const

/**
 * Hands out distinct documentation or private subnets for one project (198.51.100.0/24 and 203.0.113.0/24 cut in
 * /26s, 10.100–10.199 /24s away from MicroShift's 10.42/10.43, fd00::/8 and 2001:db8::/32 /64s).
 */
export class SubnetPlan {
  private readonly used = new Set<string>()

  constructor(private readonly random: SeededRandom) {}

  v4(): PlannedSubnet {
    for (;;) {
      const subnet = this.random.chance(0.5) ? this.quarter() : this.tenNet()
      if (this.used.has(subnet.cidr)) continue
      this.used.add(subnet.cidr)
      return subnet
    }
  }

  v6(): PlannedSubnet {
    for (;;) {
      const prefix = this.random.chance(0.5) ? `fd00:${this.random.int(1, 0xfff).toString(16)}` : `2001:db8:${this.random.int(1, 0xfff).toString(16)}`
      const cidr = `${prefix}::/64`
      if (this.used.has(cidr)) continue
      this.used.add(cidr)
      return { cidr, size: 1000, host: (n) => `${prefix}::${n.toString(16)}` }
    }
  }

  /** An IPv4 /24 for routes' destinations that no network of the project uses. */
  routeDestination(): string {
    for (;;) {
      const cidr = `10.250.${this.random.int(0, 255)}.0/24`
      if (this.used.has(cidr)) continue
      this.used.add(cidr)
      return cidr
    }
  }

  private quarter(): PlannedSubnet {
    const block = this.random.pick(V4_BLOCKS)
    const base = this.random.int(0, 3) * 64
    return { cidr: `${block}.${base}/26`, size: 62, host: (n) => `${block}.${base + n}` }
  }

  private tenNet(): PlannedSubnet {
    const prefix = `10.${this.random.int(100, 199)}.${this.random.int(0, 255)}`
    return { cidr: `${prefix}.0/24`, size: 254, host: (n) => `${prefix}.${n}` }
  }
}
