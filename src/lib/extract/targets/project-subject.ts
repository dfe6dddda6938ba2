import type { Rules } from '../rules/types.ts';
import type { TargetDraft } from './draft.ts';
import type { TextMarks } from './marks.ts';

// "1．云溪市中医医院整体迁建项目。…": an item of a project list, titled by what is built
const PROJECT =
  /^[\s\u3000]*(?:\d{1,2}[．.、]|[（(]\d{1,2}[)）])?[\s\u3000]*([^。；;，,：:\n\r]{2,30}?)(?:整体迁建|迁建|改扩建|扩建|新建|建设)?(?:工程)?项目[。．.：:]/u;
const CJK = /[\u4e00-\u9fff]/gu;

/**
 * A bare measure inside a project item ("设置床位1200张") is the project's: its name takes the
 * project's subject ("云溪市第一人民医院城东院区建设项目" → 云溪市第一人民医院城东院区设置床位).
 */
export function nameByProject(text: string, drafts: TargetDraft[], marks: TextMarks, rules: Rules): TargetDraft[] {
  for (const t of drafts) {
    if (!t.name) continue;
    const paragraph = marks.paragraphStart(t.start);
    const title = PROJECT.exec(text.slice(paragraph, Math.min(t.valueAt ?? t.end, paragraph + 60)));
    if (!title) continue;
    // a short name in the title's own sentence, or a bare measure later in the item
    const first = t.start <= paragraph + title[0].length;
    const verb = rules.countVerbs.find((v) => t.name.startsWith(v)) ?? '';
    const noun = t.name.slice(verb.length);
    const cjk = (s: string) => s.match(CJK)?.length ?? 0;
    if ((first && cjk(t.name) <= 4) || (noun !== '' && cjk(noun) <= 3)) t.name = `${title[1]!.trim()}${t.name}`;
  }
  return drafts;
}
