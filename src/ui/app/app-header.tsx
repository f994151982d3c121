import { memo, useMemo } from 'react'
import { AppBar, Box, Button, IconButton, MenuItem, Select, Stack, Toolbar, Tooltip, Typography } from '@mui/material'
import { useColorScheme } from '@mui/material/styles'
import DarkModeIcon from '@mui/icons-material/DarkMode'
import LightModeIcon from '@mui/icons-material/LightMode'
import HubIcon from '@mui/icons-material/Hub'
import { useTranslation } from 'react-i18next'
import { changeLanguage, LANGUAGES, type Language } from '../i18n/i18n'
import { countBySeverity, useProjectIssues } from '../state/derived'
import { SeverityIcon } from '../shared/issue-rows'
import { ShareControls } from '../features/share/share-controls'
import { ImportControls } from '../features/import/import-controls'
import { HistoryControls } from '../features/history/history-controls'
import { ProjectMenu } from '../features/projects/project-menu'
import { BundleExportControls } from '../features/bundle-export/bundle-export-controls'
import { DriftControls } from '../features/drift/drift-controls'

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' }

/** The live count of errors and warnings; the only part of the header an edit re-renders. */
function IssueCount() {
  const issues = useProjectIssues()
  const counts = useMemo(() => countBySeverity(issues), [issues])
  return <IssueCountButton errors={counts.error} warnings={counts.warning} />
}

// Numbers as props: a keystroke that leaves the counts as they were renders nothing here.
const IssueCountButton = memo(function IssueCountButton({ errors, warnings }: { errors: number; warnings: number }) {
  const { t } = useTranslation()
  return (
    <Button color="inherit" aria-label={t('header.issueCount', { errors, warnings })}
      onClick={() => document.getElementById('issues-panel')?.focus()} data-testid="issue-count">
      <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1.5}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={0.5}><SeverityIcon severity="error" /><span>{errors}</span></Stack>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={0.5}><SeverityIcon severity="warning" /><span>{warnings}</span></Stack>
      </Stack>
    </Button>
  )
})

/** Title, the live issue count, language and theme. Project-wide actions: undo/redo, import, share. */
export function AppHeader() {
  const { t, i18n } = useTranslation()
  const { mode, systemMode, setMode } = useColorScheme()
  const resolved = (mode === 'system' ? systemMode : mode) ?? 'light'
  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar variant="dense" sx={{ gap: 2 }}>
        <HubIcon color="primary" aria-hidden />
        <Box>
          <Typography variant="h1">{t('app.title')}</Typography>
          <Typography variant="caption" color="text.secondary">{t('app.subtitle')}</Typography>
        </Box>
        <ProjectMenu />
        <Box sx={{ flex: 1 }} />
        <IssueCount />
        <HistoryControls />
        <ImportControls />
        <BundleExportControls />
        <DriftControls />
        <ShareControls />
        <Select size="small" value={i18n.language.startsWith('ja') ? 'ja' : 'en'} variant="outlined"
          inputProps={{ 'aria-label': t('header.language') }}
          onChange={(event) => void changeLanguage(event.target.value as Language)}>
          {LANGUAGES.map((l) => <MenuItem key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</MenuItem>)}
        </Select>
        <Tooltip title={resolved === 'dark' ? t('header.lightTheme') : t('header.darkTheme')}>
          <IconButton aria-label={resolved === 'dark' ? t('header.lightTheme') : t('header.darkTheme')}
            onClick={() => setMode(resolved === 'dark' ? 'light' : 'dark')}>
            {resolved === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
          </IconButton>
        </Tooltip>
      </Toolbar>
    </AppBar>
  )
}
