import { describe, expect, it } from 'vitest';
import { formatLines } from '../../src/lib/bench/format-lines.ts';

describe('per-format bench lines', () => {
  it('reports reading and extraction throughput and ms per plan for each format', () => {
    const lines = formatLines({
      read: [
        { id: 'a', format: 'pdf', fileBytes: 2_000_000, ms: [1000, 900, 1100] },
        { id: 'b', format: 'pdf', fileBytes: 1_000_000, ms: [500] },
        { id: 'c', format: 'txt', fileBytes: 100_000, ms: [1] },
      ],
      extract: [
        { format: 'pdf', bytes: 400_000, ms: [100] },
        { format: 'pdf', bytes: 100_000, ms: [150] },
        { format: 'txt', bytes: 100_000, ms: [10, 30, 20] },
      ],
    });
    expect(lines).toEqual([
      '  pdf: 2 plans, 3.00 MB of files; read 2.00 MB/s, 750.00 ms per plan; extract 2.00 MB/s of text, 125.00 ms per plan',
      '  txt: 1 plans, 0.10 MB of files; read 100.00 MB/s, 1.00 ms per plan; extract 5.00 MB/s of text, 20.00 ms per plan',
    ]);
  });
});
