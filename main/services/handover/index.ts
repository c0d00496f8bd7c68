// The handover room's door: a client's records out to another adviser's
// vault, and such a file taken in.
export { exportHandover, buildHandoverFile, type HandoverExport } from './export';
export { importHandover, previewHandover, type HandoverImport } from './import';
export { handoverFormat, handoverFormatVersion, type HandoverFile } from './format';
