// Interviews against a real encrypted vault: templates stay put, notes survive
// a killed process, attachments round-trip without touching disk in plaintext.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/guidance-models';
import { searchCaseload } from '../../main/services/search';
import {
  addAction,
  addAttachment,
  finishInterview,
  getInterview,
  listDrafts,
  previousActions,
  readAttachment,
  saveNotes,
  startInterview,
  updateDetails,
} from '../../main/services/interviews';
import {
  archiveTemplate,
  duplicateTemplate,
  exportTemplate,
  importTemplate,
  listTemplates,
  saveTemplate,
} from '../../main/services/templates';
import { getClient } from '../../main/services/clients';
import type { OpenVault, Vault } from '../../main/vault';
import { filesContaining, makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB,Year\nNowak,Zofia,04/05/2009,11\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const details = {
  heldOn: '2026-11-23',
  startsAt: '09:30',
  durationMinutes: 45,
  mode: 'in-person' as const,
  place: 'Library',
  competencies: [8, 5],
  techniques: ['SWOT'],
  intendedDestination: 'A levels at Westbridge',
  referralMade: '',
  provisionLevelSet: 'filtered' as const,
  followUpOn: '2027-02-01',
  scores: [{ label: 'Confidence', score: 6 }],
};

describe('templates', () => {
  it('customising a copy never alters the built-in or an interview already run', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    const copy = duplicateTemplate(open, 'grow', contextAt(now));
    expect(copy).toMatchObject({ builtIn: false, version: 1, basedOn: 'grow', name: 'GROW (my version)' });

    const reshaped = saveTemplate(
      open,
      {
        id: copy.id,
        name: 'My GROW',
        stages: [...copy.stages]
          .reverse()
          .map((stage, index) => (index === 0 ? { ...stage, title: 'Wrap-up' } : stage)),
      },
      contextAt(now),
    );

    expect(reshaped.version).toBe(2);
    expect(reshaped.stages[0]?.title).toBe('Wrap-up');
    expect(
      listTemplates(open)
        .find((template) => template.id === 'grow')
        ?.stages.map((stage) => stage.title),
    ).toEqual(['Goal', 'Reality', 'Options', 'Way forward']);
    expect(getInterview(open, interview.id).stages.map((stage) => stage.title)).toEqual([
      'Goal',
      'Reality',
      'Options',
      'Way forward',
    ]);
    expect(() => saveTemplate(open, { id: 'grow', name: 'GROW', stages: [] }, contextAt(now))).toThrow(
      /Built-in templates cannot be changed/,
    );
  });

  it('an interview keeps the template version it ran with', () => {
    const copy = duplicateTemplate(open, 'oskar', contextAt(now));
    const first = startInterview(open, { clientId, templateId: copy.id, heldOn: '2026-11-01' }, contextAt(now));
    saveTemplate(open, { id: copy.id, name: copy.name, stages: copy.stages.slice(0, 2) }, contextAt(now));
    const second = startInterview(open, { clientId, templateId: copy.id, heldOn: '2026-11-20' }, contextAt(now));
    expect([getInterview(open, first.id).templateVersion, getInterview(open, first.id).stages.length]).toEqual([1, 5]);
    expect([second.templateVersion, second.stages.length]).toEqual([2, 2]);
  });

  it('exports a template to a file a colleague can import, and refuses files that are not templates', () => {
    const copy = saveTemplate(
      open,
      {
        name: 'Siân’s CLEAR',
        stages: [{ title: 'Contracting', purpose: 'Agree the session.', prompts: ['What would help today?'] }],
      },
      contextAt(now),
    );
    const exported = exportTemplate(open, copy.id);
    expect(exported.fileName).toBe('Siâns CLEAR.waymark-template.json');
    const imported = importTemplate(open, exported.json, contextAt(now));
    expect(imported).toMatchObject({ name: 'Siân’s CLEAR', builtIn: false, stages: copy.stages });
    expect(() => importTemplate(open, '{"format":"something else"}', contextAt(now))).toThrow(/not a Waymark template/);
    expect(() => importTemplate(open, 'not json', contextAt(now))).toThrow(/not valid JSON/);
  });
});

