import { AppBar, Box, Paper, Skeleton, Stack, Toolbar, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { MAIN_SX, PAGE_SX } from './layout'

function PanelLines({ lines }: { lines: number }) {
  return (
    <Stack spacing={1} sx={{ p: 2 }}>
      {Array.from({ length: lines }, (_, i) => <Skeleton key={i} variant="rounded" height={i === 0 ? 28 : 18} width={i === 0 ? '60%' : `${90 - i * 7}%`} />)}
    </Stack>
  )
}

/** The page's frame, painted at once while the designer itself loads. */
export function ShellSkeleton() {
  const { t } = useTranslation()
  return (
    <Box sx={PAGE_SX} aria-busy="true">
      <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar variant="dense">
          <Box sx={{ pl: 5 }}>
            <Typography variant="h1">{t('app.title')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('app.subtitle')}</Typography>
          </Box>
        </Toolbar>
      </AppBar>
      <Box sx={MAIN_SX}>
        <Paper variant="outlined"><PanelLines lines={5} /></Paper>
        <Paper variant="outlined" sx={{ display: { xs: 'none', lg: 'block' } }}><PanelLines lines={4} /></Paper>
        <Paper variant="outlined"><PanelLines lines={7} /></Paper>
      </Box>
    </Box>
  )
}
