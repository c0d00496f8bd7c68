// Every variant of the plan document, opened as Word opens it (the XML parts)
// and rendered by LibreOffice: fonts, sizes, spacing, alignment, language tags,
// alt text on every picture, the page tint, and sensible page counts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanAction, PlanContent } from '../../shared/action-plans';
import type { ExportVariant } from '../../shared/contract/plans';
import { planWords } from '../../shared/plan-language';
import { editableFields, getClient, saveClient } from '../../main/services/clients';
import { recordIntendedDestination } from '../../main/services/destinations';
import {
  addPlanImage,
  createPlan,
  exportPlan,
  finalisePlan,
  getPlan,
  renderSharedCopy,
  saveDraft,
} from '../../main/services/plans';
import { svgToPng } from '../../main/export/svg-to-png';
import { updateSettings } from '../../main/services/settings';
import type { OpenVault, Vault } from '../../main/vault';
import { readDocx, type DocxContents } from '../support/docx';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;
let planId: string;
let folder: string;

const action = (id: string, text: string, textCy: string, overrides: Partial<PlanAction> = {}): PlanAction => ({
  id,
  text,
  textCy,
  owner: { kind: 'client', name: '' },
  dueOn: null,
  status: 'to-do',
  notes: '',
  links: [],
  isSensitive: false,
  reviewComment: '',
  ...overrides,
});

function welshPlan(draft: PlanContent): PlanContent {
  return {
    ...draft,
    goal: 'You want to become a paramedic.',
    goalCy: 'Rydych chi eisiau bod yn barafeddyg.',
    sections: [
      {
        ...draft.sections[0]!,
        body: 'You are in Year 11 and enjoy biology.',
        bodyCy: 'Rydych chi ym Mlwyddyn 11 ac yn mwynhau bioleg.',
      },
      {
        ...draft.sections[1]!,
        body: 'You would like to study health and social care.',
        bodyCy: 'Hoffech chi astudio iechyd a gofal cymdeithasol.',
      },
      {
        ...draft.sections[2]!,
        body: 'Your worries at home are affecting your sleep.',
        bodyCy: 'Mae pryderon gartref yn effeithio ar eich cwsg.',
        isSensitive: true,
      },
    ],
    actions: [
      action('a1', 'Visit the college open day', 'Ymweld â diwrnod agored y coleg', {
        dueOn: '2027-03-18',
        links: [{ title: 'Open days', url: 'https://westbridge.example.ac.uk/open-days' }],
      }),
      action('a2', 'Speak to your tutor this week', 'Siarad â’ch tiwtor yr wythnos hon', {
        owner: { kind: 'adviser', name: 'Siân Evans' },
        dueOn: '2026-11-30',
      }),
      action('a3', 'Ask about a bus pass', 'Gofyn am docyn bws', { owner: { kind: 'supporter', name: 'Mam' } }),
    ],
    resources: [{ title: 'NHS careers: paramedic', url: 'https://www.healthcareers.nhs.uk/paramedic' }],
  };
}

beforeAll(async () => {
  const made = await makeVaultWithRoll(
    'Surname,Forename,DOB,Year\nPritchard,Siân,04/05/2010,11\nHughes,Dafydd,02/02/2010,11\nEvans,Nia,03/03/2010,11\n',
    now,
  );
  ({ vault, open } = made);
  clientId = made.clientIdOf('Pritchard');
  updateSettings(open.db, { adviserName: 'Rhian Morgan', adviserContact: 'rhian@example.org' });
  recordIntendedDestination(
    open,
    {
      clientId,
      recordedOn: '2026-10-01',
      code: '230',
      provider: 'Coleg Cambria',
      course: 'Paramedic science access course',
      level: '3',
      source: 'client',
      interviewId: null,
    },
    contextAt(now),
  );
  const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
  planId = plan.id;
  saveDraft(open, { planId, content: welshPlan(getPlan(open, planId).draft) }, contextAt(now));
  finalisePlan(open, { planId }, contextAt(now));
  folder = makeTempDirectory('waymark-plan-documents-');
}, 60_000);
afterAll(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
  removeDirectory(folder);
});

type Variant = { name: string; variant: ExportVariant; isShared?: boolean; layout?: 'columns' | 'blocks' };

