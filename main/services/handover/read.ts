// Reads a handover file: the size, the JSON, the format and its version, then
// every field against the schema. Every refusal is a plain sentence that
// names no one, because error messages may be logged.
import type { z } from 'zod';
import { handoverMaxBytes, handoverMaxBytesLabel } from '../../../shared/contract/handover';
import { AppError } from '../../errors';
import { detectImageType } from '../interviews';
import {
  handoverFileSchema,
  handoverFileV1Schema,
  handoverFileV2Schema,
  handoverFormat,
  handoverFormatVersion,
  type HandoverFile,
  type HandoverFileV1,
  type HandoverFileV2,
} from './format';

const askAgain = 'Ask the adviser who sent it to make it again with Hand over records. Nothing was imported.';

/** Keys that have no place in a handover file and could reach an object's prototype in careless code. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export function readHandoverFile(json: string): HandoverFile {
  if (json.length > handoverMaxBytes) {
    throw new AppError(
      'VALIDATION',
      `That file is larger than ${handoverMaxBytesLabel}, too large to be a Waymark handover file. Nothing was imported.`,
    );
  }
  let hasForbiddenKey = false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json, (key, value: unknown) => {
      if (forbiddenKeys.has(key)) hasForbiddenKey = true;
      return value;
    });
  } catch {
    throw new AppError(
      'VALIDATION',
      `That file is not a Waymark handover file: it is not valid JSON, or it is incomplete. ${askAgain}`,
    );
  }
  if (hasForbiddenKey)
    throw new AppError(
      'VALIDATION',
      `That file is not a Waymark handover file: it holds entries no Waymark file has. ${askAgain}`,
    );
  const version = checkFormat(parsed);
  const file =
    version === 1
      ? upgradeVersion2(upgradeVersion1(parseWith(handoverFileV1Schema, parsed)))
      : version === 2
        ? upgradeVersion2(parseWith(handoverFileV2Schema, parsed))
        : parseWith(handoverFileSchema, parsed);
  checkConsistency(file);
  return file;
}

function parseWith<S extends z.ZodType>(schema: S, parsed: unknown): z.output<S> {
  const file = schema.safeParse(parsed);
  if (!file.success) {
    throw new AppError(
      'VALIDATION',
      `That handover file is damaged or incomplete (the problem is in ${describePlace(file.error.issues[0])}). ${askAgain}`,
    );
  }
  return file.data;
}

/** A version 1 file, read as version 2: it never held contacts, group sessions or safeguarding records. */
function upgradeVersion1(file: HandoverFileV1): HandoverFileV2 {
  return {
    ...file,
    formatVersion: 2,
    consents: file.consents.map((consent) => ({ ...consent, givenByContactId: null })),
    contacts: [],
    groupSessions: [],
    safeguarding: { isIncluded: false, concerns: [] },
  };
}

/** Answers the file's format version, or refuses a file that is not a handover file this Waymark can read. */
/** A version 2 file, read as version 3: it never held destinations or ratings. */
function upgradeVersion2(file: HandoverFileV2): HandoverFile {
  return { ...file, formatVersion: 3, outcomes: { intended: [], offers: [], activities: [], ratings: [] } };
}

function checkFormat(parsed: unknown): 1 | 2 | 3 {
  const header =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as { format?: unknown; formatVersion?: unknown })
      : null;
  if (header?.format === 'waymark-subject-access') {
    throw new AppError(
      'VALIDATION',
      'That is the data file from a subject-access bundle, not a handover file. Ask the adviser to make a handover file with Hand over records. Nothing was imported.',
    );
  }
  if (header?.format !== handoverFormat) {
    throw new AppError(
      'VALIDATION',
      'That file is not a Waymark handover file. Choose the .json file made with Hand over records. Nothing was imported.',
    );
  }
  if (
    typeof header.formatVersion === 'number' &&
    Number.isInteger(header.formatVersion) &&
    header.formatVersion > handoverFormatVersion
  ) {
    throw new AppError(
      'VALIDATION',
      `That handover file was made by a newer version of Waymark (format version ${header.formatVersion}; this version reads up to ${handoverFormatVersion}). Update Waymark, then import it again. Nothing was imported.`,
    );
  }
  if (header.formatVersion !== 1 && header.formatVersion !== 2 && header.formatVersion !== 3)
    throw new AppError(
      'VALIDATION',
      `That handover file does not say which version of the format it uses. ${askAgain}`,
    );
  return header.formatVersion;
}

