// Whole-process timing of two node commands, robust to a machine whose load changes while it runs.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Medians of one command's runs: wall time, and CPU time (user + system, all its threads) where Linux tells it. */
export interface ProcessTimes {
  wallMs: number
  cpuMs?: number
}

/** Both commands' medians, and the ratios a / b of wall and CPU medians. */
export interface ProcessComparison {
  a: ProcessTimes
  b: ProcessTimes
  wallRatio: number
  cpuRatio?: number
}

// CPU time of waited-for children (cutime + cstime in /proc/self/stat), in ms: the kernel reports it in USER_HZ
// ticks, 100 a second on Linux. Undefined elsewhere.
function childCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 16 and 17 of stat(5); `fields` starts at field 3 (state).
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return undefined
  }
}

function run(args: readonly string[]): ProcessTimes {
  const cpuBefore = childCpuMs()
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
  const wallMs = performance.now() - start
  if (result.status === null || result.status > 1) throw new Error(`node ${args.join(' ')} failed (${result.status ?? result.signal})`)
  const cpuAfter = childCpuMs()
  return cpuBefore === undefined || cpuAfter === undefined ? { wallMs } : { wallMs, cpuMs: cpuAfter - cpuBefore }
}

/**
 * Runs two node commands `runs` times each, interleaved in ABBA order so a change in machine load hits both alike,
 * after one unmeasured run of each (file cache, node's own pages). Exit codes 0 and 1 count as success.
 */
export function compareProcesses(a: readonly string[], b: readonly string[], runs: number): ProcessComparison {
  run(a)
  run(b)
  const timesA: ProcessTimes[] = []
  const timesB: ProcessTimes[] = []
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      timesA.push(run(a))
      timesB.push(run(b))
    } else {
      timesB.push(run(b))
      timesA.push(run(a))
    }
  }
  const summary = (times: ProcessTimes[]): ProcessTimes => {
    const cpu = times.map((t) => t.cpuMs).filter((ms) => ms !== undefined)
    return cpu.length === times.length ? { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(cpu) } : { wallMs: median(times.map((t) => t.wallMs)) }
  }
  const medianA = summary(timesA)
  const medianB = summary(timesB)
  const comparison: ProcessComparison = { a: medianA, b: medianB, wallRatio: medianA.wallMs / medianB.wallMs }
  if (medianA.cpuMs !== undefined && medianB.cpuMs) comparison.cpuRatio = medianA.cpuMs / medianB.cpuMs
  return comparison
}
