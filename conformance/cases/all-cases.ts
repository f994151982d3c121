import { BRIDGE_CASES } from './bridge-cases'
import type { ConformanceCase } from './conformance-case'
import { COMMON_CASES } from './common-cases'
import { CROSS_OBJECT_CASES } from './cross-object-cases'
import { EDGE_CASES } from './edge-cases'
import { HOST_LOCAL_CASES } from './host-local-cases'
import { IPVLAN_CASES } from './ipvlan-cases'
import { MACVLAN_CASES } from './macvlan-cases'
import { STATIC_DHCP_CASES } from './static-dhcp-cases'

/** Every hand-written case, by family. */
export const HAND_WRITTEN_CASES: ConformanceCase[] = [
  ...COMMON_CASES,
  ...BRIDGE_CASES,
  ...MACVLAN_CASES,
  ...IPVLAN_CASES,
  ...HOST_LOCAL_CASES,
  ...STATIC_DHCP_CASES,
  ...CROSS_OBJECT_CASES,
  ...EDGE_CASES,
]
