// Opens a generated DOCX the way Word would: unzip it and read the XML parts.
import JSZip from 'jszip';

export type DocxContents = {
  /** Every paragraph's text, in order. */
  paragraphs: { style: string | null; text: string }[];
  text: string;
  hyperlinks: { text: string; url: string }[];
  footer: string;
  images: number;
  /** Every picture drawn in the body, with its alt text (name, title and description), in order. */
  pictures: { name: string; title: string; description: string }[];
  documentXml: string;
  footerXml: string;
  stylesXml: string;
  settingsXml: string;
};

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));

export async function readDocx(bytes: Buffer): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const relationships = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const footerFiles = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  const footers = await Promise.all(footerFiles.map((name) => zip.file(name)?.async('string') ?? ''));
  const targets = new Map(
    [...relationships.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"[^>]*\/>/g)].map((match) => [
      match[1],
      decode(match[2] ?? ''),
    ]),
  );
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(match[0])?.[1] ?? null,
    text: textOf(match[0]),
  }));
  const hyperlinks = [...documentXml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map(
    (match) => ({ text: textOf(match[2] ?? ''), url: targets.get(match[1] ?? '') ?? '' }),
  );
  return {
    paragraphs,
    text: paragraphs.map((paragraph) => paragraph.text).join('\n'),
    hyperlinks,
    footer: footers.map(textOf).join('\n'),
    images: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).length,
    pictures: [...documentXml.matchAll(/<wp:docPr ([^>]*)\/?>/g)].map((match) => ({
      name: decode(/ name="([^"]*)"/.exec(` ${match[1]}`)?.[1] ?? ''),
      title: decode(/ title="([^"]*)"/.exec(` ${match[1]}`)?.[1] ?? ''),
      description: decode(/ descr="([^"]*)"/.exec(` ${match[1]}`)?.[1] ?? ''),
    })),
    documentXml,
    footerXml: footers.join('\n'),
    stylesXml: (await zip.file('word/styles.xml')?.async('string')) ?? '',
    settingsXml: (await zip.file('word/settings.xml')?.async('string')) ?? '',
  };
}
