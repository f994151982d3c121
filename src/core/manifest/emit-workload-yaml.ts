import type { Workload } from '../project/model'
import { buildWorkloadObject } from './build-workload-object'
import { dumpManifest } from './emit-nad-yaml'

/** The workload's example manifest as YAML (Pod, Deployment, StatefulSet or DaemonSet). */
export function emitWorkloadYaml(workload: Workload): string {
  return dumpManifest(buildWorkloadObject(workload))
}
