import { memo, useDeferredValue } from 'react'
import { Box, CardActionArea, Chip, Link, Paper, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { interfaceNamesFor, PLUGIN_DEFAULTS, type Network, type Project } from '../../../core'
import { useActions, useDesigner } from '../../state/store-context'

/** The host side a network hangs off: its master NIC, or its bridge. */
function hostSide(network: Network, defaultRouteNic: string): string {
  const config = network.config
  if (!config || config.type === 'foreign') return '?'
  if (config.type === 'bridge') return config.bridge ?? PLUGIN_DEFAULTS.bridge.bridge
  return config.master ?? defaultRouteNic
}

/**
 * A first picture of the design: host devices, the networks on them and the pods' interfaces.
 * The interactive canvas (positions, drag) is its own issue; this keeps its place in the layout.
 */
export function TopologyOverview() {
  return <TopologyBody project={useDeferredValue(useDesigner((s) => s.project))} />
}

const TopologyBody = memo(function TopologyBody({ project }: { project: Project }) {
  const { t } = useTranslation()
  const actions = useActions()
  const selection = useDesigner((s) => s.selection)
  const devices = new Map<string, Network[]>(project.hostNics.map((nic) => [nic.name, []]))
  const nicNames = new Set(project.hostNics.map((nic) => nic.name))
  const primary = new Set(project.hostNics.filter((nic) => nic.primary).map((nic) => nic.name))
  for (const network of project.networks) {
    const device = hostSide(network, t('topology.defaultRouteNic'))
    devices.set(device, [...(devices.get(device) ?? []), network])
  }
  if (project.networks.length === 0 && project.workloads.length === 0 && project.hostNics.length === 0) {
    return <Typography color="text.secondary" sx={{ p: 2 }}>{t('topology.empty')}</Typography>
  }
  return (
    <Stack spacing={2} sx={{ p: 1.5 }}>
      <Box>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>{t('topology.host')}</Typography>
        <Stack spacing={1}>
          {[...devices.entries()].map(([device, networks]) => (
            <Paper key={device} variant="outlined" sx={{ p: 1 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                {nicNames.has(device)
                  ? <Link component="button" variant="body2" underline="hover" sx={{ fontFamily: 'monospace', fontWeight: 600 }}
                      aria-label={t('topology.showNic', { name: device })} onClick={() => actions.focusNic(device, 'name')}>{device}</Link>
                  : <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{device}</Typography>}
                {primary.has(device) && <Chip size="small" variant="outlined" label={t('topology.primaryNic')} />}
              </Stack>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
                {networks.map((n) => (
                  <Chip key={n.id} size="small" label={`${n.name} · ${n.config?.type ?? '?'}`} clickable
                    color={selection.kind === 'network' && selection.id === n.id ? 'primary' : 'default'}
                    onClick={() => actions.select({ kind: 'network', id: n.id })} />
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Box>
      <Box>
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>{t('topology.pods')}</Typography>
        <Stack spacing={1}>
          {project.workloads.map((w) => {
            const names = interfaceNamesFor(w.attachments)
            return (
              <Paper key={w.id} variant="outlined">
                <CardActionArea sx={{ p: 1 }} onClick={() => actions.select({ kind: 'workload', id: w.id })}>
                <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{w.kind}/{w.name}</Typography>
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
                  <Chip size="small" variant="outlined" label="eth0 · ovn-kubernetes" />
                  {w.attachments.map((a, i) => <Chip key={i} size="small" variant="outlined" label={`${names[i]} · ${a.network}`} />)}
                </Stack>
                </CardActionArea>
              </Paper>
            )
          })}
          {project.workloads.length === 0 && <Typography variant="body2" color="text.secondary">{t('topology.noPods')}</Typography>}
        </Stack>
      </Box>
    </Stack>
  )
})
