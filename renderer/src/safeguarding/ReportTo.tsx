// Whom to report a safeguarding concern to at the client's organisation: the
// designated safeguarding lead and deputy, or a way to record them.
import type { ChannelOutput } from '../../../shared/contract';
import { PageLink } from '../components/PageLink';
import { SummaryList } from '../components/SummaryList';

type Organisation = ChannelOutput<'safeguarding.forClient'>['organisation'];

export function ReportTo({ organisation }: { organisation: Organisation }) {
  const people = [
    { role: 'Designated safeguarding lead', person: organisation.leads.lead },
    { role: 'Deputy', person: organisation.leads.deputy },
  ].filter(({ person }) => person.name || person.phone || person.email);
  return (
    <div className="report-to" aria-labelledby="report-to-heading">
      <h4 id="report-to-heading">Report it today to {organisation.name}’s safeguarding lead</h4>
      {people.length === 0 ? (
        <p>
          No safeguarding lead is recorded for {organisation.name}.{' '}
          <PageLink to={{ name: 'organisation-edit', organisationId: organisation.id }}>
            Add their safeguarding lead and deputy
          </PageLink>
        </p>
      ) : (
        <SummaryList
          entries={people.map(({ role, person }) => [
            role,
            [person.name, person.phone, person.email].filter(Boolean).join(' · '),
          ])}
        />
      )}
    </div>
  );
}
