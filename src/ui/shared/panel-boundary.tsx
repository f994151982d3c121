import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react'

// Only a crash needs the notice (and MUI's Alert and Button): it stays out of the first chunk.
const CrashNotice = lazy(() => import('./crash-notice'))

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
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <Suspense fallback={<div role="alert">{error.message}</div>}>
        <CrashNotice panel={this.props.name} error={error} onRetry={() => this.setState({ error: undefined })} />
      </Suspense>
    )
  }
}
