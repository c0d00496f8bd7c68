// The practice's disclosure log: everything that has left the vault, to whom,
// when and on what basis. Read-only; entries about an erased person stay, without them.
import { useState, type FormEvent } from 'react';
import { useQuery } from '../api/use-query';
import { DataTable } from '../components/DataTable';
import { DateField } from '../components/DateField';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { TextField } from '../components/TextField';
import { formatDate } from '../format/dates';
import { ClientLink } from '../data-protection/ClientLink';
import { lawfulBasisLabel } from '../data-protection/labels';
import { Pager } from '../data-protection/Pager';
import { usePaging } from '../data-protection/use-paging';

type Filter = { text: string; from: string; to: string };
const noFilter: Filter = { text: '', from: '', to: '' };

export function DisclosureLog() {
  const [draft, setDraft] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const paging = usePaging();
  const log = useQuery('disclosures.practice', {
    ...(filter.text.trim() ? { text: filter.text.trim() } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...paging.page,
  });
  const isFiltered = filter.text.trim() !== '' || filter.from !== '' || filter.to !== '';

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
    paging.setOffset(0);
  };

  return (
    <section aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">Disclosure log</h2>
      <p>
        Every time information has left Waymark: who received it, when, what it was and the consent or lawful basis.
        Entries cannot be changed or deleted.
      </p>
      <form className="dp-filters" onSubmit={apply} aria-label="Filter the disclosure log" role="search">
        <TextField
          id="disclosures-text"
          label="Containing"
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          inputProps={{ maxLength: 200 }}
        />
        <DateField
          id="disclosures-from"
          label="From"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateField id="disclosures-to" label="To" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <div className="field actions">
          <button type="submit" className="button button-primary">
            Filter
          </button>
          {isFiltered ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setDraft(noFilter);
                setFilter(noFilter);
                paging.setOffset(0);
              }}
            >
              Show everything
            </button>
          ) : null}
        </div>
      </form>
      {log.value === undefined ? <LoadingOrProblem query={log} what="the disclosure log" /> : null}
      {log.value ? (
        <>
          <p role="status" id="disclosures-count">
            {log.value.total === 0
              ? isFiltered
                ? 'No entries match.'
                : 'Nothing has been disclosed yet.'
              : `${log.value.total} ${log.value.total === 1 ? 'entry' : 'entries'}${isFiltered ? ' match' : ''}.`}
          </p>
          {log.value.entries.length > 0 ? (
            <DataTable
              caption="Disclosures, newest first"
              isCaptionHidden
              columns={['Date', 'About', 'Recipient', 'What', 'Lawful basis']}
            >
              {log.value.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(entry.disclosedOn)}</td>
                  <td>
                    {entry.clientId && entry.clientName ? (
                      <ClientLink clientId={entry.clientId} name={entry.clientName} />
                    ) : (
                      <span className="dp-closed">{entry.isAnonymised ? 'Erased person' : 'Not about one person'}</span>
                    )}
                  </td>
                  <td>{entry.recipient}</td>
                  <td>{entry.what}</td>
                  <td>{lawfulBasisLabel(entry.lawfulBasis)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          <Pager label="Pages of the disclosure log" paging={paging} total={log.value.total} />
        </>
      ) : null}
    </section>
  );
}
