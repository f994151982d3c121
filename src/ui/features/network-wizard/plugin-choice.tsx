import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { PluginType } from '../../../core'
import type { NetworkPreset } from './network-presets'
import { PresetCards } from './preset-cards'

const PLUGINS: readonly PluginType[] = ['bridge', 'macvlan', 'ipvlan']

interface Props {
  plugin: PluginType | undefined
  onPlugin: (plugin: PluginType) => void
  onPreset: (preset: NetworkPreset) => void
}

/** Step 1: which main plugin, each with what it is for and its limits; or a preset. */
export function PluginChoice({ plugin, onPlugin, onPreset }: Props) {
  const { t } = useTranslation()
  return (
    <Stack spacing={2}>
      <Box role="radiogroup" aria-label={t('wizard.choosePlugin')}
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {PLUGINS.map((p) => (
          <Card key={p} variant="outlined"
            sx={{ borderColor: plugin === p ? 'primary.main' : undefined, borderWidth: plugin === p ? 2 : 1 }}>
            <CardActionArea role="radio" aria-checked={plugin === p} onClick={() => onPlugin(p)} sx={{ height: '100%' }}>
              <CardContent>
                <Typography variant="h2" component="h3" sx={{ fontFamily: 'monospace', mb: 0.5 }}>{p}</Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>{t(`plugins.${p}.purpose`)}</Typography>
                <Typography variant="body2" color="text.secondary">{t(`plugins.${p}.limits`)}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
      <Typography variant="h2" component="h3">{t('wizard.orPreset')}</Typography>
      <PresetCards onPreset={onPreset} />
    </Stack>
  )
}
