import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/read/input-error.ts';
import { loadMeta } from '../../src/lib/read/load-meta.ts';
import { tempDir, VALID_META } from './temp-dir.ts';

let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'region: [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  '',
].join('\n');

function failure(yaml: string | Uint8Array): InputError {
  const path = temp.write('p.yaml', yaml);
  try {
    loadMeta(path, 'p.txt');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('loadMeta on hostile or damaged metadata', () => {
  it("refuses an alias bomb quickly, as this plan's error", () => {
    const started = performance.now();
    const error = failure(BOMB);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('metadata-invalid');
    expect(error.message).toMatch(/^p\.yaml: .*alias/i);
  });

  it('decodes GBK metadata instead of reading mojibake', () => {
    const gbk = Uint8Array.from(
      Buffer.from(
        '726567696f6e3a20cee4babacad00a6c6576656c3a20636974790a706572696f643a205b323032312c20323032355d0a',
        'hex',
      ),
    );
    const path = temp.write('p.yaml', gbk);
    expect(loadMeta(path, 'p.txt').region).toBe('武汉市');
  });

  it('reads a UTF-8 BOM and UTF-16 metadata too', () => {
    const bom = temp.write('p.yaml', `\uFEFF${VALID_META}`);
    expect(loadMeta(bom, 'p.txt').region).toBe('测试市');
    const utf16 = temp.write('q.yaml', Uint8Array.from(Buffer.from(VALID_META, 'utf16le')));
    expect(loadMeta(utf16, 'q.txt').region).toBe('测试市');
  });

  it.each([
    ['syntax', 'region: [\n', /p\.yaml: not valid YAML at line/],
    ['tab indentation', 'region:\n\t- x\n', /p\.yaml: not valid YAML/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /^p\.yaml: .*not a text file/],
    ['empty', '', /^p\.yaml: the file is empty/],
    ['an undefined alias', 'region: *nowhere\n', /p\.yaml: not valid/],
    ['a scalar', 'just text\n', /p\.yaml: expected a YAML mapping/],
    ['duplicate keys', `${VALID_META}region: 又一市\n`, /p\.yaml: not valid YAML/],
  ])('turns %s into an InputError naming the file', (_, yaml, pattern) => {
    const error = failure(yaml);
    expect(error.code).toBe('metadata-invalid');
    expect(error.message).toMatch(pattern);
  });
});

describe('the url field', () => {
  it.each([
    'javascript:alert(document.domain)//',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '/plans/a.html',
    'www.example.gov.cn/a.html',
    'http://',
    'https://exa mple.gov.cn/',
    'vbscript:msgbox(1)',
  ])('rejects %j with a message naming the field', (url) => {
    const error = failure(`${VALID_META}url: ${JSON.stringify(url)}\n`);
    expect(error.message).toMatch(/^p\.yaml: field "url": must be an absolute http:\/\/ or https:\/\/ address/);
  });

  it.each(['http://www.example.gov.cn/a.html', 'https://example.gov.cn/a?b=1#c', 'HTTPS://EXAMPLE.GOV.CN/'])(
    'accepts %j',
    (url) => {
      const path = temp.write('p.yaml', `${VALID_META}url: ${JSON.stringify(url)}\n`);
      expect(loadMeta(path, 'p.txt').url).toBe(url);
    },
  );
});
