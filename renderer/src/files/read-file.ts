// Reads a chosen file for sending to main: pictures as base64 (the contract's
// form for bytes), after checking size and kind so a wrong file is turned
// away with a plain message before it is read.

export type PictureCheck = {
  maxBytes: number;
  maxBytesLabel: string;
  mediaTypes: readonly string[];
  kindsLabel: string;
};

/** A plain sentence when the file will not do, or '' when it is worth sending. */
export function checkPicture(file: File, { maxBytes, maxBytesLabel, mediaTypes, kindsLabel }: PictureCheck): string {
  if (file.size === 0) return `${file.name} is empty. Choose another file.`;
  if (file.size > maxBytes) {
    return `${file.name} is ${describeSize(file.size)}, larger than the ${maxBytesLabel} Waymark accepts. Take the photo at a lower resolution, or crop it.`;
  }
  // The type comes from the file name; main checks the bytes themselves as well.
  if (file.type && !mediaTypes.includes(file.type))
    return `${file.name} is not a picture Waymark can keep. Choose a ${kindsLabel} file.`;
  return '';
}

export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file's bytes as base64, without the data: URL prefix. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
