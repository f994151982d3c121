import type { IssueCatalogue } from './issue'

/** Issue codes of this area: code → default severity and English message template. */
export const CROSS_OBJECT_ISSUES = {
  // Project and duplicates
  'network.duplicated': {
    severity: 'error',
    message: "Another NAD named '{name}' already exists in namespace '{namespace}'; Kubernetes keeps one object per name, so applying both overwrites the first.",
  },
  'workload.duplicated': {
    severity: 'error',
    message: "Another {kind} named '{name}' already exists in namespace '{namespace}'; applying both overwrites the first.",
  },
  'project.dhcp-daemon-required': {
    severity: 'info',
    message: "{count} NAD(s) use dhcp IPAM: the dhcp-daemon pods in openshift-multus must run (else 'error dialing DHCP daemon') and a DHCP server must answer on each segment.",
  },
  'project.network-policies-do-not-apply': {
    severity: 'info',
    message: 'NetworkPolicy objects do not filter traffic on secondary networks (net1…) on MicroShift; protect them on the host or the external network.',
  },
  'project.rule-failed': {
    severity: 'warning',
    message: "The designer could not finish the check '{rule}' ({reason}); this is a bug in the designer, not in the design. Other checks still ran.",
  },
  'project.multus-install-needs-reboot': {
    severity: 'info',
    message: 'After installing microshift-multus on a running node, reboot the host before pods get secondary networks; existing pods need a restart to pick up new annotations.',
  },

  // Node NICs as entered (target hostNic; fields name, mtu, primary)
  'host-nic.name-invalid': {
    severity: 'error',
    message: "'{name}' cannot be a Linux interface name (1–15 bytes, not . or .., no '/', ':' or whitespace), so no NIC on the node has it and a master naming it never matches. Use the name `ip link` shows.",
  },
  'host-nic.name-duplicated': {
    severity: 'error',
    message: "Two NICs are named '{name}', but a node has one device per name; master checks use the first. Remove or rename one.",
  },
  'host-nic.mtu-outside-ethernet-range': {
    severity: 'error',
    message: "MTU {mtu} of '{name}' is not an Ethernet MTU (a whole number {min}–{max}; 68 is the kernel's and IPv4's minimum). macvlan checks its mtu against the master's (must be [0, master MTU]), so enter what `ip link show {name}` prints.",
  },
  'host-nic.primary-marked-twice': {
    severity: 'warning',
    message: "'{name}' and '{first}' are both marked primary, but a node has one default-route NIC; macvlan and ipvlan without master use it ('{first}' here). Mark only the NIC `ip route show default` names.",
  },

  // References from the networks annotation (R-NAD-MISSING, R-NAMESPACE)
  'attachment.network-not-found': {
    severity: 'error',
    message: "No NAD '{network}' in namespace '{namespace}'; the pod stays in ContainerCreating (NoNetworkFound). Create the NAD there or fix the reference.",
  },
  'attachment.network-in-other-namespace': {
    severity: 'error',
    message: "No NAD '{network}' in namespace '{namespace}', but namespace '{otherNamespace}' has one; a reference without a namespace looks in the pod's own. Write '{otherNamespace}/{network}' or move the NAD.",
  },
  'attachment.cross-namespace-reference': {
    severity: 'warning',
    message: "The pod in '{podNamespace}' uses NAD '{network}' from namespace '{namespace}'. MicroShift's Multus allows this (no namespace isolation), clusters with isolation on reject it; prefer a NAD in the pod's namespace.",
  },
  'attachment.network-has-no-config': {
    severity: 'warning',
    message: "NAD '{network}' has no spec.config, so Multus looks on the node for a CNI file in /etc/cni/multus/net.d whose name is '{network}'; without one the pod fails to start.",
  },
  'attachment.network-config-unparseable': {
    severity: 'error',
    message: "NAD '{network}' has a spec.config that is not valid JSON; every pod using it fails to start (failed to unmarshal Spec.Config).",
  },

  // Interface names in one pod (R-IFNAME); syntax errors use the manifest codes annotation.interface-name-invalid etc.
  'interface.name-reserved': {
    severity: 'error',
    message: "Every pod already has '{interface}' ({reason}); Multus stops with 'interface name {interface} already exists'. Pick another name.",
  },
  'interface.name-duplicated': {
    severity: 'error',
    message: "Entry {otherPosition} ({otherNetwork}) also asks for '{interface}'; the later attachment fails with 'interface name {interface} already exists'.",
  },
  'interface.name-clashes-with-automatic-name': {
    severity: 'error',
    message: "'{interface}' is the automatic name of entry {otherPosition} ({otherNetwork}), which is named by position; one of them fails with 'interface name {interface} already exists'. Rename one of the two.",
  },

  // Default routes (R-DEFAULT-ROUTE)
  'default-route.taken-from-cluster-network': {
    severity: 'warning',
    message: "NAD '{network}' adds an IPv{family} default route ({reason}) ahead of eth0's, so the pod's default traffic leaves through {interface} instead of the cluster network. If intended, set default-route on this attachment instead.",
  },
  'default-route.claimed-by-several-attachments': {
    severity: 'error',
    message: "{interface} and {otherInterface} both add an IPv{family} default route ({reason}); the pod ends up with competing default routes. Keep one, or pick one with the annotation's default-route.",
  },
  'default-route.ecmp-not-supported': {
    severity: 'error',
    message: "More than one IPv{family} default-route gateway in this pod ({gateways}); Multus rejects the pod: multus does not support ECMP for default-route. Keep one per family.",
  },
  'default-route.gateway-unreachable': {
    severity: 'error',
    message: "default-route gateway {gateway} is outside every subnet of NAD '{network}' ({subnets}); the kernel refuses the route (network is unreachable) and the pod fails to start.",
  },
  'default-route.attachment-without-address': {
    severity: 'error',
    message: "default-route {gateway} needs an address on {interface}, but NAD '{network}' has no IPAM; the route cannot be added and the pod fails to start.",
  },

  // Annotation keys versus NAD capabilities (R-CAPS)
  'attachment.ips-without-ipam': {
    severity: 'warning',
    message: "NAD '{network}' has no IPAM, so the requested ips are dropped and {interface} gets no address.",
  },
  'attachment.ips-ignored-by-dhcp': {
    severity: 'warning',
    message: "NAD '{network}' uses dhcp IPAM, which ignores requested ips; the address comes from the DHCP server.",
  },
  'attachment.ips-several-for-host-local': {
    severity: 'error',
    message: "Multus also passes requested ips as CNI_ARGS IP={joined}, and host-local accepts one address there (ARGS: error parsing value of pair … invalid IP address); the pod fails to start. Request one address.",
  },
  'attachment.ips-only-through-cni-args': {
    severity: 'info',
    message: "NAD '{network}' lacks capabilities.ips, so libcni drops the runtime ips; the address still reaches {ipam} through Multus' deprecated CNI_ARGS IP=. Add \"capabilities\":{\"ips\":true} to the NAD.",
  },
  'attachment.ips-added-to-static-addresses': {
    severity: 'warning',
    message: "NAD '{network}' lacks capabilities.ips, so the requested ips reach static only through CNI_ARGS IP=, which adds them to the NAD's fixed addresses instead of replacing them: {interface} gets both. Add \"capabilities\":{\"ips\":true}.",
  },
  'attachment.mac-ignored-by-ipvlan': {
    severity: 'warning',
    message: "ipvlan interfaces share the master's MAC, so the requested mac {mac} has no effect.",
  },
  'attachment.mac-only-through-cni-args': {
    severity: 'info',
    message: "NAD '{network}' lacks capabilities.mac, so libcni drops the runtime mac; {plugin} still applies it from Multus' deprecated CNI_ARGS MAC=. Add \"capabilities\":{\"mac\":true} to the NAD.",
  },
  'attachment.port-mappings-unsupported': {
    severity: 'warning',
    message: 'portMappings need the portmap plugin, which MicroShift does not ship; the request is dropped without an error.',
  },
  'attachment.bandwidth-unsupported': {
    severity: 'warning',
    message: 'bandwidth needs the bandwidth plugin, which MicroShift does not ship; the request is dropped without an error.',
  },

  // Requested addresses (R-IP-IN-RANGE, R-REQ-IP-DUP)
  'attachment.requested-ip-outside-pool': {
    severity: 'error',
    message: "{ip} is outside every range of NAD '{network}' ({ranges}); host-local fails: failed to allocate all requested IPs.",
  },
  'attachment.requested-ip-is-gateway': {
    severity: 'error',
    message: "{ip} is the gateway of NAD '{network}'; host-local refuses it: requested ip {ip} is subnet's gateway.",
  },
  'attachment.requested-ip-needs-prefix': {
    severity: 'error',
    message: "static needs a prefix on every requested address ('{ip}' has none); the plugin rejects it as not in CIDR notation. Write it like {ip}/24.",
  },
  'attachment.requested-ip-duplicated': {
    severity: 'error',
    message: "{ip} is also requested by {otherWorkload} (entry {otherPosition}) from the same host-local store; the pod that starts second fails: requested IP address is not available.",
  },
  'attachment.requested-ip-shared-by-replicas': {
    severity: 'error',
    message: "{kind} '{workload}' runs {pods} pods that all request {ip}; host-local gives it to the first and the others fail to start. Use one replica per fixed address.",
  },

  // static IPAM keeps no state (R-STATIC-DUP)
  'static.address-duplicated': {
    severity: 'error',
    message: '{ip} is also used by {other}; static keeps no state, so two interfaces get the same address and traffic breaks silently.',
  },
  'static.address-shared-by-replicas': {
    severity: 'error',
    message: "{kind} '{workload}' runs {pods} pods and every one gets {ip} from NAD '{network}' (static keeps no state). Use one replica, or request a different address per pod.",
  },
  'attachment.static-without-addresses-needs-ips': {
    severity: 'error',
    message: "NAD '{network}' uses static IPAM without addresses, so {interface} can only get the addresses this entry requests in `ips`; with none, the plugin fails with \"IPAM plugin returned missing IP config\". Add ips (with prefix) to this entry.",
  },
  'static.address-attached-twice': {
    severity: 'error',
    message: "NAD '{network}' with fixed address {ip} is attached twice in this pod; both interfaces get the same address.",
  },

  // host-local stores and pools (R-SUBNET-OVERLAP, R-NAME-INJECT, R-POOL)
  'host-local.subnets-overlap-with-separate-stores': {
    severity: 'error',
    message: "Subnet {subnet} overlaps {otherSubnet} of NAD '{other}', whose leases live in another store ({otherStore}, here {store}); the same address can go to two pods. Use separate subnets, or the same CNI name and dataDir to share one store.",
  },
  'host-local.store-shared': {
    severity: 'info',
    message: "Shares the host-local lease store {store} with NAD '{other}', so their overlapping addresses stay unique.",
  },
  'host-local.store-shared-across-namespaces': {
    severity: 'warning',
    message: "NAD '{other}' in namespace '{otherNamespace}' has the same CNI name '{cniName}' ({reason}), so both keep leases in {store}. Set a unique config.name unless sharing is intended.",
  },
  'host-local.pool-smaller-than-demand': {
    severity: 'error',
    message: 'The pool holds {capacity} address(es) per node but {demand} pod attachments need one each; the rest fail with no IP addresses available in range set. Widen the range or run fewer pods.',
  },
  'host-local.pool-headroom-low': {
    severity: 'warning',
    message: 'The pool holds {capacity} address(es) per node and {demand} pod attachments use them ({free} left, under 10 %); rolling updates and leases never released can exhaust it.',
  },

  // Masters (R-MASTER-MIX, R-PASSTHRU)
  'master.shared-by-macvlan-and-ipvlan': {
    severity: 'error',
    message: "Master {master} also carries {otherKind} NAD '{other}'; one device cannot hold both macvlan and ipvlan links, so the kind created second fails. Use separate NICs or VLAN sub-interfaces.",
  },
  'macvlan.passthru-used-by-several-pods': {
    severity: 'error',
    message: 'passthru gives master {master} to a single macvlan, but {pods} pod attachments use this NAD; all but the first fail: failed to create macvlan: invalid argument. Use bridge mode or one pod.',
  },
  'macvlan.passthru-master-shared': {
    severity: 'error',
    message: "passthru needs master {master} to itself, but macvlan NAD '{other}' uses it too; whichever starts second fails: failed to create macvlan: invalid argument.",
  },

  // Shared bridges (R-BRIDGE-SHARED)
  'bridge.gateway-address-conflict': {
    severity: 'error',
    message: "Bridge {bridge} already gets {otherAddress} from NAD '{other}' (isGateway); this NAD wants {address}, so pods of the NAD that starts second fail: already has an IP address different from. Use separate bridges or one subnet.",
  },
  'bridge.force-address-takes-over': {
    severity: 'error',
    message: "forceAddress makes this NAD replace {otherAddress} of NAD '{other}' on bridge {bridge} with {address}; pods of '{other}' lose their gateway. Use a separate bridge.",
  },
  'bridge.created-settings-differ': {
    severity: 'warning',
    message: "Bridge {bridge} is shared with NAD '{other}' ({setting} {otherValue}, here {value}); {setting} is applied only when the bridge is created, so the NAD whose pod starts first wins.",
  },
  'bridge.promisc-mode-differs': {
    severity: 'warning',
    message: "Bridge {bridge} is shared with NAD '{other}' but only one of them sets promiscMode; once a pod of the promiscuous one starts, the bridge stays promiscuous for all.",
  },

  // Fixed MACs (R-MAC-STATIC)
  'macvlan.fixed-mac-shared-by-pods': {
    severity: 'error',
    message: "mac {mac} is fixed in the NAD and {pods} pod attachments use it without their own mac; all get the same MAC on {master}. Remove it and set a mac per pod in the annotation (with capabilities.mac).",
  },
  'attachment.mac-duplicated': {
    severity: 'error',
    message: '{mac} is also requested by {otherWorkload} (entry {otherPosition}) on the same segment ({segment}); two interfaces with one MAC break forwarding.',
  },
  'attachment.mac-shared-by-replicas': {
    severity: 'error',
    message: "{kind} '{workload}' runs {pods} pods that all request mac {mac}; they collide on the same segment. Use one replica per fixed MAC.",
  },

  // Conflists (R-CHAIN)
  'conflist.ipvlan-chained': {
    severity: 'warning',
    message: "ipvlan at plugin {position} follows {previous}; chained ipvlan takes its master from the previous result (bridge returns three interfaces, macvlan's lives in the pod), so it fails. Keep MicroShift NADs to a single plugin.",
  },
} satisfies IssueCatalogue

/** A code of this area. */
export type CrossObjectCode = keyof typeof CROSS_OBJECT_ISSUES
