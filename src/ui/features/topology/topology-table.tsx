import { memo } from 'react'
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TopologyGraph, TopologyMark, TopologyNode } from '../../../core'
import { useIssueMessage } from '../../shared/use-issue-message'

/** How a node is named in the table: a NAD as namespace/name, a host device by its name. */
function nameOf(node: TopologyNode | undefined, clusterNetwork: string, defaultRouteNic: string): string {
  if (!node) return '—'
  switch (node.kind) {
    case 'network':
    case 'missing-network':
      return `${node.namespace}/${node.name}`
    case 'cluster-network':
      return clusterNetwork
    case 'nic':
      return node.implicitDefaultRoute ? defaultRouteNic : node.name
    case 'bridge':
    case 'workload':
      return node.name
    case 'host':
      return node.id
  }
}

/** The same graph as the diagram, as a table: one row per workload interface with its network and the uplink. */
export const TopologyTable = memo(function TopologyTable({ graph }: { graph: TopologyGraph }) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]))
  const uplinks = new Map(graph.edges.filter((edge) => edge.kind === 'uplink' || edge.kind === 'br-ex').map((edge) => [edge.source, edge.target]))
  const name = (id: string | undefined) => nameOf(id === undefined ? undefined : nodes.get(id), t('topology.clusterNetwork'), t('topology.defaultRouteNic'))
  const findings = (marks: readonly TopologyMark[]) => marks.map((mark) => `${t(`severity.${mark.severity}`)}: ${message(mark)}`).join(' ')
  return (
    <Table size="small" data-testid="topology-table">
      <caption>{t('topology.tableView.caption')}</caption>
      <TableHead>
        <TableRow>
          {(['workload', 'interface', 'address', 'network', 'plugin', 'uplink', 'findings'] as const).map((column) => (
            <TableCell key={column} component="th" scope="col">{t(`topology.tableView.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {graph.nodes.flatMap((node) => node.kind !== 'workload' ? [] : node.interfaces.map((nic) => {
          const network = nodes.get(nic.target)
          return (
            <TableRow key={`${node.id}/${nic.name}`}>
              <TableCell component="th" scope="row">{`${node.workloadKind}/${node.namespace}/${node.name}`}</TableCell>
              <TableCell>{nic.name}</TableCell>
              <TableCell>{nic.addresses.join(', ') || t('topology.noAddress')}</TableCell>
              <TableCell>{name(nic.target)}</TableCell>
              <TableCell>{network?.kind === 'network' ? network.plugin : network?.kind === 'cluster-network' ? t('topology.ovn') : '—'}</TableCell>
              <TableCell>{name(uplinks.get(nic.target))}</TableCell>
              <TableCell>{findings([...node.marks, ...nic.marks, ...(network?.marks ?? [])])}</TableCell>
            </TableRow>
          )
        }))}
        {graph.nodes.filter((node) => node.kind === 'network' && !graph.edges.some((edge) => edge.target === node.id)).map((network) => (
          <TableRow key={network.id}>
            <TableCell component="th" scope="row">—</TableCell>
            <TableCell>—</TableCell>
            <TableCell>—</TableCell>
            <TableCell>{name(network.id)}</TableCell>
            <TableCell>{network.kind === 'network' ? network.plugin : '—'}</TableCell>
            <TableCell>{name(uplinks.get(network.id))}</TableCell>
            <TableCell>{findings(network.marks)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
})