const variants: Variant[] = [
  { name: 'standard', variant: { isEasyRead: false } },
  { name: 'shared', variant: { isEasyRead: false }, isShared: true },
  { name: 'easy-read', variant: { isEasyRead: true } },
  { name: 'dyslexia', variant: { isEasyRead: false, isDyslexiaFriendly: true } },
  { name: 'easy-read-dyslexia', variant: { isEasyRead: true, isDyslexiaFriendly: true } },
  { name: 'welsh', variant: { isEasyRead: false, language: 'cy' } },
  { name: 'bilingual-columns', variant: { isEasyRead: false, language: 'bilingual' }, layout: 'columns' },
  { name: 'bilingual-blocks', variant: { isEasyRead: false, language: 'bilingual' }, layout: 'blocks' },
  { name: 'easy-read-bilingual', variant: { isEasyRead: true, language: 'bilingual' }, layout: 'columns' },
];

const documents = new Map<string, { bytes: Buffer; docx: DocxContents }>();

async function documentFor(name: string): Promise<DocxContents> {
  const known = documents.get(name);
  if (known) return known.docx;
  const entry = variants.find((candidate) => candidate.name === name)!;
  updateSettings(open.db, { bilingualLayout: entry.layout ?? 'columns' });
  const file = entry.isShared
    ? await renderSharedCopy(open, planId, entry.variant, 1, contextAt(now))
    : await exportPlan(open, { planId, variant: entry.variant }, contextAt(now));
  const docx = await readDocx(file.bytes);
  documents.set(name, { bytes: file.bytes, docx });
  return docx;
}

