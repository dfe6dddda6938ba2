import { spawnSync } from 'node:child_process';

export interface Timed {
  ms: number;
  maxRssMb: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time -v: wall time and the peak memory of it and its children. */
export function timed(command: string, args: readonly string[], cwd: string): Timed {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`,
    );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr);
  return { ms, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout };
}
