/**
 * Copies HTML with a plain-text twin, so Word gets a table and a text editor gets tabs. The
 * async clipboard needs a secure context; on plain-http intranet hosts the fallback copies a
 * hidden rendered copy of the table, which carries the same HTML to the clipboard.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard && typeof ClipboardItem !== 'undefined') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return true;
    } catch {
      // permission refused: fall through to the legacy path
    }
  }
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  // The markup is built by matrixHtml from escaped cell text only.
  holder.innerHTML = html;
  document.body.append(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const ok = document.execCommand('copy');
  selection?.removeAllRanges();
  holder.remove();
  return ok;
}