const sectionNames: Record<string, string> = {
  client: "the client's details",
  organisations: 'the organisations',
  organisationHistory: 'the organisation history',
  provisionHistory: 'the provision level history',
  corrections: 'the corrections log',
  consents: 'consent record',
  interviews: 'interview',
  plan: 'the action plan',
  contacts: 'contact',
  groupSessions: 'group session',
  safeguarding: 'the safeguarding records',
};

/** Where the problem is, in words and positions only: never a value or a key taken from the file. */
function describePlace(issue: z.core.$ZodIssue | undefined): string {
  const [section, position] = issue?.path ?? [];
  const name = typeof section === 'string' ? sectionNames[section] : undefined;
  if (!name) return 'the file’s header';
  return typeof position === 'number' ? `${name} ${position + 1}` : name;
}

function damaged(where: string): never {
  throw new AppError(
    'VALIDATION',
    `That handover file is damaged or incomplete (the problem is in ${where}). ${askAgain}`,
  );
}

/** What the schema cannot say: references point at records in the file, ids are unique, pictures are pictures. */
function checkConsistency(file: HandoverFile): void {
  const organisationRefs = new Set(file.organisations.map((organisation) => organisation.ref));
  if (organisationRefs.size !== file.organisations.length) damaged('the organisations');
  if (!organisationRefs.has(file.client.organisationRef)) damaged("the client's details");
  if (file.organisationHistory.some((entry) => !organisationRefs.has(entry.organisationRef)))
    damaged('the organisation history');
  const contactIds = new Set(file.contacts.map((contact) => contact.id));
  file.consents.forEach((consent, index) => {
    if (consent.givenByContactId !== null && !contactIds.has(consent.givenByContactId))
      damaged(`consent record ${index + 1}`);
  });
  file.groupSessions.forEach((session, index) => {
    if (!organisationRefs.has(session.organisationRef)) damaged(`group session ${index + 1}`);
  });
  if (!file.safeguarding.isIncluded && file.safeguarding.concerns.length > 0) damaged('the safeguarding records');
  const interviewIds = new Set(file.interviews.map((interview) => interview.id));
  file.outcomes.intended.forEach((entry, index) => {
    if (entry.interviewId !== null && !interviewIds.has(entry.interviewId))
      damaged(`intended destination ${index + 1}`);
  });
  file.outcomes.ratings.forEach((rating, index) => {
    if (rating.interviewId !== null && !interviewIds.has(rating.interviewId)) damaged(`rating ${index + 1}`);
  });
  const ids = [
    ...file.contacts.map((contact) => contact.id),
    ...file.safeguarding.concerns.map((concern) => concern.id),
    ...file.consents.map((consent) => consent.id),
    ...[file.outcomes.intended, file.outcomes.offers, file.outcomes.activities, file.outcomes.ratings].flatMap(
      (entries) => entries.map((entry) => entry.id),
    ),
    ...file.interviews.flatMap((interview) => [
      interview.id,
      ...interview.actions.map((action) => action.id),
      ...interview.attachments.map((attachment) => attachment.id),
    ]),
    ...(file.plan ? [file.plan.id, ...file.plan.images.map((image) => image.id)] : []),
  ];
  if (new Set(ids).size !== ids.length) damaged('the record ids');
  file.interviews.forEach((interview, index) => {
    if (interview.organisationRef !== null && !organisationRefs.has(interview.organisationRef))
      damaged(`interview ${index + 1}`);
    if (interview.notes.some((note) => note.stageIndex >= interview.templateStages.length))
      damaged(`interview ${index + 1}`);
    if (new Set(interview.notes.map((note) => note.stageIndex)).size !== interview.notes.length)
      damaged(`interview ${index + 1}`);
    if (interview.attachments.some((attachment) => !isPicture(attachment.dataBase64)))
      damaged(`interview ${index + 1}`);
  });
  if (file.plan) {
    if (file.plan.images.some((image) => !isPicture(image.dataBase64))) damaged('the action plan');
    if (new Set(file.plan.versions.map((version) => version.number)).size !== file.plan.versions.length)
      damaged('the action plan');
  }
}

function isPicture(dataBase64: string): boolean {
  const bytes = Buffer.from(dataBase64, 'base64');
  return bytes.length > 0 && detectImageType(bytes) !== null;
}
