// The local authority's destination return for one cohort: the columns as
// the LA wants them (chosen, ordered, renamed, with its date format, saved
// under the LA's name), who goes in and who is left out without consent, and
// the CSV, each client in it logged as a disclosure when it is downloaded.
import { useState } from 'react';
import { academicYearOf } from '../../../shared/caseload';
import { returnMappingSchema } from '../../../shared/contract/destinations';
import { todayInLondon } from '../../../shared/dates';
import {
  defaultReturnMapping,
  returnColumnKeys,
  returnColumnLabels,
  returnDateFormats,
  type ReturnColumnKey,
  type ReturnMapping,
} from '../../../shared/destinations/return-columns';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { PageLink } from '../components/PageLink';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { TextField } from '../components/TextField';
import { downloadBase64 } from '../files/download';
import { formatCount } from '../format/numbers';

type Props = { organisationId: string };
type Column = { key: ReturnColumnKey; header: string; isIncluded: boolean };

const describeCohort = (year: number) => `Year 11 in ${year} to ${year + 1}`;

function columnsFrom(mapping: ReturnMapping): Column[] {
  const chosen = mapping.columns.map((column) => ({ ...column, isIncluded: true }));
  const rest = returnColumnKeys
    .filter((key) => !mapping.columns.some((column) => column.key === key))
    .map((key) => ({ key, header: returnColumnLabels[key], isIncluded: false }));
  return [...chosen, ...rest];
}

