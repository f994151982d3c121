import { serializeProjectFile, type Project } from '../../../core'
import { downloadText, toFileName } from '../../shared/browser-doorway'

/** Offer a project as its project file, named after the project. */
export function downloadProjectFile(name: string, project: Project) {
  downloadText(toFileName(name, 'json'), serializeProjectFile(project), 'application/json')
}
