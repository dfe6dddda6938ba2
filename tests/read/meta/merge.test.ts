import { afterEach, describe, expect, it } from 'vitest';
import { metaMarkdown, metaReport } from '../../../src/lib/export/report-meta.ts';
import { readSource } from '../../../src/lib/read/read-source.ts';
import { tempDir } from '../temp-dir.ts';

let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

const TEXT = `甲市人民政府办公室关于印发甲市卫生健康规划的通知\n甲政办发〔2022〕8号\n甲市人民政府办公室\n2022年3月15日\n甲市卫生健康规划\n到2025年，每千人口床位数达到7.5张。\n`;
const REQUIRED = 'region: 甲市\nlevel: city\nperiod: [2021, 2025]\n';

describe('metadata from the text fills what the YAML leaves empty', () => {
  it('fills null fields and keeps what the YAML says', () => {
    const path = temp.write('p.txt', TEXT);
    temp.write('p.yaml', `${REQUIRED}title: 甲市卫生健康事业发展规划\ndate: null\n`);
    const source = readSource(path);
    expect(source.meta).toMatchObject({
      title: '甲市卫生健康事业发展规划',
      issuer: '甲市人民政府办公室',
      date: '2022-03-15',
      docNumber: '甲政办发〔2022〕8号',
    });
    expect(source.metaFilled).toEqual(['issuer', 'date', 'docNumber']);
  });

  it('reports each stated field as filled, agreeing or overridden', () => {
    const path = temp.write('p.txt', TEXT);
    temp.write('p.yaml', `${REQUIRED}title: 甲市卫生健康事业发展规划\nissuer: 甲市人民政府办公室\n`);
    const report = metaReport(readSource(path));
    expect(report).toEqual({
      plan: 'p',
      fields: [
        { field: 'title', detected: '甲市卫生健康规划', status: 'overridden', yaml: '甲市卫生健康事业发展规划' },
        { field: 'issuer', detected: '甲市人民政府办公室', status: 'agrees', yaml: '甲市人民政府办公室' },
        { field: 'date', detected: '2022-03-15', status: 'filled', yaml: null },
        { field: 'docNumber', detected: '甲政办发〔2022〕8号', status: 'filled', yaml: null },
      ],
    });
    const markdown = metaMarkdown([report]);
    expect(markdown).toContain('| p | title | 甲市卫生健康规划 | overridden | 甲市卫生健康事业发展规划 |');
    expect(markdown).toContain('| p | date | 2022-03-15 | filled |  |');
  });

  it('reports nothing for a text that states nothing', () => {
    const path = temp.write('q.txt', '到2025年，每千人口床位数达到7.5张。');
    temp.write('q.yaml', REQUIRED);
    const source = readSource(path);
    expect(source.meta.title).toBeNull();
    expect(metaReport(source).fields).toEqual([]);
    expect(metaMarkdown([metaReport(source)])).toBe('');
  });
});
