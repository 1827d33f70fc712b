/** Hands a file to the browser's download (an object URL on a clicked link), as the exports and the data downloads do. */
export function saveFile(data: string | Blob, name: string, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
