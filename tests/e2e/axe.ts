import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './build-site.ts';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface Finding {
  id: string;
  impact: string | null;
  targets: string[];
}

/** axe-core's WCAG 2.1 A/AA and best-practice rules over the page as it stands. */
export async function audit(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}
