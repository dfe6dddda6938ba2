import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { PdfPage } from './types.ts';
import { WORKER_SOURCE } from './worker-source.ts';

/** A damaged file can make a parser loop; no real plan takes this long. */
const TIMEOUT_MS = 120_000;

export interface PdfFailure {
  /** pdfjs's exception name: PasswordException, InvalidPDFException, … or 'Timeout'. */
  name: string;
  message: string;
}

interface Bridge {
  worker: Worker;
  port: MessagePort;
}

let bridge: Bridge | null = null;

/**
 * Reads every page's text items, synchronously: pdfjs-dist runs in a worker thread and this
 * thread waits for its answer, so readers keep one synchronous signature for every format.
 * The worker is started once and does not keep the process alive.
 */
export function readPages(bytes: Uint8Array): { pages: PdfPage[] } | { failure: PdfFailure } {
  const { worker, port } = (bridge ??= startWorker());
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const copy = new Uint8Array(bytes); // a copy of its own: a Buffer may share a pooled ArrayBuffer
  worker.postMessage({ bytes: copy, signal }, [copy.buffer]);
  const waited = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
  const reply = receiveMessageOnPort(port)?.message as { pages: PdfPage[] } | { error: PdfFailure } | undefined;
  if (waited === 'timed-out' || reply === undefined) {
    void worker.terminate();
    bridge = null;
    return { failure: { name: 'Timeout', message: `no answer from the PDF parser after ${TIMEOUT_MS / 1000} s` } };
  }
  return 'error' in reply ? { failure: reply.error } : reply;
}

function startWorker(): Bridge {
  const require = createRequire(import.meta.url);
  const pdfjsPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(dirname(dirname(pdfjsPath)));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      port: port2,
      pdfjsUrl: pathToFileURL(pdfjsPath).href,
      cMapDir: `${join(root, 'cmaps')}/`,
      fontDir: `${join(root, 'standard_fonts')}/`,
    },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  return { worker, port: port1 };
}
