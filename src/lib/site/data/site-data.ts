import type { Report } from '../../export/report-types.ts';
import type { IndicatorRecord, Issue, OutlineEntry, ParagraphEntry, PlanRecord, TaskRecord, UnitRecord } from '../../types.ts';
import { siteDirs, type SiteDirs } from './dirs.ts';
import { loadSiteLexicon, type SiteLexicon } from './lexicon.ts';
import { readJson, readOptionalJson } from './read-json.ts';

export interface SiteData {
  dirs: SiteDirs;
  plans: PlanRecord[];
  indicators: IndicatorRecord[];
  tasks: TaskRecord[];
  units: UnitRecord[];
  issues: Issue[];
  report: Report | null;
  lexicon: SiteLexicon;
  /** Optional per-plan structure rows; plans missing here get a guessed outline and paragraphs. */
  outline: (OutlineEntry & { plan: string })[] | null;
  paragraphs: (ParagraphEntry & { plan: string })[] | null;
}

let cached: SiteData | null = null;

function load(): SiteData {
  const dirs = siteDirs();
  return {
    dirs,
    plans: readJson<PlanRecord[]>(dirs.data, 'plans.json'),
    indicators: readJson<IndicatorRecord[]>(dirs.data, 'indicators.json'),
    tasks: readJson<TaskRecord[]>(dirs.data, 'tasks.json'),
    units: readJson<UnitRecord[]>(dirs.data, 'units.json'),
    issues: readJson<Issue[]>(dirs.data, 'issues.json'),
    report: readOptionalJson<Report>(dirs.data, 'report.json'),
    lexicon: loadSiteLexicon(dirs.data, dirs.lexicon),
    outline: readOptionalJson(dirs.data, 'outline.json'),
    paragraphs: readOptionalJson(dirs.data, 'paragraphs.json'),
  };
}

/** Every page reads the same export once per build. */
export function siteData(): SiteData {
  cached ??= load();
  return cached;
}
