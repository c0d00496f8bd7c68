// A new invoice: choose the organisation and the period, work out the lines
// from the diary (or type them by hand), check and edit them, then save it
// with the next number. Nothing is numbered until it is saved.
import { useState } from 'react';
import type { InvoiceInput, InvoiceStart } from '../../../shared/contract/invoices';
import { formatUkDate } from '../../../shared/dates';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { todayInLondon } from '../format/dates';
import { draftFromStart, type InvoiceDraft } from './invoice-draft';
import { InvoiceForm } from './InvoiceForm';
import './invoices.css';

type Props = { organisationId: string | undefined };

/** Early in a month, last month (the invoice usually goes at the month's end); later, this month so far. */
function defaultPeriod(today: string): { from: string; to: string } {
  if (Number(today.slice(8, 10)) > 10) return { from: `${today.slice(0, 8)}01`, to: today };
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [lastYear, lastMonth] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const lastDay = new Date(Date.UTC(lastYear, lastMonth, 0)).getUTCDate();
  const prefix = `${lastYear}-${String(lastMonth).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` };
}

export function InvoiceNewScreen({ organisationId: givenOrganisationId }: Props) {
  const organisations = useQuery('organisations.list', {});
  const { replace } = useNavigation();
  const { isBusy, run } = useSubmission();
  const today = todayInLondon();
  const [organisationId, setOrganisationId] = useState(givenOrganisationId ?? '');
  const [from, setFrom] = useState(() => defaultPeriod(today).from);
  const [to, setTo] = useState(() => defaultPeriod(today).to);
  const [start, setStart] = useState<InvoiceStart | null>(null);
  const [draft, setDraft] = useState<InvoiceDraft | null>(null);
  const [problem, setProblem] = useState('');
  const chosenId = organisationId || organisations.value?.[0]?.id || '';

  const begin = (isFromDiary: boolean) =>
    void run(async () => {
      setProblem('');
      if (isFromDiary && to < from)
        return setProblem(
          `The period ends (${formatUkDate(to)}) before it starts (${formatUkDate(from)}). Give an end date on or after the start.`,
        );
      const result = await call(
        'invoices.start',
        isFromDiary ? { organisationId: chosenId, from, to } : { organisationId: chosenId },
      );
      if (!result.ok) return setProblem(result.error.message);
      setStart(result.value);
      setDraft(draftFromStart(isFromDiary ? result.value : { ...result.value, supplyFrom: from, supplyTo: to }));
    });

  const save = async (input: InvoiceInput): Promise<string | null> => {
    const result = await call('invoices.create', input);
    if (!result.ok) return result.error.message;
    replace({
      name: 'invoice',
      invoiceId: result.value.id,
      notice: `Invoice ${result.value.number} saved as a draft. Mark it as sent once it has gone to the school.`,
    });
    return null;
  };

  return (
    <>
      <BackLink fallbackLabel="Back to invoices" />
      <ScreenHeading>Create an invoice</ScreenHeading>
      <section className="panel" aria-labelledby="invoice-period-heading">
        <h2 id="invoice-period-heading">Who and when</h2>
        <div className="field-row">
          <SelectField
            id="invoice-organisation"
            label="Organisation"
            value={chosenId}
            options={(organisations.value ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            onChange={(value) => {
              setOrganisationId(value);
              setDraft(null);
            }}
          />
          <DateField id="invoice-from" label="Period from" value={from} onChange={setFrom} />
          <DateField id="invoice-to" label="Period to" value={to} onChange={setTo} />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => begin(true)}
            aria-disabled={isBusy || !chosenId ? true : undefined}
          >
            Work out the lines from the diary
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => begin(false)}
            aria-disabled={isBusy || !chosenId ? true : undefined}
          >
            Type the lines by hand
          </button>
        </div>
        <FormAlert id="invoice-start-problem" message={problem} />
      </section>
      {draft && start ? (
        <InvoiceForm
          key={draft.lines.map((line) => line.key).join('-')}
          heading={`The invoice to ${start.organisationName}`}
          start={start}
          initial={draft}
          submitLabel="Save invoice"
          onSave={save}
        />
      ) : null}
    </>
  );
}
