/** A Go field type of a foreign plugin's config struct, as encoding/json checks it. */
export type ForeignFieldType = 'string' | 'int' | 'bool' | 'map[string]string'

/** The Go struct a foreign plugin decodes its config into, and the JSON types of its best-known fields. */
export interface ForeignPluginFields {
  goStruct: string
  fields: Readonly<Record<string, ForeignFieldType>>
}

/**
 * Field types of common plugins MicroShift does not ship, so a NAD written for another cluster still gets Go's
 * decoding errors. Only fields read from each plugin's config struct (pointer fields take their element type).
 */
export const FOREIGN_PLUGIN_FIELDS: Readonly<Record<string, ForeignPluginFields>> = {
  // ovn-org/ovn-kubernetes go-controller/pkg/cni/types/types.go NetConf (layer2, layer3 and localnet topologies).
  'ovn-k8s-cni-overlay': {
    goStruct: 'NetConf',
    fields: {
      topology: 'string',
      netAttachDefName: 'string',
      role: 'string',
      mtu: 'int',
      subnets: 'string',
      excludeSubnets: 'string',
      joinSubnet: 'string',
      vlanID: 'int',
      allowPersistentIPs: 'bool',
    },
  },
  // containernetworking/plugins plugins/meta/tuning/tuning.go TuningConf.
  tuning: {
    goStruct: 'TuningConf',
    fields: { sysctl: 'map[string]string', mac: 'string', promisc: 'bool', mtu: 'int', allmulti: 'bool', dataDir: 'string' },
  },
  // containernetworking/plugins plugins/main/vlan/vlan.go NetConf.
  vlan: {
    goStruct: 'NetConf',
    fields: { master: 'string', vlanId: 'int', mtu: 'int', linkInContainer: 'bool' },
  },
  // k8snetworkplumbingwg/sriov-cni pkg/types/types.go NetConf: spoofchk and trust are "on"/"off" strings.
  sriov: {
    goStruct: 'NetConf',
    fields: {
      deviceID: 'string',
      vlan: 'int',
      vlanQoS: 'int',
      min_tx_rate: 'int',
      max_tx_rate: 'int',
      spoofchk: 'string',
      trust: 'string',
      link_state: 'string',
      vlan_trunk: 'string',
    },
  },
}
