import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { treeRss } from './rss.ts';
import { stageOfLine, STAGES, type Stage } from './stages.ts';

export interface StageFigures {
  seconds: number;
  /** Highest resident memory of the build's processes while the step ran. */
  peakRss: number;
}

export interface BuildRun {
  status: number | null;
  seconds: number;
  peakRss: number;
  stages: Record<Stage, StageFigures>;
  /** The extraction's closing line ("N of M plans extracted (K from the cache) …"). */
  extraction: string;
  /** The last lines of output, to show when the build failed. */
  tail: string[];
}

/** Runs the project's own `npm run build` with the given environment, timing each step. */
export function runBuild(root: string, env: NodeJS.ProcessEnv, args: readonly string[]): Promise<BuildRun> {
  const stages = Object.fromEntries(STAGES.map((s) => [s, { seconds: 0, peakRss: 0 }])) as BuildRun['stages'];
  const started = performance.now();
  let last = started;
  let stage: Stage = 'extraction';
  let peak = 0;
  let extraction = '';
  const tail: string[] = [];
  const child = spawn('npm', ['run', 'build', '--', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sample = () => {
    const rss = treeRss(child.pid!);
    peak = Math.max(peak, rss);
    stages[stage].peakRss = Math.max(stages[stage].peakRss, rss);
  };
  const timer = setInterval(sample, 200);
  const onLine = (line: string) => {
    const now = performance.now();
    sample();
    stage = stageOfLine(line, stage);
    stages[stage].seconds += (now - last) / 1000;
    last = now;
    if (line.startsWith('planatlas: extraction')) {
      extraction = line.replace(/^planatlas: extraction [\d.]+ s · /u, '');
      stage = 'data preparation';
    }
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      // what follows the last page (Astro's closing steps) is part of rendering
      stages['page rendering'].seconds += (performance.now() - last) / 1000;
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRss: peak, stages, extraction, tail });
    });
  });
}
