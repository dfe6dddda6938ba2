import { describe, expect, it } from 'vitest';
import { detailsMarkdown, planDetails } from '../../src/lib/export/report-details.ts';
import { extraction, indicator, issue } from './fixtures.ts';

describe('per-plan report details', () => {
  it('lists tables with their columns, targets per year and uncertain names', () => {
    const x = extraction('p', {
      indicators: [
        indicator('p', 0, { year: 2025 }),
        indicator('p', 10, { year: 2024 }),
        indicator('p', 20, { year: 2026, yearly: true }),
        indicator('p', 30, {
          name: '',
          valueText: '≤12 1/#',
          uncertain: ['name-missing', 'garbled'],
          quote: 'x≤12 1/#',
        }),
      ],
      issues: [{ ...issue('p', 'info', 'table-columns', 4), message: 'columns 指标(name)|2025年(target 2025)' }],
    });
    const d = planDetails(x);
    expect(d.targetsByYear).toEqual({ '2024': 1, '2025': 2, yearly: 1 });
    expect(d.tables).toEqual([{ position: '3:7', columns: 'columns 指标(name)|2025年(target 2025)' }]);
    expect(d.uncertain).toEqual([
      { name: '', valueText: '≤12 1/#', why: ['name-missing', 'garbled'], quote: 'x≤12 1/#' },
    ]);
    const md = detailsMarkdown([d]);
    expect(md).toContain('- targets per year: 2024: 1, 2025: 2, yearly: 1');
    expect(md).toContain('- table at 3:7: columns 指标(name)|2025年(target 2025)');
    expect(md).toContain('- uncertain (name-missing, garbled): "(no name)" ≤12 1/#');
  });
});
