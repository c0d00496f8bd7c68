// Builds the action plan the client keeps: an editable, accessible Word
// document on A4 with real headings, working links, images and a footer, made
// for the reader it is for. Variants: easy read (14 point everywhere, a picture
// beside each idea, one action per block), dyslexia-friendly (the BDA's style on
// a cream page), Welsh, and bilingual (Welsh first, in two columns or block by
// block); a shared copy leaves sensitive parts out. Data in, bytes out.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PlanAction, PlanContent, PlanLink } from '../../shared/action-plans';
import type { DocumentVariant } from '../../shared/contract/plans';
import { iconForAction, iconForSection, planIcons, type PlanIconId } from '../../shared/plan-icons';
import {
  describeOwnerIn,
  formatPlanDate,
  languageTags,
  planWords,
  sectionHeadingIn,
  type BilingualLayout,
  type PlanLanguage,
  type TextLanguage,
} from '../../shared/plan-language';
import { imageTypeAndSize } from './image-size';
import { planIconPng } from './plan-icon-png';
import { planStyle, type PlanStyle } from './plan-style';

export type PlanDocument = {
  clientName: string;
  adviserName: string;
  adviserContact: string;
  confidentialityLine: string;
  /** The adviser's own Welsh of the line; empty: Waymark's reviewed Welsh when the English line is the standard one. */
  confidentialityLineWelsh?: string;
  versionNumber: number | null;
  date: string;
  reviewOn: string | null;
  content: PlanContent;
  images: { fileName: string; bytes: Buffer }[];
  /** Before-and-now charts (one per framework rated), when the adviser chose to include them. */
  progress?: ProgressChart[];
  /** The school or college the client belongs to, and where they plan to go next; empty when not known. */
  school?: string;
  intendedDestination?: string;
  bilingualLayout?: BilingualLayout;
};

/** A chart already drawn as PNG, with the summary sentence that is both its alt text and its caption. */
export type ProgressChart = { frameworkName: string; sentence: string; png: Uint8Array };

