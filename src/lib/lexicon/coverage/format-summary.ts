import type { MappingSummary, Share } from './mapping.ts';

function pct({ mapped, total }: Share): string {
  return total === 0 ? 'none' : `${((100 * mapped) / total).toFixed(1)}% (${mapped}/${total})`;
}

/** The coverage figures of one folder of plans, as lines to print. */
export function formatSummary(label: string, s: MappingSummary): string[] {
  return [
    `${label}`,
    `  table-row targets mapped:             ${pct(s.table)}`,
    `  statistical sentence targets mapped:  ${pct(s.sentenceStatistical)}`,
    `    of those with a sure name:          ${pct(s.sentenceStatisticalSure)}`,
    `  all sentence targets mapped:          ${pct(s.sentenceAll)}`,
    `  canonical indicators set by ≥2 regions: ${s.byRegions.atLeast2}, by ≥3: ${s.byRegions.atLeast3}`,
  ];
}
