import type { Issue, PlanRecord } from '../types.ts';
import type { SiteData } from './data/site-data.ts';

export interface PlanQuality {
  plan: PlanRecord;
  targets: number;
  tableTargets: number;
  unmapped: number;
  tasks: number;
  units: number;
  redactedUnits: number;
  errors: number;
  warnings: number;
  repairs: number;
}

export const isRepair = (issue: Issue): boolean => issue.code.startsWith('repair-');

/** Counts per plan, taken from the records themselves so the page agrees with what it shows. */
export function planQuality(data: Pick<SiteData, 'plans' | 'indicators' | 'tasks' | 'units' | 'issues'>): PlanQuality[] {
  return data.plans.map((plan) => {
    const mine = <T extends { plan: string | null }>(list: readonly T[]) => list.filter((r) => r.plan === plan.id);
    const targets = mine(data.indicators);
    const units = mine(data.units);
    const issues = mine(data.issues);
    return {
      plan,
      targets: targets.length,
      tableTargets: targets.filter((t) => t.source === 'table').length,
      unmapped: targets.filter((t) => t.indicator === null).length,
      tasks: mine(data.tasks).length,
      units: units.length,
      redactedUnits: units.filter((u) => u.redacted).length,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning' && !isRepair(i)).length,
      repairs: issues.filter(isRepair).length,
    };
  });
}

export const SEVERITY_NAMES: Record<Issue['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
