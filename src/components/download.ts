/**
 * Saves a file through a temporary object URL and an `<a download>` (nothing leaves the
 * browser). The one download helper: the figure, story, matrix and arrangement exports
 * all save through it.
 */

/**
 * How long the object URL outlives the click. Revoking it at once can cancel the download
 * in some browsers, and a large PNG takes a while to hand over; ten seconds covers both.
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Text saved as a file of the given MIME type. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}