/** A4 in twentieths of a point, with 2 cm margins. */
const a4 = { width: 11906, height: 16838, margin: 1134 };
const textWidth = a4.width - 2 * a4.margin;
const maxImageWidthPx = 560;
/** Most of the text height of a page, so a tall photo never runs off it. */
const maxImageHeightPx = 760;
const iconPx = 56;
const iconColumn = 1300;
const ink = '1F3A5F';
const rightToLeftText = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const rightToLeftStretch =
  /([\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+(?:[\s،-]+[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+)*)/;

export function visibleContent(content: PlanContent, variant: Pick<DocumentVariant, 'isSharedCopy'>): PlanContent {
  if (!variant.isSharedCopy) return content;
  return {
    ...content,
    sections: content.sections.filter((section) => !section.isSensitive),
    actions: content.actions.filter((action) => !action.isSensitive),
  };
}

/** Whether a shared copy of this plan leaves anything out (the footer says so only when it does). */
export function hasPartsLeftOut(content: PlanContent): boolean {
  return (
    content.sections.some((section) => section.isSensitive) || content.actions.some((action) => action.isSensitive)
  );
}

type Block = Paragraph | Table;
/**
 * One idea of the plan, in whichever language it is asked for (an empty list:
 * nothing to say in that language), with its easy-read picture; or a piece
 * that is the same in every language (a table of actions, a photo).
 */
type Part =
  | { kind: 'words'; icon?: PlanIconId; words: (language: TextLanguage) => Paragraph[] }
  | { kind: 'whole'; blocks: Block[] };

type Context = {
  style: PlanStyle;
  language: PlanLanguage;
  languages: TextLanguage[];
  layout: BilingualLayout;
  isEasyRead: boolean;
  icons: Map<PlanIconId, Uint8Array>;
};

export async function buildPlanDocx(plan: PlanDocument, variant: DocumentVariant): Promise<Buffer> {
  const content = visibleContent(plan.content, variant);
  const language = variant.language ?? 'en';
  const style = planStyle({ isEasyRead: variant.isEasyRead, isDyslexiaFriendly: variant.isDyslexiaFriendly ?? false });
  const languages: TextLanguage[] = language === 'bilingual' ? ['cy', 'en'] : [language];
  const iconIds = style.hasPictures ? pictureIds(content) : [];
  const icons = new Map(await Promise.all(iconIds.map(async (id) => [id, await planIconPng(id)] as const)));
  const context: Context = {
    style,
    language,
    languages,
    layout: plan.bilingualLayout ?? 'columns',
    isEasyRead: variant.isEasyRead,
    icons,
  };
  const titleOf = (textLanguage: TextLanguage) =>
    variant.isEasyRead ? planWords[textLanguage].easyReadTitle : planWords[textLanguage].title;

  const parts: Part[] = [
    {
      kind: 'words',
      words: (textLanguage) => [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(titleOf(textLanguage), textLanguage) }),
      ],
    },
    { kind: 'words', icon: 'person', words: (textLanguage) => aboutThePlan(plan, textLanguage) },
    ...(content.goal.trim()
      ? [
          wordsPart(
            context,
            'goal',
            (textLanguage) => said(content.goal, content.goalCy, textLanguage, context),
            (textLanguage) => planWords[textLanguage].goal,
          ),
        ]
      : []),
    ...content.sections.map((section, index) =>
      wordsPart(
        context,
        iconForSection(section, index),
        (textLanguage) => said(section.body, section.bodyCy, textLanguage, context),
        (textLanguage) =>
          sectionHeadingIn(section, textLanguage) ??
          (context.languages.length === 1 ? section.heading || planWords.en.notes : null),
      ),
    ),
    ...actionParts(content.actions, context),
    ...progressParts(plan.progress ?? []),
    ...linkParts(content.resources, context),
    ...imageParts(plan.images),
  ];

  const document = new Document({
    creator: plan.adviserName || 'Waymark',
    title: `${languages.map(titleOf).join(' / ')}: ${plan.clientName}`,
    description: 'A career action plan written with the client, for the client to keep.',
    ...(style.pageTint ? { background: { color: style.pageTint } } : {}),
    styles: {
      default: {
        // lineRule 'auto' makes the line a multiple of single spacing: without it LibreOffice reads
        // the line as exact, and a picture on its own line is cut to one line's height.
        document: {
          run: { font: style.font, size: style.body, language: { value: languageTags[languages[0] ?? 'en'] } },
          paragraph: {
            alignment: AlignmentType.LEFT,
            spacing: { after: style.after, line: style.line, lineRule: LineRuleType.AUTO },
          },
        },
        title: { run: { font: style.font, size: style.title, bold: true } },
        heading1: {
          run: { font: style.font, size: style.heading1, bold: true, color: ink },
          paragraph: { spacing: { before: style.after * 2, after: style.after } },
        },
        heading2: {
          run: { font: style.font, size: style.heading2, bold: true, color: ink },
          paragraph: { spacing: { before: style.after, after: style.after } },
        },
        // The BDA asks for no underlining: links are bold instead, and still coloured.
        hyperlink: { run: { color: '1F4E9E', ...(style.isUnderliningLinks ? { underline: {} } : { bold: true }) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.width, height: a4.height },
            margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
          },
        },
        footers: { default: new Footer({ children: footerParagraphs(plan, variant, context) }) },
        children: layOut(parts, context),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Every icon this plan's easy-read copy shows. */
function pictureIds(content: PlanContent): PlanIconId[] {
  return [
    ...new Set<PlanIconId>([
      'person',
      'goal',
      'computer',
      ...content.sections.map(iconForSection),
      ...content.actions.map((action) => iconForAction(action)),
    ]),
  ];
}

/** Runs of text in one language, tagged so Word's spelling and screen readers read it as that language. */
function runs(text: string, language: TextLanguage, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  // Right-to-left words (a name in Arabic or Hebrew) get runs of their own marked as such; the rest keeps its direction.
  const pieces = rightToLeftText.test(text) ? text.split(rightToLeftStretch).filter(Boolean) : [text];
  return pieces.map(
    (piece) =>
      new TextRun({
        text: piece,
        language: { value: languageTags[language] },
        ...(rightToLeftText.test(piece) ? { rightToLeft: true } : {}),
        ...options,
      }),
  );
}

/**
 * The adviser's own words in a language: their Welsh when written. A Welsh-only plan
 * without the Welsh yet prints the English (tagged as English); a bilingual one leaves
 * the Welsh side empty rather than repeat the English. The editor lists what is missing.
 */
function said(
  english: string,
  welsh: string | undefined,
  language: TextLanguage,
  context: Context,
): { text: string; language: TextLanguage } | null {
  if (language === 'en') return english.trim() ? { text: english, language: 'en' } : null;
  if (welsh?.trim()) return { text: welsh, language: 'cy' };
  if (context.languages.length === 1 && english.trim()) return { text: english, language: 'en' };
  return null;
}

function wordsPart(
  context: Context,
  icon: PlanIconId,
  body: (language: TextLanguage) => { text: string; language: TextLanguage } | null,
  headingIn: (language: TextLanguage) => string | null,
): Part {
  return {
    kind: 'words',
    icon,
    words: (language) => {
      const text = body(language);
      const title = headingIn(language);
      if (!text && context.languages.length > 1) return [];
      return [
        ...(title ? [heading(title, 1, language)] : []),
        ...(text ? bodyParagraphs(text.text, text.language) : []),
      ];
    },
  };
}

function heading(text: string, level: 1 | 2, language: TextLanguage): Paragraph {
  // No keepNext: inside the layout tables LibreOffice would chain it through every row and push the table to the next page.
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: runs(text, language),
  });
}

function labelled(
  label: string,
  value: string,
  language: TextLanguage,
  valueLanguage: TextLanguage = language,
): Paragraph {
  return new Paragraph({ children: [...runs(`${label}: `, language, { bold: true }), ...runs(value, valueLanguage)] });
}

/** Who it is for, their school, where they hope to go, the date, the adviser and the review date: each once. */
function aboutThePlan(plan: PlanDocument, language: TextLanguage): Paragraph[] {
  const words = planWords[language];
  const adviser = [plan.adviserName, plan.adviserContact].filter(Boolean).join(', ');
  const review = plan.reviewOn
    ? `${words.reviewLabel} ${formatPlanDate(plan.reviewOn, language)}.`
    : words.reviewNotSet;
  return [
    labelled(words.forLabel, plan.clientName, language),
    ...(plan.school?.trim() ? [labelled(words.schoolLabel, plan.school, language)] : []),
    ...(plan.intendedDestination?.trim()
      ? [labelled(words.destinationLabel, plan.intendedDestination, language, 'en')]
      : []),
    labelled(
      words.dateLabel,
      formatPlanDate(plan.date, language) + (plan.versionNumber ? ` (${words.version(plan.versionNumber)})` : ''),
      language,
    ),
    ...(adviser
      ? [labelled(words.adviserLabel, adviser, language)]
      : [new Paragraph({ children: runs(words.noAdviser, language, { bold: true }) })]),
    new Paragraph({ children: runs(review, language, { bold: true }) }),
  ];
}

/** Blank lines separate paragraphs; lines starting with "- " or "• " become a bulleted list. */
function bodyParagraphs(text: string, language: TextLanguage): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const bullet = /^[-•*]\s+(.*)$/.exec(line);
      return bullet
        ? new Paragraph({ bullet: { level: 0 }, children: runs(bullet[1] ?? '', language) })
        : new Paragraph({ children: runs(line, language) });
    });
}

