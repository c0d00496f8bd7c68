// Importing a school's class list: choose the school and the CSV, see exactly
// what would happen (a dry run that writes nothing), then import.
import { useEffect, useRef, useState } from 'react';
import type { RollField } from '../../../shared/caseload';
import type { RollReport } from '../../../shared/contract/roll-import';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatCount } from '../format/numbers';
import { RollFileForm, type CheckedRoll } from './RollFileForm';
import { RollPreview } from './RollPreview';
import { RollResult } from './RollResult';

type Stage =
  { kind: 'choose' } | { kind: 'preview'; roll: CheckedRoll } | { kind: 'done'; roll: CheckedRoll; report: RollReport };

type Props = { organisationId: string | undefined };

export function ImportRollScreen({ organisationId }: Props) {
  const organisations = useQuery('organisations.list', {});
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const stageHeadingRef = useRef<HTMLHeadingElement>(null);
  const { navigate } = useNavigation();

  // Each new step starts at its heading, so keyboard and screen-reader users land on what changed
  // (a column chosen by hand checks the file again without moving them).
  useEffect(() => {
    if (stage.kind !== 'choose') stageHeadingRef.current?.focus();
  }, [stage.kind]);

  // A choice shows at once; the file is checked again with every choice so far, and only the latest check's answer is kept.
  const [checksRunning, setChecksRunning] = useState(0);
  const latestCheckRef = useRef(0);
  const chooseField = (roll: CheckedRoll, column: number, field: RollField | null) => {
    setProblem('');
    const columnChoices = [...roll.columnChoices.filter((choice) => choice.column !== column), { column, field }];
    setStage({ kind: 'preview', roll: { ...roll, columnChoices } });
    const check = ++latestCheckRef.current;
    setChecksRunning((count) => count + 1);
    void call('rollImport.run', {
      organisationName: roll.organisationName,
      csv: roll.csv,
      isDryRun: true,
      columnChoices,
    }).then((result) => {
      setChecksRunning((count) => count - 1);
      if (check !== latestCheckRef.current) return;
      if (!result.ok) setProblem(result.error.message);
      else setStage({ kind: 'preview', roll: { ...roll, columnChoices, report: result.value } });
    });
  };
  const isChecking = checksRunning > 0;

  const importRoll = (roll: CheckedRoll) =>
    void run(async () => {
      // The counts on screen must be those of the choices made: wait for the check to catch up.
      if (isChecking) return;
      setProblem('');
      const result = await call('rollImport.run', {
        organisationName: roll.organisationName,
        csv: roll.csv,
        isDryRun: false,
        columnChoices: roll.columnChoices,
      });
      if (!result.ok) {
        setProblem(`${result.error.message} Nothing was imported.`);
        return;
      }
      setStage({ kind: 'done', roll, report: result.value });
    });

  const list = organisations.value;
  const initialChoice =
    organisationId && list?.some((organisation) => organisation.id === organisationId)
      ? organisationId
      : list?.length === 0
        ? 'new'
        : '';

  return (
    <>
      <ScreenHeading>Import a roll</ScreenHeading>
      {stage.kind === 'choose' ? (
        <section className="panel" aria-labelledby="roll-choose-heading">
          <h2 id="roll-choose-heading">Choose the school and the file</h2>
          <p>Waymark checks the whole file and shows you what it would do before anything is written.</p>
          {organisations.problem ? (
            <LoadProblem what="The list of schools" message={organisations.problem} onRetry={organisations.reload} />
          ) : null}
          {list ? (
            <RollFileForm
              organisations={list}
              initialChoice={initialChoice}
              onChecked={(roll) => setStage({ kind: 'preview', roll })}
            />
          ) : null}
          {!list && !organisations.problem ? <Loading what="schools" /> : null}
        </section>
      ) : null}
      {stage.kind === 'preview' ? (
        <section className="panel" aria-labelledby="roll-preview-heading" aria-busy={isBusy}>
          <h2 id="roll-preview-heading" ref={stageHeadingRef} tabIndex={-1} className="stage-heading">
            Check before importing
          </h2>
          <RollPreview
            report={stage.roll.report}
            fileName={stage.roll.fileName}
            organisationName={stage.roll.organisationName}
            isNewSchool={stage.roll.report.organisationId === null}
            onChooseField={(column, field) => chooseField(stage.roll, column, field)}
            columnChoices={stage.roll.columnChoices}
            isChecking={isChecking}
          />
          <FormAlert id="roll-import-problem" message={problem} />
          <div className="actions">
            {stage.roll.report.created + stage.roll.report.updated > 0 ? (
              <button
                type="button"
                className="button button-primary"
                onClick={() => importRoll(stage.roll)}
                aria-disabled={isBusy || isChecking ? true : undefined}
              >
                {isBusy
                  ? 'Importing…'
                  : `Import ${formatCount(stage.roll.report.created + stage.roll.report.updated, 'pupil')}`}
              </button>
            ) : stage.roll.report.missingFields.length > 0 ? null : (
              <p className="callout">
                There is nothing new to import: everyone in this file is already up to date, or their rows have
                problems.
              </p>
            )}
            <button type="button" className="button button-quiet" onClick={() => setStage({ kind: 'choose' })}>
              Choose another file
            </button>
          </div>
        </section>
      ) : null}
      {stage.kind === 'done' ? (
        <section className="panel" aria-labelledby="roll-done-heading">
          <h2 id="roll-done-heading" ref={stageHeadingRef} tabIndex={-1} className="stage-heading">
            Import finished
          </h2>
          <RollResult
            report={stage.report}
            organisationName={stage.roll.organisationName}
            onOpenOverview={(id) => navigate({ name: 'organisation', organisationId: id })}
            onImportAnother={() => setStage({ kind: 'choose' })}
          />
        </section>
      ) : null}
    </>
  );
}