describe('an interview record', () => {
  it('keeps notes per stage, details, scores, competencies and actions', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    saveNotes(open, interview.id, 0, 'Wants to study medicine 🩺, not sure about sciences.', now);
    saveNotes(open, interview.id, 2, 'مريم suggested the open day', now);
    updateDetails(open, { id: interview.id, details }, contextAt(now));
    addAction(
      open,
      interview.id,
      { text: 'Visit the college open day', owner: 'Client', dueOn: '2027-03-18' },
      contextAt(now),
    );
    const finished = finishInterview(open, interview.id, contextAt(now));

    expect(finished.stages.map((stage) => stage.notes)).toEqual([
      'Wants to study medicine 🩺, not sure about sciences.',
      '',
      'مريم suggested the open day',
      '',
    ]);
    expect(finished).toMatchObject({
      competencies: [5, 8],
      scores: [{ label: 'Confidence', score: 6 }],
      isFinished: true,
      intendedDestination: 'A levels at Westbridge',
    });
    expect(getClient(open, clientId).provisionLevel).toBe('filtered');
    expect(getClient(open, clientId).provisionHistory.map((entry) => [entry.level, entry.changedOn])).toEqual([
      ['core', '2026-11-23'],
      ['filtered', '2026-11-23'],
    ]);
    expect(getClient(open, clientId).timeline[0]).toMatchObject({ kind: 'interview', on: '2026-11-23' });
  });

  it('accepts a megabyte of pasted text', () => {
    const interview = startInterview(open, { clientId, templateId: 'egan', heldOn: '2026-11-23' }, contextAt(now));
    const paste = 'Lorem ipsum dolor sit amet, Siân. '.repeat(32_000);
    saveNotes(open, interview.id, 0, paste, now);
    expect(getInterview(open, interview.id).stages[0]?.notes).toBe(paste);
  });

  it('offers an unfinished interview as a draft, and the last actions for review', () => {
    const earlier = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-10-01' }, contextAt(now));
    addAction(open, earlier.id, { text: 'Look at apprenticeships', owner: 'Client', dueOn: null }, contextAt(now));
    finishInterview(open, earlier.id, contextAt(now));
    const current = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    expect(listDrafts(open).map((draft) => [draft.id, draft.clientName])).toEqual([[current.id, 'Zofia Nowak']]);
    expect(previousActions(open, clientId, current.id).map((action) => action.text)).toEqual([
      'Look at apprenticeships',
    ]);
  });

  it('joins the search: words from the notes find the client', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    saveNotes(open, interview.id, 1, 'Interested in paramedic science at Łódź or Leeds', now);
    const [result] = searchCaseload(open, 'paramedic lodz', 10);
    expect(result).toMatchObject({ kind: 'client', id: clientId, title: 'Zofia Nowak' });
    expect(result?.detail).toContain('Interview notes, 23 November 2026');
  });
});

describe('attachments', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('CANARY-STICKY-NOTE-PIXELS'),
    Buffer.alloc(2048, 7),
  ]);

  it('round-trips an image byte for byte, with nothing readable on disk', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    const id = addAttachment(
      open,
      { interviewId: interview.id, fileName: 'whiteboard.png', dataBase64: png.toString('base64') },
      contextAt(now),
    );
    const read = readAttachment(open, id);
    expect(Buffer.from(read.dataBase64, 'base64').equals(png)).toBe(true);
    expect(read.mediaType).toBe('image/png');
    expect(getInterview(open, interview.id).attachments).toMatchObject([
      { fileName: 'whiteboard.png', sizeBytes: png.length },
    ]);
    expect(filesContaining(vault.files.directory, 'CANARY-STICKY-NOTE-PIXELS')).toEqual([]);
  });

  it('refuses files that are not images, and images over the limit, with a clear message', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    expect(() =>
      addAttachment(
        open,
        {
          interviewId: interview.id,
          fileName: 'notes.pdf',
          dataBase64: Buffer.from('%PDF-1.7 hello').toString('base64'),
        },
        contextAt(now),
      ),
    ).toThrow(/Only photos and pictures/);
    const huge = Buffer.concat([png.subarray(0, 8), Buffer.alloc(10 * 1024 * 1024)]);
    expect(() =>
      addAttachment(
        open,
        { interviewId: interview.id, fileName: 'huge.png', dataBase64: huge.toString('base64') },
        contextAt(now),
      ),
    ).toThrow(/larger than 10 MB/);
    expect(getInterview(open, interview.id).attachments).toEqual([]);
  });
});

