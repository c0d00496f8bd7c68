// Small HTML helpers for the bundle's readable files: everything is escaped,
// pages are self-contained (no scripts, no outside resources) and print on A4.
export const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Text with its line breaks kept, as the adviser typed it. */
export const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const style = `body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;max-width:42em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #999}h3{font-size:1.1em;margin-top:1.2em}h4{font-size:1em;margin-bottom:0.2em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0.2em 1em}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:0.3em;text-align:left;vertical-align:top}
.withheld{font-style:normal;font-weight:bold}.address{white-space:pre-line}
@page{size:A4;margin:2cm}@media print{body{margin:0;max-width:none}h2,h3{break-after:avoid}}`;

export const htmlPage = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`;
