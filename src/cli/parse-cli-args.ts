/** What the command line asked for. */
export type CliRequest =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'validate'; files: string[]; format: 'text' | 'json' }
  | { command: 'render'; files: string[]; compact: boolean }
  | { command: 'usage-error'; message: string }

export const USAGE = `Usage: nad-designer validate FILE... [--format text|json]
       nad-designer render FILE... [--compact]
       nad-designer --help | --version
FILE may be - for standard input. All files are checked together as one project.`

/** Reads argv (without node and the script path) into a request; wrong usage becomes a usage-error. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' }
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' }
  const [command, ...rest] = argv
  if (command !== 'validate' && command !== 'render') {
    return { command: 'usage-error', message: command === undefined ? 'missing command' : `unknown command '${command}'` }
  }
  const files: string[] = []
  let format: 'text' | 'json' = 'text'
  let compact = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (command === 'validate' && (arg === '--format' || arg.startsWith('--format='))) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length)
      if (value !== 'text' && value !== 'json') return { command: 'usage-error', message: `--format must be text or json, not '${value ?? ''}'` }
      format = value
    } else if (command === 'render' && arg === '--compact') {
      compact = true
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'usage-error', message: `unknown option '${arg}'` }
    } else {
      files.push(arg)
    }
  }
  if (files.length === 0) return { command: 'usage-error', message: 'no FILE given' }
  return command === 'validate' ? { command, files, format } : { command, files, compact }
}
