/** Enough of a task to say what it is about; the rest is mostly responsibilities and boilerplate. */
const OPENING = 200;
/** A title says what a task is about more surely than its body. */
const TITLE_WEIGHT = 3;

export interface TaskText {
  title: string;
  text: string;
}

/**
 * Character pairs of the title and the opening text, with the title's counted more. A pair is
 * keyed by its two UTF-16 code units as one number, which is far cheaper than a string key.
 */
export function termCounts(task: TaskText): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (s: string, weight: number) => {
    const chars = s.replace(/[^\p{L}\p{N}]/gu, '');
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars.charCodeAt(i) * 0x10000 + chars.charCodeAt(i + 1);
      counts.set(pair, (counts.get(pair) ?? 0) + weight);
    }
  };
  add(task.title, TITLE_WEIGHT);
  // the body starts with the title again; skip it so the title is not counted twice
  const body = task.text.startsWith(task.title) ? task.text.slice(task.title.length) : task.text;
  add(body.slice(0, OPENING), 1);
  return counts;
}