/** Every run's properties with its text, from the body and the footer. */
function runsOf(xml: string): { properties: string; text: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => ({
    properties: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(match[1] ?? '')?.[1] ?? '',
    text: [...(match[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  }));
}

const sizesIn = (xml: string) => [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) => Number(match[1]));
const defaultRun = (docx: DocxContents) => /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(docx.stylesXml)?.[1] ?? '';
const styleOf = (docx: DocxContents, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(docx.stylesXml)?.[1] ?? '';

describe('every variant of the plan document', () => {
  it.each(variants.map((entry) => entry.name))(
    '%s: Arial throughout, left aligned, no text smaller than its minimum, alt text on every picture',
    async (name) => {
      const docx = await documentFor(name);
      const minimum = name.startsWith('easy-read') ? 28 : name.includes('dyslexia') ? 24 : 20;
      expect(defaultRun(docx)).toContain('w:ascii="Arial"');
      expect(
        [...docx.documentXml.matchAll(/w:ascii="([^"]+)"/g)]
          .map((match) => match[1])
          .filter((font) => font !== 'Arial'),
      ).toEqual([]);
      // Sizes written on runs in the body and footer, and the sizes of the styles the plan uses.
      const used = [
        ...sizesIn(docx.documentXml),
        ...sizesIn(docx.footerXml),
        ...sizesIn(defaultRun(docx)),
        ...['Title', 'Heading1', 'Heading2'].flatMap((id) => sizesIn(styleOf(docx, id))),
      ];
      expect(used.length).toBeGreaterThan(3);
      expect(Math.min(...used)).toBeGreaterThanOrEqual(minimum);
      expect(docx.documentXml).not.toMatch(/<w:jc w:val="(both|center|distribute)"\/>/);
      expect(defaultRun(docx)).toContain('<w:jc w:val="left"/>');
      expect(docx.pictures.length).toBeGreaterThan(0 + (name.startsWith('easy-read') ? 5 : -1));
      for (const picture of docx.pictures) expect(picture.description.trim(), picture.name).not.toBe('');
    },
  );

  it('easy read: 14 point everywhere (the footer too), a picture beside each section and action, and each action its own block with Who and When on their own lines', async () => {
    const docx = await documentFor('easy-read');
    expect(sizesIn(docx.footerXml).every((size) => size >= 28)).toBe(true);
    expect(sizesIn(docx.footerXml).length).toBeGreaterThan(0);
    expect(docx.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Your career plan');
    expect(
      docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text),
    ).toContain('What happens next');
    expect(
      docx.paragraphs.filter((paragraph) => paragraph.text.startsWith('Who: ')).map((paragraph) => paragraph.text),
    ).toEqual(['Who: You', 'Who: Siân Evans (your adviser)', 'Who: Mam']);
    expect(
      docx.paragraphs.filter((paragraph) => paragraph.text.startsWith('When: ')).map((paragraph) => paragraph.text),
    ).toEqual(['When: 18 March 2027', 'When: 30 November 2026', 'When: No date set']);
    const alt = docx.pictures.map((picture) => picture.description);
    for (const expected of [
      'A target, for a goal',
      'A graduation cap, for college',
      'Two people talking',
      'A bus, for travel',
    ])
      expect(alt).toContain(expected);
    expect(docx.documentXml).not.toContain('<w:tblHeader/>');
  });

  it('dyslexia-friendly: 1.5 line spacing, no italics or underlining, links in bold, and a cream page background Word will show', async () => {
    const docx = await documentFor('dyslexia');
    expect(defaultRun(docx)).toMatch(/<w:spacing [^>]*w:line="360"[^>]*w:lineRule="auto"/);
    expect(docx.documentXml).toMatch(/<w:background w:color="FAF3DC"/);
    expect(docx.settingsXml).toContain('<w:displayBackgroundShape/>');
    for (const xml of [docx.documentXml, docx.footerXml, styleOf(docx, 'Hyperlink')]) {
      expect(xml).not.toMatch(/<w:i\/>|<w:i w:val="(true|1)"\/>/);
      expect(xml).not.toMatch(/<w:u w:val="(?!none)/);
    }
    expect(styleOf(docx, 'Hyperlink')).toContain('<w:b/>');
    const standard = await documentFor('standard');
    expect(standard.documentXml).not.toContain('<w:background');
  });

  it('Welsh: every fixed word in Welsh, dates with Welsh months, and every run tagged cy-GB', async () => {
    const docx = await documentFor('welsh');
    expect(docx.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe(
      'Eich cynllun gweithredu gyrfa',
    );
    for (const text of [
      'Ar gyfer: Siân Pritchard',
      'Eich nod',
      'Ble rydych chi nawr',
      'Eich camau gweithredu',
      'Beth',
      'Pwy',
      'Erbyn pryd',
      '18 Mawrth 2027',
      '30 Tachwedd 2026',
      'Ymweld â diwrnod agored y coleg',
      'Dolenni defnyddiol',
      'Byddwn yn cytuno pryd i edrych ar y cynllun hwn eto.',
    ]) {
      expect(docx.text).toContain(text);
    }
    expect(docx.footer).toContain(planWords.cy.defaultConfidentialityLine);
    for (const english of [
      'Your goal',
      'Your actions',
      'By when',
      'Where you are now',
      'March',
      'Useful links',
      'We will',
      'This plan belongs to you',
    ])
      expect(docx.text + docx.footer).not.toContain(english);
    const tagged = runsOf(docx.documentXml + docx.footerXml).filter((run) => run.text.trim());
    const untagged = tagged.filter((run) => !run.properties.includes('<w:lang w:val="cy-GB"/>'));
    // Only the names of places and people the adviser typed in English may stay English-tagged.
    expect(untagged.map((run) => run.text)).toEqual(['Paramedic science access course at Coleg Cambria']);
  });

  it('bilingual in two columns: Welsh on the left, read first, each language tagged, never mixed in a run', async () => {
    const docx = await documentFor('bilingual-columns');
    const runs = runsOf(docx.documentXml).filter((run) => run.text.trim());
    const titleCy = runs.findIndex((run) => run.text === 'Eich cynllun gweithredu gyrfa');
    const titleEn = runs.findIndex((run) => run.text === 'Your career action plan');
    expect(titleCy).toBeGreaterThanOrEqual(0);
    expect(titleCy).toBeLessThan(titleEn);
    expect(runs[titleCy]?.properties).toContain('cy-GB');
    expect(runs[titleEn]?.properties).toContain('en-GB');
    // Two equal columns: the same type sizes for both languages.
    expect(docx.documentXml).toMatch(/<w:gridCol w:w="4819"\/><w:gridCol w:w="4819"\/>/);
    expect(runs.find((run) => run.text.includes('Gofyn am docyn bws'))?.properties).toContain('cy-GB');
    expect(runs.find((run) => run.text.includes('Ask about a bus pass'))?.properties).toContain('en-GB');
    expect(docx.footer.indexOf('Mae’r cynllun hwn')).toBeLessThan(docx.footer.indexOf('This plan belongs to you'));
  });

  it('bilingual block by block: each part in Welsh, then in English', async () => {
    const docx = await documentFor('bilingual-blocks');
    const order = (text: string) => docx.text.indexOf(text);
    expect(order('Eich nod')).toBeLessThan(order('Your goal'));
    expect(order('Your goal')).toBeLessThan(order('Ble rydych chi nawr'));
    expect(order('1. Ymweld â diwrnod agored y coleg')).toBeLessThan(order('1. Visit the college open day'));
    expect(order('1. Visit the college open day')).toBeLessThan(order('2. Siarad â’ch tiwtor yr wythnos hon'));
    expect(docx.documentXml).not.toContain('<w:gridCol w:w="4819"/>');
  });

  it('made for this client: the school, where they plan to go, the adviser, the review date once, and proportionate columns', async () => {
    const docx = await documentFor('standard');
    expect(docx.text).toContain('School or college: Northfield Academy');
    expect(docx.text).toContain('Where you plan to go next: Paramedic science access course at Coleg Cambria');
    expect(docx.text).toContain('Your careers adviser: Rhian Morgan, rhian@example.org');
    expect((docx.text + docx.footer).match(/look at this plan again|agree when to look/g)).toHaveLength(1);
    // What: 56 per cent of the text width; who 20 and when 24 (a date in full fits on one line).
    expect(docx.documentXml).toMatch(/<w:gridCol w:w="5397"\/><w:gridCol w:w="1927"\/><w:gridCol w:w="2313"\/>/);
  });

  it('a shared copy leaves the sensitive section out, in every language', async () => {
    const docx = await documentFor('shared');
    expect(docx.text).not.toContain('Your worries at home');
    expect(docx.footer).toContain('This is a shared copy: some parts were left out at your request.');
  });
});

describe('the client’s own settings', () => {
  it('choose the language and style when the copy asked for does not say', async () => {
    saveClient(
      open,
      { ...editableFields(getClient(open, clientId)), id: clientId, planLanguage: 'cy', isDyslexiaFriendly: true },
      contextAt(now),
    );
    const file = await exportPlan(open, { planId, variant: { isEasyRead: false } }, contextAt(now));
    expect(file.fileName).toBe('Action plan - Siân Pritchard - 2026-11-23 (dyslexia-friendly, Welsh).docx');
    const docx = await readDocx(file.bytes);
    expect(docx.documentXml).toContain('<w:background w:color="FAF3DC"');
    expect(docx.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe(
      'Eich cynllun gweithredu gyrfa',
    );
    // The adviser can still ask for an English copy for this one export.
    const english = await readDocx(
      (
        await exportPlan(
          open,
          { planId, variant: { isEasyRead: false, language: 'en', isDyslexiaFriendly: false } },
          contextAt(now),
        )
      ).bytes,
    );
    expect(english.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Your career action plan');
    saveClient(
      open,
      { ...editableFields(getClient(open, clientId)), id: clientId, planLanguage: 'en', isDyslexiaFriendly: false },
      contextAt(now),
    );
  });

  it('a Welsh plan with no Welsh written yet still prints every part, in English, tagged as English, however long', async () => {
    const other = createPlan(
      open,
      {
        clientId: (open.sqlite.prepare(`SELECT id FROM clients WHERE surname = 'Hughes'`).get() as { id: string }).id,
        sectionSet: 'now-want-how',
      },
      contextAt(now),
    );
    const draft = welshPlan(getPlan(open, other.id).draft);
    const english: PlanContent = {
      ...draft,
      goalCy: '',
      sections: draft.sections.map((section) => ({ ...section, bodyCy: '' })),
      actions: draft.actions.map((item) => ({ ...item, textCy: '', notes: 'and more '.repeat(220).trim() })),
    };
    saveDraft(open, { planId: other.id, content: english }, contextAt(now));
    const docx = await readDocx(
      (await exportPlan(open, { planId: other.id, variant: { isEasyRead: false, language: 'cy' } }, contextAt(now)))
        .bytes,
    );
    expect(docx.text).toContain('You want to become a paramedic.');
    expect(
      runsOf(docx.documentXml).find((run) => run.text === 'You want to become a paramedic.')?.properties,
    ).toContain('en-GB');
    expect(docx.text).toContain('Eich camau gweithredu');
    // Nearly 2,000 characters of notes on an action arrive whole.
    expect(docx.text).toContain('and more '.repeat(220).trim());
  });
});

describe('hostile input', () => {
  it('fits a very tall photo on the page, marks right-to-left text as such, and draws a picture this version does not know as the one the words suggest', async () => {
    const plan = createPlan(
      open,
      {
        clientId: (open.sqlite.prepare(`SELECT id FROM clients WHERE surname = 'Evans'`).get() as { id: string }).id,
        sectionSet: 'now-want-how',
      },
      contextAt(now),
    );
    const tall = Buffer.from(
      await svgToPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="2000"><rect width="100" height="2000" fill="#1F3A5F"/></svg>',
        { widthInPixels: 100 },
      ),
    );
    addPlanImage(
      open,
      { planId: plan.id, fileName: 'whiteboard.png', dataBase64: tall.toString('base64') },
      contextAt(now),
    );
    const draft = getPlan(open, plan.id).draft;
    saveDraft(
      open,
      {
        planId: plan.id,
        content: {
          ...draft,
          actions: [
            action('rtl', 'College open day: زيارة يوم الكلية المفتوح', '', { icon: 'rocket' }),
            action('done', 'Book a taster day', 'Trefnu diwrnod blasu', {
              status: 'done',
              reviewComment: 'Went with Mum',
            }),
          ],
        },
      },
      contextAt(now),
    );
    // At review: the outcome in Welsh, the adviser's comment as written, each tagged in its own language.
    const welsh = runsOf(
      (
        await readDocx(
          (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: false, language: 'cy' } }, contextAt(now)))
            .bytes,
        )
      ).documentXml,
    );
    expect(welsh.find((run) => run.text === 'Wedi’i wneud')?.properties).toContain('cy-GB');
    expect(welsh.find((run) => run.text === ': Went with Mum')?.properties).toContain('en-GB');
    const docx = await readDocx(
      (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: true, language: 'en' } }, contextAt(now)))
        .bytes,
    );
    // A4 less 2 cm margins is about 1,000 px high at 96 dpi: the photo is scaled to 760 px, in proportion.
    const extents = [...docx.documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) => [
      Number(match[1]) / 9525,
      Number(match[2]) / 9525,
    ]);
    expect(extents).toContainEqual([38, 760]);
    const arabic = runsOf(docx.documentXml).find((run) => run.text.includes('زيارة'));
    expect(arabic?.text).toBe('زيارة يوم الكلية المفتوح');
    expect(arabic?.properties).toContain('<w:rtl/>');
    expect(runsOf(docx.documentXml).find((run) => run.text.includes('College open day'))?.properties).not.toContain(
      '<w:rtl/>',
    );
    expect(docx.pictures.map((picture) => picture.description)).toContain('A graduation cap, for college');
  });
});

