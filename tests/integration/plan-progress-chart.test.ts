// The before-and-now chart in the client's own plan document: a real picture
// drawn from their ratings, named by the same sentence the client page shows,
// only when the adviser asks for it, and never in a shared copy.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlan, exportPlan, finalisePlan, renderSharedCopy } from '../../main/services/plans';
import { recordSelfAssessment, summariseProgress } from '../../main/services/progress';
import { imageTypeAndSize } from '../../main/export/image-size';
import { beforeNowLayout } from '../../shared/progress/chart-layout';
import type { OpenVault, Vault } from '../../main/vault';
import { readDocx } from '../support/docx';
import { aClient } from '../support/factories';
import { makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  open = vault.database();
  clientId = aClient(open, { surname: "O'Neill", forename: 'Siân' }, now).id;
  recordSelfAssessment(
    open,
    {
      clientId,
      ratedOn: '2026-09-14',
      framework: 'blueprint',
      ratings: [
        { competency: 'positive-self-image', rating: 1 },
        { competency: 'securing-work', rating: 2 },
        { competency: 'lifelong-learning', rating: 3 },
      ],
    },
    contextAt(now),
  );
  recordSelfAssessment(
    open,
    {
      clientId,
      ratedOn: '2026-11-20',
      framework: 'blueprint',
      ratings: [
        { competency: 'positive-self-image', rating: 3 },
        { competency: 'securing-work', rating: 2 },
      ],
    },
    contextAt(now),
  );
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

async function chartsIn(bytes: Buffer): Promise<{ descriptions: string[]; pngs: Buffer[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const descriptions = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1] ?? '');
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  return {
    descriptions,
    pngs: await Promise.all(media.map(async (name) => Buffer.from(await zip.file(name)!.async('uint8array')))),
  };
}

describe('the progress chart in a plan', () => {
  it('puts the chart, named by the client page’s sentence, in the client’s own copy when asked', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const [summary] = summariseProgress(open, { clientId });
    expect(summary?.sentence).toBe(
      'Siân rated 1 of 2 competencies higher now than at first, 1 the same (1 competency rated only once so far).',
    );

    const file = await exportPlan(
      open,
      { planId: plan.id, variant: { isEasyRead: false, isIncludingProgress: true } },
      contextAt(now),
    );
    const docx = await readDocx(file.bytes);
    expect(
      docx.paragraphs.find(
        (paragraph) => paragraph.style === 'Heading1' && paragraph.text === 'How you see your progress',
      ),
    ).toBeDefined();
    expect(docx.text).toContain(summary!.sentence);

    const { descriptions, pngs } = await chartsIn(file.bytes);
    expect(descriptions).toEqual([summary!.sentence]);
    // Drawn from this client's three rated rows at twice the layout's width, so a fourth row would make it taller.
    // Lines are multiples of single spacing, not exact: an exact line cuts the picture to one line's height in LibreOffice.
    const styles = (await (await JSZip.loadAsync(file.bytes)).file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:spacing [^>]*w:lineRule="auto"/);
    const layout = beforeNowLayout('blueprint', summary!.competencies, { fontSize: 18 });
    expect(imageTypeAndSize(pngs[0]!)).toEqual({
      type: 'png',
      width: 1280,
      height: Math.round((layout.height * 1280) / layout.width),
    });
  });

  it('leaves the chart out unless asked, and out of shared copies', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    finalisePlan(open, { planId: plan.id }, contextAt(now));
    const plain = await readDocx(
      (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: false } }, contextAt(now))).bytes,
    );
    expect(plain.images).toBe(0);
    expect(plain.text).not.toContain('progress');

    const shared = await readDocx(
      (await renderSharedCopy(open, plan.id, { isEasyRead: false, isIncludingProgress: true }, 1, contextAt(now)))
        .bytes,
    );
    expect(shared.images).toBe(0);
    expect(shared.text).not.toContain('Siân rated');
  });

  // Easy read words its headings in the same person as the plan's text (issue 16): "you", as the plan speaks to the client.
  it('words the heading for the easy-read copy in the same person as the plan', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const docx = await readDocx(
      (
        await exportPlan(
          open,
          { planId: plan.id, variant: { isEasyRead: true, isIncludingProgress: true } },
          contextAt(now),
        )
      ).bytes,
    );
    expect(docx.paragraphs.some((paragraph) => paragraph.text === 'How you see your progress')).toBe(true);
    expect(docx.pictures.filter((picture) => picture.name.startsWith('Progress chart'))).toHaveLength(1);
  });

  it('words the heading and key in Welsh for a Welsh plan, the chart’s English sentence tagged as English', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const docx = await readDocx(
      (
        await exportPlan(
          open,
          { planId: plan.id, variant: { isEasyRead: false, language: 'cy', isIncludingProgress: true } },
          contextAt(now),
        )
      ).bytes,
    );
    const runs = [...docx.documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => ({
      lang: /<w:lang w:val="([^"]+)"/.exec(match[1] ?? '')?.[1],
      text: [...(match[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    }));
    expect(runs).toContainEqual({ lang: 'cy-GB', text: 'Sut rydych chi’n gweld eich cynnydd' });
    expect(runs.find((run) => run.text.startsWith('Cylch yw’r sgôr gyntaf'))?.lang).toBe('cy-GB');
    expect(runs.find((run) => run.text.startsWith('Siân rated'))?.lang).toBe('en-GB');
    expect(docx.text).not.toContain('How you see your progress');
  });
});
