import { memo, useCallback } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { MissingNetworkNode, NetworkNode } from '../../../../core'
import { useActions } from '../../../state/store-context'
import type { TopologyFlowNode } from '../layout/to-flow-elements'
import { CardLine, NodeCard, Tag, isSameCard } from './node-card'

/** Drop target for attachments: the whole card, so a drag may end anywhere on it; it never starts a connection. */
const WHOLE_CARD_TARGET = { inset: 0, width: 'auto', height: 'auto', transform: 'none', borderRadius: 4, opacity: 0, minWidth: 0, minHeight: 0 }

/** A NAD: name, namespace, plugin (mode, VLAN), IPAM and its pools; attachments end on it, its uplink leaves it. */
export const NetworkNodeView = memo(function NetworkNodeView({ data, selected }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const actions = useActions()
  const node = data.node as NetworkNode
  const showObject = useCallback(() => actions.select({ kind: 'network', id: node.networkId }), [actions, node.networkId])
  const detail = [node.plugin, node.mode, node.vlan === undefined ? undefined : t('topology.vlan', { vlans: node.vlan })].filter(Boolean).join(' · ')
  return (
    <NodeCard title={node.name} subtitle={node.namespace} marks={node.marks} selected={selected} tag={<Tag>{node.plugin}</Tag>} onShowObject={showObject}>
      <Handle type="target" position={Position.Left} isConnectableStart={false} style={WHOLE_CARD_TARGET} />
      <CardLine mono>{detail}</CardLine>
      <CardLine>{t('topology.ipam', { type: node.ipam.type })}</CardLine>
      {node.ipam.pools.map((pool, i) => <CardLine key={i} mono>{pool}</CardLine>)}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </NodeCard>
  )
}, isSameCard)

/** An attachment names a NAD the design does not have: dashed, in the error colour. */
export const MissingNetworkNodeView = memo(function MissingNetworkNodeView({ data, selected }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const node = data.node as MissingNetworkNode
  return (
    <NodeCard title={node.name} subtitle={node.namespace} marks={node.marks} selected={selected} dashed tag={<Tag>{t('topology.missingNetwork')}</Tag>}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <CardLine>{t('topology.missingHint')}</CardLine>
    </NodeCard>
  )
}, isSameCard)