function link(item: PlanLink, language: TextLanguage): ExternalHyperlink {
  const text = item.title.trim() || item.url;
  return new ExternalHyperlink({
    link: item.url,
    children: [new TextRun({ text, style: 'Hyperlink', language: { value: languageTags[language] } })],
  });
}

function dueOf(action: PlanAction, language: TextLanguage): string {
  return action.dueOn ? formatPlanDate(action.dueOn, language) : planWords[language].noDate;
}

/**
 * Actions as a table with a wide "what" column and narrow "who" and "when" ones in a
 * standard plan in one language; otherwise one block per action, "who" and "when" on
 * their own lines, which reads better in easy read and beside another language.
 */
function actionParts(actions: PlanAction[], context: Context): Part[] {
  const title = (language: TextLanguage) =>
    heading(context.isEasyRead ? planWords[language].easyReadActions : planWords[language].actions, 1, language);
  if (actions.length === 0)
    return [
      {
        kind: 'words',
        icon: 'steps',
        words: (language) => [
          title(language),
          new Paragraph({ children: runs(planWords[language].noActions, language) }),
        ],
      },
    ];
  if (!context.isEasyRead && context.languages.length === 1) {
    const language = context.languages[0] ?? 'en';
    return [{ kind: 'whole', blocks: [title(language), actionsTable(actions, language, context)] }];
  }
  return [
    { kind: 'words', words: (language) => [title(language)] },
    ...actions.map((action, index): Part => ({
      kind: 'words',
      icon: iconForAction(action),
      words: (language) => {
        const words = planWords[language];
        const text = said(action.text, action.textCy, language, context);
        if (!text) return [];
        const notes = said(action.notes, action.notesCy, language, context);
        return [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: runs(`${index + 1}. ${text.text}`, text.language),
          }),
          labelled(words.who, describeOwnerIn(action.owner, language), language),
          labelled(context.isEasyRead ? words.when : words.byWhen, dueOf(action, language), language),
          ...(hasProgress([action])
            ? [
                new Paragraph({
                  children: [...runs(`${words.progress}: `, language, { bold: true }), ...progressOf(action, language)],
                }),
              ]
            : []),
          ...(notes ? bodyParagraphs(notes.text, notes.language) : []),
          ...action.links.map((item) => new Paragraph({ children: [link(item, language)] })),
        ];
      },
    })),
  ];
}

