/**
 * The host programs the lab and the plugins run, with the Debian package of each, so a missing one is reported as an
 * environment failure that names what to install, never as a plugin verdict.
 */
export const HOST_TOOLS = {
  ip: { package: 'iproute2', usedBy: 'the lab (namespaces, veths, addresses)' },
  unshare: { package: 'util-linux', usedBy: 'the lab (private mount namespaces)' },
  mount: { package: 'mount', usedBy: 'the lab (scratch /var/lib and /run/cni)' },
  dnsmasq: { package: 'dnsmasq-base', usedBy: 'the DHCP server of dhcp cases' },
  // The bridge plugin shells out to nft for macspoofchk (plugins/main/bridge, pkg/link/spoofcheck.go).
  nft: { package: 'nftables', usedBy: 'the bridge plugin (macspoofchk)' },
} as const satisfies Record<string, { package: string; usedBy: string }>

export type HostTool = keyof typeof HOST_TOOLS

/** A host program that is not installed, with the package that provides it. */
export interface MissingHostTool {
  command: string
  /** Undefined for a program the lab does not know. */
  package: string | undefined
}

/** The tools `hasCommand` does not find, each with its package. */
export function findMissingHostTools(hasCommand: (command: string) => boolean): MissingHostTool[] {
  return (Object.keys(HOST_TOOLS) as HostTool[])
    .filter((command) => !hasCommand(command))
    .map((command) => ({ command, package: HOST_TOOLS[command].package }))
}

// Go's os/exec error when a program is not on PATH: `exec: "nft": executable file not found in $PATH`.
const GO_EXEC_NOT_FOUND = /exec: "([^"]+)": executable file not found in \$PATH/

/** The host program a plugin message says it could not run, if any (with its package, when the lab knows it). */
export function missingToolInMessage(message: string): MissingHostTool | undefined {
  const command = GO_EXEC_NOT_FOUND.exec(message)?.[1]
  if (command === undefined) return undefined
  const known = (HOST_TOOLS as Record<string, { package: string } | undefined>)[command]
  return { command, package: known?.package }
}

/** The one-line fix for missing tools. */
export function installHint(missing: readonly MissingHostTool[]): string {
  const packages = [...new Set(missing.flatMap((tool) => tool.package ?? []))]
  const unknown = missing.filter((tool) => tool.package === undefined).map((tool) => tool.command)
  return [
    packages.length > 0 && `apt-get install -y ${packages.join(' ')}`,
    unknown.length > 0 && `install what provides ${unknown.join(', ')} and add it to conformance/lab/host-tools.ts`,
  ].filter(Boolean).join('; ') + ' (scripts/install-test-deps.sh installs the known ones)'
}
