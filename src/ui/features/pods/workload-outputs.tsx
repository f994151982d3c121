import type { ReactNode } from 'react'
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import {
  buildNetworksAnnotation, buildNetworkStatusExample, buildPodInterfaces, buildVerificationCommands, emitWorkloadYaml,
  type Project, type Workload,
} from '../../../core'
import { toFileName } from '../../shared/browser-doorway'
import { CodeBlock } from '../../shared/code-block'
import { CopyDownloadButtons } from '../../shared/copy-download-buttons'
import { interfacesText } from './interfaces-text'

function Output({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="h2" component="h3" sx={{ mb: 1 }}>{title}</Typography>
      <Stack spacing={1}>{children}</Stack>
    </Box>
  )
}

function Caption({ children }: { children: ReactNode }) {
  return <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'fontFamily', ml: 0.75 }}>{children}</Typography>
}

/** What the workload turns into: the annotation, the manifest, its interfaces, the expected network-status, commands. */
export function WorkloadOutputs({ workload, project }: { workload: Workload; project: Project }) {
  const { t } = useTranslation()
  const annotation = buildNetworksAnnotation(workload)
  const manifest = emitWorkloadYaml(workload)
  const interfaces = buildPodInterfaces(workload, project)
  const status = buildNetworkStatusExample(workload, project)
  const commands = buildVerificationCommands(workload)
    .map(({ command, expectedOutput }) => (expectedOutput ? `${command}   # ${t('pods.out.expectedOutput', { output: expectedOutput })}` : command))
    .join('\n')
  return (
    <Stack spacing={3}>
      <Output title={t('pods.out.annotation')} id="out-annotation">
        <Typography variant="body2" color="text.secondary">
          {annotation.trimStart().startsWith('[') ? t('pods.out.annotationJson') : t('pods.out.annotationShort')}
        </Typography>
        <CodeBlock text={annotation} label={t('pods.out.annotation')} maxHeight={200} wrap />
        <CopyDownloadButtons text={annotation} fileName={toFileName(`${workload.name}-networks-annotation`, 'txt')}
          what={t('pods.out.annotationWhat')} mimeType="text/plain" />
      </Output>
      <Output title={t('pods.out.interfaces')} id="out-interfaces">
        <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="out-interfaces" sx={{ '& td, & th': { px: 1, verticalAlign: 'top' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('pods.out.iface')}</TableCell>
              <TableCell>{t('pods.out.network')}</TableCell>
              <TableCell>{t('pods.out.addressAndMac')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {interfaces.map((i) => (
              <TableRow key={i.interface}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{i.interface}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{i.networkName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>
                  <Box component="span" sx={{ overflowWrap: 'anywhere' }}>{i.ips.join(', ') || '—'}</Box>
                  <Caption>{t(`pods.out.source.${i.addressSource}`, { defaultValue: i.addressSource })}</Caption>
                  <br />{i.mac}
                  <Caption>{t(`pods.out.macSource.${i.macSource}`)}</Caption>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </Box>
        <CopyDownloadButtons text={interfacesText(interfaces, [t('pods.out.iface'), t('pods.out.network'), t('pods.out.ips'), t('pods.out.mac')])}
          fileName={toFileName(`${workload.name}-interfaces`, 'tsv')} what={t('pods.out.interfacesWhat')} mimeType="text/tab-separated-values" />
      </Output>
      <Output title={t('pods.out.manifest')} id="out-manifest">
        <CodeBlock text={manifest} label={t('pods.out.manifest')} />
        <CopyDownloadButtons text={manifest} fileName={toFileName(workload.name, 'yaml')} what={t('pods.out.manifestWhat')} />
      </Output>
      <Output title={t('pods.out.status')} id="out-status">
        <Typography variant="body2" color="text.secondary">{t('pods.out.statusHelp')}</Typography>
        <CodeBlock text={status} label={t('pods.out.status')} />
        <CopyDownloadButtons text={status} fileName={toFileName(`${workload.name}-network-status`, 'json')} what={t('pods.out.statusWhat')}
          mimeType="application/json" />
      </Output>
      <Output title={t('pods.out.verify')} id="out-verify">
        <Typography variant="body2" color="text.secondary">{t('pods.out.verifyHelp')}</Typography>
        <CodeBlock text={commands} label={t('pods.out.verify')} />
        <CopyDownloadButtons text={commands} fileName={toFileName(`${workload.name}-verify`, 'sh')} what={t('pods.out.verifyWhat')}
          mimeType="text/x-shellscript" />
      </Output>
    </Stack>
  )
}
