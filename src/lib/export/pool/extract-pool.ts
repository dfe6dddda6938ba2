import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDoc } from '../../read/types.ts';
import type { PlanExtraction } from '../../types.ts';
import type { JobReply } from './messages.ts';

export interface ExtractPool {
  /** Extracts one plan on the next free worker; the lexicon argument is the caller's copy, unused. */
  extractPlan: (source: SourceDoc, lexicon?: unknown) => Promise<PlanExtraction>;
  /** Stops the workers once the queued plans are done. */
  close: () => Promise<void>;
}

interface Job {
  id: number;
  source: SourceDoc;
  resolve: (result: PlanExtraction) => void;
  reject: (error: Error) => void;
}

/** Workers the extraction uses: PLANATLAS_WORKERS, else one per core. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env['PLANATLAS_WORKERS']);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/**
 * Plans extract independently, so each core takes the next one. Jobs wait here rather than in
 * the workers' queues, so only as many plans are copied into workers as there are workers.
 */
export function extractPool(size: number, lexicon: string): ExtractPool {
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let next = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, source: job.source });
    }
  };
  const workers = new Set<Worker>();
  const spawn = () => {
    // the worker compiles its TypeScript itself, whichever runner started this process
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), {
      workerData: { lexicon },
      execArgv: ['--import', 'tsx'],
    });
    const finish = (worker: Worker) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      return job;
    };
    worker.on('message', (reply: JobReply) => {
      const job = finish(worker);
      idle.push(worker);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
      dispatch();
    });
    // a worker that dies fails its plan only; a fresh one takes the rest
    worker.on('error', (error) => {
      workers.delete(worker);
      if (busy.has(worker)) finish(worker).reject(error);
      spawn();
      dispatch();
    });
    workers.add(worker);
    idle.push(worker);
  };
  for (let i = 0; i < Math.max(1, size); i++) spawn();
  return {
    extractPlan: (source) =>
      new Promise((resolve, reject) => {
        queue.push({ id: next++, source, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
