import { memo, useCallback } from 'react'
import { Box, Typography } from '@mui/material'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { WorkloadNode as WorkloadData } from '../../../../core'
import { useActions } from '../../../state/store-context'
import { NODE_SIZE } from '../layout/node-sizes'
import type { TopologyFlowNode } from '../layout/to-flow-elements'
import { MarkBadge } from './mark-badge'
import { NodeCard, Tag, isSameCard } from './node-card'
import { useShowMark } from './use-show-mark'

/** The handle id of the row that attaches a workload to one more network. */
export const ADD_ATTACHMENT_HANDLE = 'add'

const HANDLE_SX = { width: 10, height: 10 }

/** A workload card: kind, name, namespace, replicas; one row and source handle per interface, then an "attach" row. */
export const WorkloadNodeView = memo(function WorkloadNodeView({ data, selected }: NodeProps<TopologyFlowNode>) {
  const { t } = useTranslation()
  const actions = useActions()
  const node = data.node as WorkloadData
  const showObject = useCallback(() => actions.select({ kind: 'workload', id: node.workloadId }), [actions, node.workloadId])
  const showMark = useShowMark(showObject)
  const replicas = node.replicas === undefined ? t('topology.daemonSet') : t('topology.replicas', { count: node.replicas })
  return (
    <NodeCard title={node.name} subtitle={`${node.workloadKind} · ${node.namespace}`} marks={node.marks} selected={selected}
      tag={<Tag>{replicas}</Tag>} onShowObject={showObject}>
      {node.interfaces.map((nic) => (
        <Box key={nic.name} data-testid="topology-interface" data-interface={nic.name} data-severity={nic.marks[0]?.severity}
          sx={{ position: 'relative', height: NODE_SIZE.interfaceRow, px: 1, display: 'flex', alignItems: 'center', gap: 1, borderTop: 1, borderColor: 'divider' }}>
          <Typography sx={{ fontFamily: 'monospace', fontSize: 12, fontWeight: 600, minWidth: 40 }}>{nic.name}</Typography>
          <Typography noWrap sx={{ fontFamily: 'monospace', fontSize: 11, color: 'text.secondary', flex: 1 }}>
            {nic.addresses.join(', ') || t('topology.noAddress')}
          </Typography>
          <MarkBadge marks={nic.marks} onShow={showMark} />
          <Handle type="source" position={Position.Right} id={nic.name} style={HANDLE_SX}
            title={t('topology.interfaceHandle', { name: nic.name, workload: node.name })} />
        </Box>
      ))}
      <Box sx={{ position: 'relative', height: NODE_SIZE.interfaceRow, px: 1, display: 'flex', alignItems: 'center', borderTop: 1, borderColor: 'divider', color: 'text.secondary' }}>
        <Typography noWrap sx={{ fontSize: 11, fontStyle: 'italic', flex: 1, textAlign: 'right', pr: 1 }}>+ {t('topology.attach')}</Typography>
        <Handle type="source" position={Position.Right} id={ADD_ATTACHMENT_HANDLE} data-testid="topology-attach-handle"
          style={{ ...HANDLE_SX, background: 'transparent', border: '2px dashed currentColor' }}
          title={t('topology.attachHandle', { name: node.name })} />
      </Box>
    </NodeCard>
  )
}, isSameCard)
