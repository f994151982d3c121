import type { Ipam } from '../project/model'
import { cidrsOverlap } from '../net/cidrs-overlap'
import { toCidr } from '../net/parse-cidr'
import { ipamSubnets } from './ipam/ipam-subnets'
import type { RuleContext } from './rule-context'

/** R-CLUSTER-OVERLAP: an IPAM subnet must not overlap the cluster or service network. */
export function validatePlatformOverlap(ipam: Ipam | undefined, ctx: RuleContext): void {
  const platform = [
    ...ctx.platform.clusterNetwork.map((text) => ({ text, code: 'subnet.overlaps-cluster-network' as const })),
    ...ctx.platform.serviceNetwork.map((text) => ({ text, code: 'subnet.overlaps-service-network' as const })),
  ]
  for (const subnet of ipamSubnets(ipam)) {
    for (const network of platform) {
      const cidr = toCidr(network.text)
      if (cidr && cidrsOverlap(subnet.cidr, cidr)) {
        ctx.report(network.code, subnet.path, { subnet: subnet.text, platformNetwork: network.text })
      }
    }
  }
}
