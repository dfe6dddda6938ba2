import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import type { Issue, PlanRecord } from '../../src/lib/types.ts';

const CATALOGUE = 'tests/fixtures/bad-input';
const root = mkdtempSync(join(tmpdir(), 'planatlas-bad-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Case {
  /** Issue expected for the bad file: its file, code, severity and words of the message. */
  issue?: { file: string; code: string; severity: Issue['severity']; says: RegExp };
  /** Plans extracted, besides `good`. */
  alsoRead?: string[];
  /** Files a git checkout cannot hold portably, made in the copy before the run. */
  make?: (dir: string) => void;
}

const CASES: Record<string, Case> = {
  empty: { issue: { file: 'empty.txt', code: 'empty', severity: 'error', says: /the file is empty/ } },
  binary: { issue: { file: 'image.txt', code: 'binary', severity: 'error', says: /NUL bytes .*not a text file/ } },
  'nul-bytes': {
    issue: { file: 'nul.txt', code: 'binary', severity: 'error', says: /NUL bytes \(first at byte 30\)/ },
  },
  'utf16-no-bom': { alsoRead: ['utf16'] },
  'gbk-yaml': { alsoRead: ['gbk'] },
  'alias-bomb-yaml': { issue: { file: 'bomb.yaml', code: 'metadata-invalid', severity: 'error', says: /alias/i } },
  'yaml-syntax-error': {
    issue: { file: 'syntax.yaml', code: 'metadata-invalid', severity: 'error', says: /not valid YAML at line \d+/ },
  },
  'missing-yaml': {
    issue: { file: 'nometa.txt', code: 'metadata-missing', severity: 'error', says: /no metadata file nometa\.yaml/ },
  },
  'orphan-yaml': {
    issue: {
      file: 'orphan.yaml',
      code: 'source-missing',
      severity: 'error',
      // .doc and .wps are not named: they are only told to be saved as .docx
      says: /metadata without a plan file \(expected one of orphan\.txt, orphan\.md, orphan\.markdown, orphan\.html, orphan\.htm, orphan\.docx, orphan\.pdf next to it\)/,
    },
  },
  'javascript-url': {
    issue: {
      file: 'script.yaml',
      code: 'metadata-invalid',
      severity: 'error',
      says: /field "url": must be an absolute http/,
    },
  },
  symlink: {
    issue: {
      file: 'dangling.txt',
      code: 'symlink-dangling',
      severity: 'error',
      says: /symbolic link to .*does not exist/,
    },
    alsoRead: ['linked'],
    make: (dir) => {
      symlinkSync(join(dir, 'good.txt'), join(dir, 'linked.txt'));
      writeFileSync(join(dir, 'linked.yaml'), readFileSync(join(dir, 'good.yaml')));
      symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    },
  },
  subfolder: { alsoRead: ['hubei-wuhan'] },
  'cut-mid-character': {
    issue: {
      file: 'cut.txt',
      code: 'bad-bytes',
      severity: 'warning',
      says: /ends in the middle of a character.* at byte \d+/,
    },
    alsoRead: ['cut'],
  },
  'duplicate-id': {
    issue: { file: 'twice.txt', code: 'duplicate-id', severity: 'error', says: /same plan id "twice" as twice\.md/ },
    alsoRead: ['twice'],
  },
  'id-with-hash-and-question': {
    alsoRead: ['plan-2-'],
    make: (dir) => {
      writeFileSync(join(dir, 'plan #2?.txt'), readFileSync(join(dir, 'good.txt')));
      writeFileSync(join(dir, 'plan #2?.yaml'), readFileSync(join(dir, 'good.yaml')));
    },
  },
  'unsupported-extension': {
    issue: {
      file: 'plan.rtf',
      code: 'format-unknown',
      severity: 'error',
      says: /no reader for "\.rtf" files \(supported: \.txt, \.md, \.markdown, \.html, \.htm, \.docx, \.pdf\)/,
    },
  },
};

async function run(name: string, strict = false) {
  const plans = join(root, name);
  rmSync(plans, { recursive: true, force: true });
  cpSync(join(CATALOGUE, name), plans, { recursive: true });
  CASES[name]?.make?.(plans);
  const out = join(root, `${name}-out${strict ? '-strict' : ''}`);
  const errors: string[] = [];
  const options = { plans, out, lexicon: 'content/lexicon', strict, quiet: true };
  const result = await runExtract(options, { extractPlan, loadLexicon, error: (l) => errors.push(l) });
  const records = JSON.parse(readFileSync(join(out, 'plans.json'), 'utf8')) as PlanRecord[];
  const indicators = JSON.parse(readFileSync(join(out, 'indicators.json'), 'utf8')) as { plan: string }[];
  return { result, errors, records, indicators };
}

describe('bad-input catalogue', () => {
  it('has a case for every folder and a folder for every case', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(CATALOGUE).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: says what is wrong with which file, and still extracts the good plan`, async () => {
      const { result, errors, records, indicators } = await run(name);
      const ids = records.map((p) => p.id);
      expect(ids).toContain('good');
      expect(indicators.filter((i) => i.plan === 'good')).toHaveLength(2);
      for (const also of c.alsoRead ?? []) expect(ids.some((id) => id.startsWith(also))).toBe(true);
      const issues = result.problems;
      if (!c.issue) {
        expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
        expect(result.exitCode).toBe(0);
        return;
      }
      const { file, code, severity, says } = c.issue;
      const found = issues.find((i) => i.file === file && i.code === code);
      expect(found, JSON.stringify(issues)).toBeDefined();
      expect(found?.severity).toBe(severity);
      expect(found?.message.startsWith(`${file}: `)).toBe(true);
      expect(found?.message).toMatch(says);
      if (severity === 'error') {
        expect(result.exitCode).toBe(1);
        expect(errors).toContain(`error: ${found?.message}`);
      } else {
        expect(result.exitCode).toBe(0);
        expect((await run(name, true)).result.exitCode).toBe(1);
      }
    });
  }

  it('reads what the fixable cases hold correctly', async () => {
    const gbk = (await run('gbk-yaml')).records.find((p) => p.id === 'gbk');
    expect(gbk?.region).toBe('武汉经开区');
    const utf16 = (await run('utf16-no-bom')).records.find((p) => p.id === 'utf16');
    expect(utf16?.encoding).toBe('utf-16le');
    const hashed = (await run('id-with-hash-and-question')).records.find((p) => p.file === 'plan #2?.txt');
    expect(hashed?.id).toMatch(/^plan-2-[0-9a-f]{8}$/);
    const sub = (await run('subfolder')).records.find((p) => p.id === 'hubei-wuhan');
    expect(sub?.file).toBe('hubei/wuhan.txt');
  });
});
