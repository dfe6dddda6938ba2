import type { Op } from '../../types.ts';
import type { TargetDraft } from './draft.ts';
import type { Quantity } from './quantity.ts';
import { LOOK_BACK } from './window.ts';

const AT_LEAST = /(?:至少|不少于|不低于|最少)[^\d，,；;。()（）]{0,8}$/u;
const AT_MOST = /(?:至多|最多|不超过|不多于)[^\d，,；;。()（）]{0,8}$/u;
const WITHIN = /^[”"]?[^，,。；;\d]{0,6}?(?:可及|圈|以内|内到达|内)/u;

/**
 * Comparison of a number whose comparison word stands apart from it: "至少建立2个" and the list
 * it heads ("…2个省级、3个州级、4个市级…"), a breakdown of a minimum ("不低于10项(市人民医院5项,…)"),
 * and reach times ("15分钟可及", "“12分钟”急救圈"), which are upper limits.
 */
export function opInContext(
  text: string,
  q: Quantity,
  clauseStart: number,
  before: readonly TargetDraft[],
  sentenceStart: number,
): Op {
  if (q.op !== '=') return q.op;
  const lead = text.slice(clauseStart, q.start);
  if (AT_LEAST.test(lead)) return '>=';
  if (AT_MOST.test(lead)) return '<=';
  if ((q.unit === '分钟' || q.unit === '小时') && WITHIN.test(text.slice(q.end, q.end + 10))) return '<=';
  const previous = before[before.length - 1];
  if (previous && previous.end >= sentenceStart && previous.op !== null && previous.op !== '=') {
    const between = text.slice(previous.end, q.start);
    // a list joined by 、 or a breakdown in brackets shares the comparison of its head
    if (/^[^\d，,；;。]*、[^\d，,；;。]*$/u.test(between) || /^[(（][^()（）]*$/u.test(between)) return previous.op;
    for (
      let i = before.length - 2;
      i >= Math.max(0, before.length - LOOK_BACK) && before[i]!.end >= sentenceStart;
      i--
    ) {
      if (/^[(（][^()（）]*$/u.test(text.slice(before[i]!.end, q.start)) && before[i]!.op !== '=')
        return before[i]!.op ?? '=';
    }
  }
  return '=';
}
