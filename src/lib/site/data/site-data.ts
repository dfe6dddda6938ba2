import type { Report } from '../../export/report-types.ts';
import type { GridEntry, IndicatorRecord, Issue, OutlineEntry, ParagraphEntry, PlanRecord, TaskRecord, UnitRecord } from '../../types.ts';
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
  /** Per-plan table of contents and paragraph anchors, as the extraction wrote them. */
  outline: (OutlineEntry & { plan: string })[];
  paragraphs: (ParagraphEntry & { plan: string })[];
  /** Every grid the extraction read, in source offsets (none in an export older than tables.json). */
  grids: (GridEntry & { plan: string })[];
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
    outline: readJson(dirs.data, 'outline.json'),
    paragraphs: readJson(dirs.data, 'paragraphs.json'),
    grids: readOptionalJson<(GridEntry & { plan: string })[]>(dirs.data, 'tables.json') ?? [],
  };
}

/** Every page reads the same export once per build. */
export function siteData(): SiteData {
  cached ??= load();
  return cached;
}