describe('autosave durability', () => {
  it('brings back the last saved draft after the writing process is killed mid-typing', async () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    vault.lock();
    for (let round = 0; round < 5; round += 1) {
      let acknowledged = 0;
      await new Promise<void>((resolveKill, rejectKill) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'tests/support/note-typist.ts', vault.files.directory, strongPassphrase, interview.id],
          { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, WAYMARK_LOG_LEVEL: 'warn' } },
        );
        let buffered = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          buffered += chunk;
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) acknowledged = Number(line);
          if (acknowledged > 2_000 * (round + 1)) child.kill('SIGKILL');
        });
        child.on('error', rejectKill);
        child.on('close', () => resolveKill());
      });
      await vault.unlock(strongPassphrase);
      const survived = getInterview(vault.database(), interview.id).stages[1]?.notes ?? '';
      expect(vault.database().sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every acknowledged save is there (a later unacknowledged one may be too).
      expect(survived.length).toBeGreaterThanOrEqual(acknowledged);
      expect(survived).toMatch(/^(word\d+ )+$/);
      vault.lock();
    }
    await vault.unlock(strongPassphrase);
  }, 120_000);
});

describe('built-in templates in the list', () => {
  it('come first, unchanged', () => {
    expect(
      listTemplates(open)
        .slice(0, 5)
        .map((template) => template.id),
    ).toEqual(builtInTemplates.map((template) => template.id));
  });
});

describe('the clock and ids a template is given', () => {
  it('gives a copy the id handed out and the frozen time, and archives it at the frozen time', () => {
    const frozen = fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['7e3a0000-0000-4000-8000-000000000001'] });
    const copy = duplicateTemplate(open, 'grow', frozen);
    expect(copy.id).toBe('7e3a0000-0000-4000-8000-000000000001');
    archiveTemplate(open, copy.id, frozen);
    expect(
      open.sqlite
        .prepare('SELECT created_at AS createdAt, archived_at AS archivedAt FROM guidance_templates WHERE id = ?')
        .get(copy.id),
    ).toEqual({ createdAt: '2027-01-05T14:30:00.000Z', archivedAt: '2027-01-05T14:30:00.000Z' });
  });
});

describe('the clock and ids an interview is given', () => {
  it('gives a new interview and its action the ids handed out, and the frozen time', () => {
    const frozen = fixedContext({
      now: '2027-01-05T14:30:00Z',
      ids: ['1a000000-0000-4000-8000-000000000001', '1a000000-0000-4000-8000-000000000002'],
    });
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2027-01-05' }, frozen);
    expect(interview).toMatchObject({
      id: '1a000000-0000-4000-8000-000000000001',
      updatedAt: '2027-01-05T14:30:00.000Z',
    });
    const withAction = addAction(
      open,
      interview.id,
      { text: 'Visit the college open day', owner: 'client', dueOn: null },
      frozen,
    );
    expect(withAction.actions).toMatchObject([
      { id: '1a000000-0000-4000-8000-000000000002', createdAt: '2027-01-05T14:30:00.000Z' },
    ]);
    const finished = finishInterview(open, interview.id, fixedContext({ now: '2027-01-05T15:15:00Z' }));
    expect(finished.updatedAt).toBe('2027-01-05T15:15:00.000Z');
  });
});
