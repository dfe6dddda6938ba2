import type { SourceDoc } from '../../src/lib/read/types.ts';
import type { PlanMeta } from '../../src/lib/types.ts';

/** A plan source built in memory, for stage tests that need no file on disk. */
export function sourceDoc(
  text: string,
  overrides: Partial<Omit<SourceDoc, 'meta'>> & { meta?: Partial<PlanMeta> } = {},
): SourceDoc {
  const { meta, ...rest } = overrides;
  return {
    meta: {
      id: 't',
      file: 't.txt',
      region: '测试市',
      province: null,
      level: 'city',
      title: null,
      period: [2021, 2025],
      issuer: null,
      date: null,
      docNumber: null,
      kind: null,
      url: null,
      ...meta,
    },
    path: 't.txt',
    text,
    sha256: '',
    encoding: 'utf-8',
    format: 'txt',
    grids: [],
    blocks: [],
    pages: [],
    setApart: {},
    detected: { title: null, issuer: null, date: null, docNumber: null },
    ...rest,
  };
}