function hasProgress(actions: PlanAction[]): boolean {
  return actions.some((action) => action.status !== 'to-do' || action.reviewComment.trim());
}

/** The outcome in the plan's language, then the adviser's comment as they wrote it (English, tagged so). */
function progressOf(action: PlanAction, language: TextLanguage): TextRun[] {
  const comment = action.reviewComment.trim();
  return [
    ...runs(planWords[language].statuses[action.status], language),
    ...(comment ? runs(`: ${comment}`, 'en') : []),
  ];
}

function actionsTable(actions: PlanAction[], language: TextLanguage, context: Context): Table {
  const words = planWords[language];
  const withProgress = hasProgress(actions);
  // Proportionate columns: the action is what matters; who and when are a few words each.
  const shares = withProgress ? [0.42, 0.17, 0.19, 0.22] : [0.56, 0.2, 0.24];
  const widths = shares.map((share) => Math.floor(textWidth * share));
  const headers = [words.what, words.who, words.byWhen, ...(withProgress ? [words.progress] : [])];
  const cell = (children: Paragraph[], index: number) =>
    new TableCell({
      children,
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: headers.map((header, index) =>
        cell([new Paragraph({ children: runs(header, language, { bold: true }) })], index),
      ),
    }),
    ...actions.map((action) => {
      const text = said(action.text, action.textCy, language, context) ?? {
        text: action.text,
        language: 'en' as const,
      };
      const notes = said(action.notes, action.notesCy, language, context);
      return new TableRow({
        cantSplit: action.text.length + action.notes.length < 1_500,
        children: [
          cell(
            [
              new Paragraph({ children: runs(text.text, text.language) }),
              ...(notes ? bodyParagraphs(notes.text, notes.language) : []),
              ...action.links.map((item) => new Paragraph({ children: [link(item, language)] })),
            ],
            0,
          ),
          cell([new Paragraph({ children: runs(describeOwnerIn(action.owner, language), language) })], 1),
          cell([new Paragraph({ children: runs(dueOf(action, language), language) })], 2),
          ...(withProgress ? [cell([new Paragraph({ children: progressOf(action, language) })], 3)] : []),
        ],
      });
    }),
  ];
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function linkParts(resources: PlanLink[], context: Context): Part[] {
  if (resources.length === 0) return [];
  return [
    {
      kind: 'words',
      icon: 'computer',
      words: (language) => [
        heading(context.isEasyRead ? planWords[language].easyReadLinks : planWords[language].links, 1, language),
        ...resources.map((item) => new Paragraph({ bullet: { level: 0 }, children: [link(item, language)] })),
      ],
    },
  ];
}

/**
 * Each chart fitted to the text's width, named by its sentence, which is also
 * printed beneath it. The heading and the key are fixed words, in the plan's
 * language; the chart and its sentence come from the progress room in English
 * only, so they are tagged as English.
 */
function progressParts(charts: ProgressChart[]): Part[] {
  if (charts.length === 0) return [];
  const chartBlocks = charts.flatMap((chart) => [
    ...(charts.length > 1 ? [heading(chart.frameworkName, 2, 'en')] : []),
    ...pictureWithCaption(
      chart.png,
      { name: `Progress chart: ${chart.frameworkName}`, description: chart.sentence },
      chart.sentence,
    ),
  ]);
  return [
    { kind: 'words', words: (language) => [heading(planWords[language].progressHeading, 1, language)] },
    { kind: 'whole', blocks: chartBlocks },
    {
      kind: 'words',
      words: (language) => [new Paragraph({ children: runs(planWords[language].progressKey, language) })],
    },
  ];
}

/** A picture fitted to the page both ways (never enlarged), kept with its caption beneath it. */
function pictureWithCaption(
  bytes: Uint8Array,
  alt: { name: string; description: string },
  caption: string,
): Paragraph[] {
  const size = imageTypeAndSize(Buffer.from(bytes));
  if (!size || size.width === 0 || size.height === 0) return [];
  // Fits the page both ways, so a tall picture is never cut off at the foot of a page.
  const scale = Math.min(1, maxImageWidthPx / size.width, maxImageHeightPx / size.height);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: size.type,
          data: bytes,
          transformation: {
            width: Math.max(1, Math.round(size.width * scale)),
            height: Math.max(1, Math.round(size.height * scale)),
          },
          altText: { name: alt.name, title: alt.name, description: alt.description },
        }),
      ],
    }),
    new Paragraph({ children: runs(caption, 'en') }),
  ];
}

