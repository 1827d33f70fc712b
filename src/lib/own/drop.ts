/** A file dragged onto the page (issue 18): whether a drag carries files, and the first one dropped. */
export const hasFiles = (e: Pick<DragEvent, 'dataTransfer'>): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function droppedFile(e: Pick<DragEvent, 'dataTransfer'>): File | null {
  const files = e.dataTransfer?.files;
  return files && files.length > 0 ? files[0] : null;
}
