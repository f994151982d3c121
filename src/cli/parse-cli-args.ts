/** What the command line asked for. */
export type CliRequest =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'validate'; files: string[]; format: 'text' | 'json' }
  | { command: 'render'; files: string[]; compact: boolean }
  | { command: 'bundle'; files: string[]; out: string; compact: boolean }
  | { command: 'usage-error'; message: string }

export const USAGE = `Usage: nad-designer validate FILE... [--format text|json]
       nad-designer render FILE... [--compact]
       nad-designer bundle --out DIR FILE... [--compact]
       nad-designer --help | --version
FILE may be - for standard input. All files are checked together as one project.
bundle writes one file per object, kustomization.yaml and README.md into DIR (new or empty), for
oc apply -k DIR or /etc/microshift/manifests.d/; it writes nothing when the design has an error.`

const COMMANDS = ['validate', 'render', 'bundle'] as const
type Command = (typeof COMMANDS)[number]
const isCommand = (value: string | undefined): value is Command => COMMANDS.some((command) => command === value)

// `--name VALUE` or `--name=VALUE`: the value, and how many arguments it took; undefined when `arg` is another one.
function optionValue(name: string, arg: string, next: string | undefined): { value: string | undefined; used: number } | undefined {
  if (arg === name) return { value: next, used: 2 }
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), used: 1 }
  return undefined
}

/** Reads argv (without node and the script path) into a request; wrong usage becomes a usage-error. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' }
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' }
  const [command, ...rest] = argv
  if (!isCommand(command)) {
    return { command: 'usage-error', message: command === undefined ? 'missing command' : `unknown command '${command}'` }
  }
  const files: string[] = []
  let format: 'text' | 'json' = 'text'
  let compact = false
  let out: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    const formatOption = command === 'validate' ? optionValue('--format', arg, rest[i + 1]) : undefined
    const outOption = command === 'bundle' ? optionValue('--out', arg, rest[i + 1]) : undefined
    if (formatOption) {
      if (formatOption.value !== 'text' && formatOption.value !== 'json') return { command: 'usage-error', message: `--format must be text or json, not '${formatOption.value ?? ''}'` }
      format = formatOption.value
      i += formatOption.used - 1
    } else if (outOption) {
      if (!outOption.value) return { command: 'usage-error', message: '--out needs a directory' }
      out = outOption.value
      i += outOption.used - 1
    } else if ((command === 'render' || command === 'bundle') && arg === '--compact') {
      compact = true
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'usage-error', message: `unknown option '${arg}'` }
    } else {
      files.push(arg)
    }
  }
  if (files.length === 0) return { command: 'usage-error', message: 'no FILE given' }
  if (command === 'validate') return { command, files, format }
  if (command === 'render') return { command, files, compact }
  if (out === undefined) return { command: 'usage-error', message: 'bundle needs --out DIR' }
  return { command, files, out, compact }
}
