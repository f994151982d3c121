import { createTheme } from '@mui/material/styles'

/** Light and dark themes as one MUI theme with CSS variables; the header toggles the scheme. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1f5fa8' },
        secondary: { main: '#7a4bc2' },
        // MUI's default info (#0288d1) and warning (#ed6c02) are too light for the small help texts that use them (WCAG 4.5:1)
        info: { main: '#0b6bcb' },
        warning: { main: '#b45309' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#7ab3f0' },
        secondary: { main: '#c3a4f2' },
        background: { default: '#0f1318', paper: '#171c23' },
      },
    },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", "Noto Sans JP", "Hiragino Sans", system-ui, sans-serif',
    fontSize: 13,
    h1: { fontSize: '1.15rem', fontWeight: 600 },
    h2: { fontSize: '1rem', fontWeight: 600 },
    h3: { fontSize: '0.9rem', fontWeight: 600 },
  },
  components: {
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 40 } } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none', paddingTop: 3, paddingBottom: 3 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 40 } } },
    MuiFormHelperText: { styleOverrides: { root: { marginLeft: 2, marginRight: 0 } } },
  },
})
