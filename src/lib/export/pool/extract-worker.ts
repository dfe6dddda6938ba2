// One extraction per message, on a lexicon loaded once per worker.
import { parentPort, workerData } from 'node:worker_threads';
import { extractPlan } from '../../extract/index.ts';
import { loadLexicon } from '../../lexicon/load.ts';
import type { Lexicon } from '../../lexicon/types.ts';
import type { SourceDoc } from '../../read/types.ts';
import type { JobReply } from './messages.ts';

const lexiconDir = (workerData as { lexicon: string }).lexicon;
let lexicon: Lexicon | undefined;

parentPort?.on('message', async (job: { id: number; source: SourceDoc }) => {
  let reply: JobReply;
  try {
    lexicon ??= await loadLexicon(lexiconDir);
    reply = { id: job.id, ok: true, result: await extractPlan(job.source, lexicon) };
  } catch (cause) {
    reply = { id: job.id, ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
  parentPort?.postMessage(reply);
});
