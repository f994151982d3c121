import { memo, useCallback } from 'react'
import { Box, Typography } from '@mui/material'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { BridgeNode, ClusterNetworkNode, NicNode } from '../../../../core'
import { useActions } from '../../../state/store-context'
import { NODE_SIZE } from '../layout/node-sizes'
import type { TopologyFlowNode } from '../layout/to-flow-elements'
import { CardLine, NodeCard, Tag, isSameCard } from './node-card'

/** The MicroShift host: a frame around its NICs and bridges. */
export const HostNodeView = memo(function HostNodeView() {
  const { t } = useTranslation()
  return (
    <Box sx={{ width: '100%', height: '100%', border: 2, borderColor: 'divider', borderRadius: 2, bgcolor: 'action.hover', boxSizing: 'border-box' }}>
      <Typography sx={{ height: NODE_SIZE.hostHeader, lineHeight: `${NODE_SIZE.hostHeader}px`, px: 2, fontSize: 13, fontWeight: 700, color: 'text.secondary' }}>
        {t('topology.host')}
      </Typography>
    </Box>
  )
})

/** A NIC: name, MTU, primary (br-ex rides on it); a click shows it in the node NICs (or their section, to add it). */
export const NicNodeView = memo(function NicNodeView({ data }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const actions = useActions()
  const node = data.node as NicNode
  const showObject = useCallback(() => actions.focusNic(node.name, 'name'), [actions, node.name])
  const title = node.implicitDefaultRoute ? t('topology.defaultRouteNic') : node.name
  const subtitle = [t('topology.nic'), node.listed ? undefined : t('topology.unlisted')].filter(Boolean).join(' · ')
  return (
    <NodeCard title={title} subtitle={subtitle} marks={node.marks} selected={false} onShowObject={showObject}
      tag={node.primary ? <Tag>{t('topology.primary')} · {t('topology.brEx')}</Tag> : undefined}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <CardLine>{node.mtu === undefined ? '—' : t('topology.mtu', { mtu: node.mtu })}</CardLine>
    </NodeCard>
  )
}, isSameCard)

/** A Linux bridge: VLANs or trunk, isGateway / ipMasq, whether the host reaches the pods, gateway addresses. */
export const BridgeNodeView = memo(function BridgeNodeView({ data }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const node = data.node as BridgeNode
  const vlans = [node.vlans.length > 0 ? t('topology.vlan', { vlans: node.vlans.join(', ') }) : t('topology.noVlan'), node.trunk ? t('topology.trunk') : undefined]
  const flags = [node.isGateway ? t('topology.isGateway') : undefined, node.ipMasq ? t('topology.ipMasq') : undefined,
    node.hostReachable ? t('topology.hostReach') : t('topology.noHostReach')]
  return (
    <NodeCard title={node.name} subtitle={t('topology.bridge')} marks={node.marks} selected={false}
      tag={node.mtu === undefined ? undefined : <Tag>{t('topology.mtu', { mtu: node.mtu })}</Tag>}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <CardLine>{vlans.filter(Boolean).join(' · ')}</CardLine>
      <CardLine>{flags.filter(Boolean).join(' · ')}</CardLine>
      {node.gatewayAddresses.map((address) => <CardLine key={address} mono>{t('topology.gateway', { address })}</CardLine>)}
    </NodeCard>
  )
}, isSameCard)

/** The cluster network every eth0 is on, with its CIDRs; br-ex takes it to the primary NIC. */
export const ClusterNetworkNodeView = memo(function ClusterNetworkNodeView({ data }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const node = data.node as ClusterNetworkNode
  return (
    <NodeCard title={t('topology.clusterNetwork')} subtitle={t('topology.ovn')} marks={node.marks} selected={false}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {node.cidrs.length === 0 ? <CardLine>—</CardLine> : node.cidrs.map((cidr) => <CardLine key={cidr} mono>{cidr}</CardLine>)}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </NodeCard>
  )
}, isSameCard)
