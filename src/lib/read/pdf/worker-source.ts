/**
 * The worker that runs pdfjs-dist (an async API) so the synchronous reader can wait for it.
 * Plain JavaScript evaluated by worker_threads: no TypeScript loader is needed in the thread,
 * and nothing is fetched: pdfjs runs its own parser in-thread (the legacy build's fake worker).
 */
export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintJpegXObject'];
let pdfjs;
async function readPages(data) {
  pdfjs ??= await import(workerData.pdfjsUrl);
  const imageOps = new Set(IMAGE_OPS.map((name) => pdfjs.OPS[name]).filter((op) => op !== undefined));
  const task = pdfjs.getDocument({
    data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    stopAtErrors: true, cMapUrl: workerData.cMapDir, cMapPacked: true, standardFontDataUrl: workerData.fontDir,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform;
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) });
      }
      let imageOnly = false;
      if (!items.some((item) => item.str.trim() !== '')) {
        const ops = await page.getOperatorList();
        imageOnly = ops.fnArray.some((fn) => imageOps.has(fn));
      }
      pages.push({ page: n, width, height, items, imageOnly });
      page.cleanup();
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}
parentPort.on('message', async ({ bytes, signal }) => {
  let reply;
  try {
    reply = await readPages(bytes);
  } catch (error) {
    reply = { error: { name: String(error?.name ?? 'Error'), message: String(error?.message ?? error) } };
  }
  workerData.port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;
