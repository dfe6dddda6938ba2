import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** Targets stated in sentences (filled in by the sentence reader). */
export function targetsStage() {
  return (_tree: Root, _file: VFile): void => {};
}
