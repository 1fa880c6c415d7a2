// Saves text as a file from an extension page: a Blob, an object URL and a temporary <a download>.

export function downloadText(
  filename: string,
  mime: string,
  content: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
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