describe('rendered by LibreOffice', () => {
  it('opens every variant, with sensible page counts (easy read with three actions in 4 pages) and the cream page drawn', async () => {
    for (const entry of variants) await documentFor(entry.name);
    const files = variants.map((entry) => {
      const file = join(folder, `${entry.name}.docx`);
      writeFileSync(file, documents.get(entry.name)!.bytes);
      return file;
    });
    const profile = `file://${join(folder, 'profile')}`;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const pages = (name: string) =>
      Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(folder, `${name}.pdf`)], { encoding: 'utf8' }))?.[1] ?? 0,
      );
    const counts = Object.fromEntries(variants.map((entry) => [entry.name, pages(entry.name)]));
    for (const entry of variants) expect(counts[entry.name], entry.name).toBeGreaterThanOrEqual(1);
    expect(counts['easy-read']).toBeLessThanOrEqual(4);
    expect(counts['easy-read-dyslexia']).toBeLessThanOrEqual(4);
    expect(counts.standard).toBeLessThanOrEqual(2);
    expect(counts['bilingual-columns']).toBeLessThanOrEqual(3);
    expect(counts['easy-read-bilingual']).toBeLessThanOrEqual(5);

    // The top-left corner of page 1 of the dyslexia-friendly copy is cream, of the standard one white.
    const corner = (name: string) => {
      execFileSync('pdftoppm', ['-r', '10', '-f', '1', '-l', '1', join(folder, `${name}.pdf`), join(folder, name)]);
      const ppm = readFileSync(join(folder, `${name}-1.ppm`));
      const headerEnd = ppm.indexOf(Buffer.from('255\n')) + 4;
      return [...ppm.subarray(headerEnd, headerEnd + 3)];
    };
    expect(corner('standard')).toEqual([255, 255, 255]);
    const [red, green, blue] = corner('dyslexia');
    expect(red).toBeGreaterThan(240);
    expect(blue).toBeLessThan(235);
    expect(green).toBeGreaterThan(blue ?? 0);
  }, 300_000);
});
