// Runs one fuzz case per message, so the main process can stop a case that hangs.
import { parentPort } from 'node:worker_threads';
import { checkText } from '../tests/fuzz/check.ts';

parentPort?.on('message', (job: { text: string; format: 'txt' | 'md' }) => {
  parentPort?.postMessage(checkText(job.text, job.format, Number.POSITIVE_INFINITY));
});
