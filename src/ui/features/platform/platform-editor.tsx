import { Box, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { MICROSHIFT_417_PLATFORM } from '../../../core'
import { useActions, useDesigner } from '../../state/store-context'
import { CidrListField } from './cidr-list-field'

/** The cluster's own pod and service networks, which additional networks must not overlap. */
export function PlatformEditor() {
  const { t } = useTranslation()
  const actions = useActions()
  const platform = useDesigner((s) => s.project.platform)
  return (
    <Box component="section" aria-labelledby="platform-title" sx={{ px: 2, py: 1.5 }}>
      <Typography id="platform-title" variant="h2">{t('platform.title')}</Typography>
      <Typography variant="caption" color="text.secondary">{t('platform.help')}</Typography>
      <Stack spacing={2} sx={{ mt: 1.5 }}>
        <CidrListField label={t('platform.clusterNetwork')} cniKey="clusterNetwork" value={platform.clusterNetwork}
          defaultValue={MICROSHIFT_417_PLATFORM.clusterNetwork} onChange={(clusterNetwork) => actions.setPlatform({ ...platform, clusterNetwork })} />
        <CidrListField label={t('platform.serviceNetwork')} cniKey="serviceNetwork" value={platform.serviceNetwork}
          defaultValue={MICROSHIFT_417_PLATFORM.serviceNetwork} onChange={(serviceNetwork) => actions.setPlatform({ ...platform, serviceNetwork })} />
      </Stack>
    </Box>
  )
}