export function LaReturn({ organisationId }: Props) {
  const thisYear = Number(academicYearOf(todayInLondon()).startsOn.slice(0, 4));
  const [cohort, setCohort] = useState(String(thisYear));
  const [recipient, setRecipient] = useState('');
  const [columns, setColumns] = useState<Column[]>(() => columnsFrom(defaultReturnMapping));
  const [dateFormat, setDateFormat] = useState<ReturnMapping['dateFormat']>(defaultReturnMapping.dateFormat);
  const [preview, setPreview] = useState<ChannelOutput<'destinations.previewReturn'> | null>(null);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const mappings = useQuery('destinations.returnMappings', {});
  const { isBusy, run } = useSubmission();

  const mapping = (): ReturnMapping => ({
    columns: columns.filter((column) => column.isIncluded).map(({ key, header }) => ({ key, header })),
    dateFormat,
  });
  const change = (index: number, changes: Partial<Column>) =>
    setColumns((current) => current.map((column, at) => (at === index ? { ...column, ...changes } : column)));
  const move = (index: number, by: -1 | 1) =>
    setColumns((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  const useSaved = (name: string) => {
    const saved = mappings.value?.find((entry) => entry.name === name);
    if (!saved) return;
    setRecipient(saved.name);
    setColumns(columnsFrom(saved.mapping));
    setDateFormat(saved.mapping.dateFormat);
  };

  const checked = () => {
    const parsed = returnMappingSchema.safeParse(mapping());
    if (!parsed.success) setProblem(parsed.error.issues[0]?.message ?? 'Check the columns.');
    return parsed.success ? parsed.data : null;
  };

  const saveMapping = () =>
    run(async () => {
      const checkedMapping = checked();
      if (!checkedMapping) return;
      const result = await call('destinations.saveReturnMapping', { name: recipient, mapping: checkedMapping });
      if (!result.ok) return setProblem(result.error.message);
      setProblem('');
      setDone(`Columns saved for ${recipient.trim()}.`);
      mappings.reload();
    });

  const check = () =>
    run(async () => {
      const result = await call('destinations.previewReturn', { organisationId, cohort: Number(cohort) });
      if (!result.ok) {
        setPreview(null);
        return setProblem(result.error.message);
      }
      setProblem('');
      setDone('');
      setPreview(result.value);
    });

  const download = () =>
    run(async () => {
      const checkedMapping = checked();
      if (!checkedMapping) return;
      const result = await call('destinations.exportReturn', {
        organisationId,
        cohort: Number(cohort),
        mapping: checkedMapping,
        recipient,
      });
      if (!result.ok) return setProblem(result.error.message);
      downloadBase64(result.value.fileName, result.value.dataBase64, 'text/csv');
      setProblem('');
      setDone(
        `Downloaded the return for ${formatCount(result.value.included, 'pupil')}; each is in the disclosure log.`,
      );
    });

  return (
    <section className="panel" aria-labelledby="la-return-heading">
      <h2 id="la-return-heading">Return for the local authority</h2>
      <p>
        Only pupils whose consent covers the local authority’s destination returns go in the file. Each one is logged as
        a disclosure when you download it.
      </p>
      <div className="field-row">
        <SelectField
          id="la-return-cohort"
          label="Cohort"
          value={cohort}
          options={[0, 1, 2, 3].map((back) => ({
            value: String(thisYear - back),
            label: describeCohort(thisYear - back),
          }))}
          onChange={setCohort}
        />
        <TextField
          id="la-return-recipient"
          label="Local authority"
          hint="Named in the disclosure log, and the name the columns are saved under."
          value={recipient}
          onChange={setRecipient}
        />
        {mappings.value && mappings.value.length > 0 ? (
          <SelectField
            id="la-return-saved"
            label="Saved columns"
            value=""
            options={[
              { value: '', label: 'Choose saved columns' },
              ...mappings.value.map((entry) => ({ value: entry.name, label: entry.name })),
            ]}
            onChange={useSaved}
          />
        ) : null}
      </div>
      {/* The columns are set once per local authority, so they stay folded away until wanted. */}
      <details className="return-columns-details">
        <summary>
          Columns and date format ({columns.filter((column) => column.isIncluded).length} columns, {dateFormat})
        </summary>
        <fieldset className="form-section">
          <legend>Columns, in the order the local authority wants them</legend>
          <SelectField
            id="la-return-date-format"
            label="Date format"
            value={dateFormat}
            options={returnDateFormats.map((format) => ({ value: format, label: format }))}
            onChange={(value) => setDateFormat(value as ReturnMapping['dateFormat'])}
          />
          <ol className="plain-list return-columns">
            {columns.map((column, index) => (
              <li key={column.key}>
                <input
                  type="checkbox"
                  id={`la-return-include-${column.key}`}
                  checked={column.isIncluded}
                  onChange={(event) => change(index, { isIncluded: event.target.checked })}
                  aria-label={`Include ${returnColumnLabels[column.key]}`}
                />
                <label htmlFor={`la-return-header-${column.key}`} className="return-column-name">
                  {returnColumnLabels[column.key]}
                </label>
                <input
                  id={`la-return-header-${column.key}`}
                  className="field-input"
                  value={column.header}
                  maxLength={100}
                  onChange={(event) => change(index, { header: event.target.value })}
                />
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Move ${returnColumnLabels[column.key]} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Move ${returnColumnLabels[column.key]} down`}
                  disabled={index === columns.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
              </li>
            ))}
          </ol>
          <BusyButton isBusy={isBusy} className="button button-quiet" onClick={() => void saveMapping()}>
            Save these columns
          </BusyButton>
        </fieldset>
      </details>
      <div className="actions">
        <BusyButton isBusy={isBusy} className="button" onClick={() => void check()}>
          Check who is included
        </BusyButton>
        <BusyButton isBusy={isBusy} onClick={() => void download()}>
          Download the return
        </BusyButton>
      </div>
      <FormAlert id="la-return-problem" message={problem} />
      <StatusMessage id="la-return-done" message={done} />
      {preview ? (
        <div className="la-return-preview" aria-live="polite">
          <p>
            {formatCount(preview.included, 'pupil')} in the return for {describeCohort(preview.cohort)}.
          </p>
          {preview.excluded.length > 0 ? (
            <>
              <h3>Left out, without consent for the return</h3>
              <ul className="plain-list">
                {preview.excluded.map((pupil) => (
                  <li key={pupil.clientId}>
                    <PageLink to={{ name: 'client-privacy', clientId: pupil.clientId }}>{pupil.name}</PageLink>:{' '}
                    {pupil.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
