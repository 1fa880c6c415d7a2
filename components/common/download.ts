// Saves text as a file from an extension page: a Blob, an object URL and a temporary <a download>. The text
// comes in parts, which the Blob takes as they are: a large backup is never one string.

export function downloadText(
  filename: string,
  mime: string,
  parts: string[],
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a minute is generous for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
