import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_META = 'region: 测试市\nprovince: 测试省\nlevel: city\ntitle: 测试规划\nperiod: [2021, 2025]\n';

/** A fresh directory under the OS temp dir; `write` accepts text (UTF-8) or raw bytes. */
export function tempDir(): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'planatlas-read-'));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