function imageParts(images: PlanDocument['images']): Part[] {
  const pictures = images.flatMap((image) => {
    const description = image.fileName.replace(/\.[a-z0-9]+$/i, '');
    return pictureWithCaption(
      image.bytes,
      { name: description, description: `Picture from the session: ${description}` },
      description,
    );
  });
  if (pictures.length === 0) return [];
  return [
    { kind: 'words', words: (language) => [heading(planWords[language].pictures, 1, language)] },
    { kind: 'whole', blocks: pictures },
  ];
}

/**
 * Sets the parts out for the reader: one language in order; bilingual block by block
 * (each part in Welsh, then in English) or in two columns (Welsh on the left, where it
 * is read first). Easy read puts each part's picture on the left of its words.
 * Consecutive rows share one borderless table, so Word never joins two tables oddly.
 */
function layOut(parts: Part[], context: Context): Block[] {
  const blocks: Block[] = [];
  let rows: TableRow[] = [];
  const isColumns = context.languages.length > 1 && context.layout === 'columns';
  const wordColumns = isColumns ? context.languages.length : 1;
  const pictureWidth = context.style.hasPictures ? iconColumn : 0;
  const wordWidth = Math.floor((textWidth - pictureWidth) / wordColumns);
  const widths = [
    ...(context.style.hasPictures ? [pictureWidth] : []),
    ...Array.from({ length: wordColumns }, () => wordWidth),
  ];
  const flush = () => {
    if (rows.length === 0) return;
    blocks.push(
      new Table({
        rows,
        borders: TableBorders.NONE,
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
      }),
    );
    // A paragraph between tables keeps Word from running them together.
    blocks.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
    rows = [];
  };
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children: children.length ? children : [new Paragraph({ children: [] })],
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
    });

  for (const part of parts) {
    if (part.kind === 'whole') {
      flush();
      blocks.push(...part.blocks);
      continue;
    }
    const inEach = context.languages.map((language) => part.words(language));
    const hasPicture = context.style.hasPictures && part.icon !== undefined;
    if (!isColumns && !hasPicture) {
      flush();
      blocks.push(...inEach.flat());
      continue;
    }
    if (inEach.every((words) => words.length === 0)) continue;
    const picture = context.style.hasPictures
      ? [cell(part.icon ? [pictureParagraph(part.icon, context)] : [], pictureWidth)]
      : [];
    const words = isColumns
      ? inEach.map((paragraphs) => cell(paragraphs, wordWidth))
      : [cell(inEach.flat(), wordWidth)];
    rows.push(new TableRow({ children: [...picture, ...words] }));
  }
  flush();
  return blocks;
}

function pictureParagraph(icon: PlanIconId, context: Context): Paragraph {
  const png = context.icons.get(icon);
  if (!png) return new Paragraph({ children: [] });
  const alt = context.languages.map((language) => planIcons[icon].alt[language]).join(' / ');
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: iconPx, height: iconPx },
        altText: { name: alt, title: alt, description: alt },
      }),
    ],
  });
}

function confidentialityIn(plan: PlanDocument, language: TextLanguage): { text: string; language: TextLanguage } {
  if (language === 'en') return { text: plan.confidentialityLine, language: 'en' };
  if (plan.confidentialityLineWelsh?.trim()) return { text: plan.confidentialityLineWelsh, language: 'cy' };
  if (plan.confidentialityLine.trim() === planWords.en.defaultConfidentialityLine)
    return { text: planWords.cy.defaultConfidentialityLine, language: 'cy' };
  return { text: plan.confidentialityLine, language: 'en' };
}

function footerParagraphs(plan: PlanDocument, variant: DocumentVariant, context: Context): Paragraph[] {
  return context.languages.map((language) => {
    const words = planWords[language];
    const line = confidentialityIn(plan, language);
    const shared = variant.isSharedCopy
      ? hasPartsLeftOut(plan.content)
        ? words.sharedCopyPartsLeftOut
        : words.sharedCopy
      : '';
    const children: ParagraphChild[] = [
      ...runs(line.text, line.language, { size: context.style.footer }),
      ...(shared ? runs(` ${shared}`, language, { size: context.style.footer }) : []),
    ];
    return new Paragraph({ spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children });
  });
}
