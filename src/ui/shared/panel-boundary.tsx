import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Alert, Button } from '@mui/material'
import { Translation } from 'react-i18next'

interface Props { name: string; children: ReactNode }
interface State { error?: Error }

/** Keeps a crash inside one panel: the rest of the designer stays usable. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = {}

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`panel ${this.props.name} crashed`, error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <Translation>
        {(t) => (
          <Alert severity="error" sx={{ m: 1 }}
            action={<Button color="inherit" onClick={() => this.setState({ error: undefined })}>{t('panel.retry')}</Button>}>
            {t('panel.crashed', { panel: this.props.name })} {this.state.error?.message}
          </Alert>
        )}
      </Translation>
    )
  }
}
