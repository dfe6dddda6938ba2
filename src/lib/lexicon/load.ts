import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { indicatorMatcher } from './match-indicator.ts';
import { departmentMatcher } from './match-department.ts';
import { LexiconError, parseLexiconFile, type LexiconFile } from './parse-file.ts';
import { taskTopicMatcher } from './task-topics.ts';
import { topicMatcher } from './topics-for.ts';
import type { Lexicon } from './types.ts';

/** The three files' parsed YAML, not yet checked. */
export type LexiconInput = Record<LexiconFile, unknown>;

/**
 * Checks the three lists and builds the matchers. `labels` name the files in error messages
 * (default `indicators.yaml` …). Throws a LexiconError on the first file that does not pass.
 */
export function buildLexicon(data: LexiconInput, labels: Partial<Record<LexiconFile, string>> = {}): Lexicon {
  const topics = parseLexiconFile('topics', data.topics, labels.topics);
  const departments = parseLexiconFile('departments', data.departments, labels.departments);
  const indicators = parseLexiconFile('indicators', data.indicators, labels.indicators);

  const topicIds = new Set(topics.map((t) => t.id));
  const dangling = indicators.flatMap((e) =>
    e.topics.filter((t) => !topicIds.has(t)).map((t) => `  ${e.id}: unknown topic "${t}"`),
  );
  if (dangling.length > 0)
    throw new LexiconError(
      `${labels.indicators ?? 'indicators.yaml'}: topics not in topics.yaml\n${dangling.join('\n')}`,
    );

  const byId = new Map(indicators.map((e) => [e.id, e]));
  return {
    indicators,
    departments,
    topics,
    matchIndicator: indicatorMatcher(indicators),
    indicator: (id) => byId.get(id),
    matchDepartment: departmentMatcher(departments),
    topicsFor: topicMatcher(topics),
    topicsForTask: taskTopicMatcher(topics),
  };
}

function readYaml(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new LexiconError(`${path}: cannot read (${(cause as Error).message})`);
  }
  try {
    return parse(text);
  } catch (cause) {
    throw new LexiconError(`${path}: not valid YAML: ${(cause as Error).message}`);
  }
}

/** Reads and checks `<dir>/{indicators,departments,topics}.yaml`. */
export function loadLexicon(dir: string): Lexicon {
  const files: LexiconFile[] = ['indicators', 'departments', 'topics'];
  const paths = Object.fromEntries(files.map((f) => [f, join(dir, `${f}.yaml`)])) as Record<LexiconFile, string>;
  return buildLexicon(
    {
      indicators: readYaml(paths.indicators),
      departments: readYaml(paths.departments),
      topics: readYaml(paths.topics),
    },
    paths,
  );
}
