// Hands a file to the adviser as a download: a Blob behind a temporary
// <a download>, so nothing leaves the machine and nothing waits on a network.

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mediaType = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mediaType};charset=utf-8` }));
}

export function downloadBase64(fileName: string, dataBase64: string, mediaType: string): void {
  downloadBlob(fileName, base64ToBlob(dataBase64, mediaType));
}

export function base64ToBlob(dataBase64: string, mediaType: string): Blob {
  const binary = window.atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: mediaType });
}
