// An organisation's address, contacts and agreement, as a summary.
import type { ReactNode } from 'react';
import { boughtUnitLabels, formatAmount } from '../../../shared/agreement-delivery';
import { contactRoleLabels, organisationKindLabels, serviceLabels } from '../../../shared/caseload';
import type { Organisation } from '../api/contract-types';
import { formatDate } from '../format/dates';
import { formatNumber, formatPence } from '../format/numbers';

const notRecorded = <span className="not-recorded">Not recorded</span>;

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const agreement = organisation.agreement;
  const entries: [string, ReactNode][] = [
    ['Kind', organisationKindLabels[organisation.kind]],
    ['Address', organisation.address ? <span className="multiline">{organisation.address}</span> : notRecorded],
    ...organisation.contacts.map((contact): [string, ReactNode] => [
      contactRoleLabels[contact.role],
      [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ') || notRecorded,
    ]),
  ];
  const agreementEntries: [string, ReactNode][] = agreement
    ? [
        [
          'Services',
          agreement.services.length > 0
            ? agreement.services.map((service) => serviceLabels[service]).join(', ')
            : notRecorded,
        ],
        [
          'Bought a year',
          agreement.boughtUnit && agreement.boughtQuantity !== null
            ? formatAmount(agreement.boughtQuantity, agreement.boughtUnit)
            : notRecorded,
        ],
        ['Hours in a day', formatNumber(agreement.hoursPerDay)],
        [
          'Pupils who do not attend',
          agreement.doesNonAttendanceCount ? 'Count as delivered' : 'Do not count as delivered',
        ],
        [
          'Rate',
          agreement.ratePence === null
            ? notRecorded
            : `${formatPence(agreement.ratePence)} a${agreement.rateUnit === 'hour' || agreement.rateUnit === 'interview' ? 'n' : ''} ${boughtUnitLabels[agreement.rateUnit ?? 'day'].one}`,
        ],
        ['Days to pay', formatNumber(agreement.paymentDays)],
        [
          'Billing',
          [agreement.billingName, agreement.billingAddress].filter(Boolean).join('\n') ? (
            <span className="multiline">
              {[agreement.billingName, agreement.billingAddress].filter(Boolean).join('\n')}
            </span>
          ) : (
            notRecorded
          ),
        ],
        ['Purchase order', agreement.purchaseOrder || notRecorded],
        ['Starts', agreement.startsOn ? formatDate(agreement.startsOn) : notRecorded],
        ['Ends', agreement.endsOn ? formatDate(agreement.endsOn) : notRecorded],
      ]
    : [];
  return (
    <section className="panel" aria-labelledby="organisation-details-heading">
      <h2 id="organisation-details-heading">Details</h2>
      <dl className="summary-list">
        {entries.map(([term, detail], index) => (
          <div key={`${term}-${index}`} className="summary-row">
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <h3>Safeguarding</h3>
      <dl className="summary-list">
        {(
          [
            ['Designated safeguarding lead', organisation.safeguarding.lead],
            ['Deputy safeguarding lead', organisation.safeguarding.deputy],
          ] as const
        ).map(([term, person]) => (
          <div key={term} className="summary-row">
            <dt>{term}</dt>
            <dd>{[person.name, person.phone, person.email].filter(Boolean).join(' · ') || notRecorded}</dd>
          </div>
        ))}
      </dl>
      <h3>Agreement</h3>
      {agreement ? (
        <dl className="summary-list">
          {agreementEntries.map(([term, detail]) => (
            <div key={term} className="summary-row">
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="not-recorded">No agreement recorded.</p>
      )}
    </section>
  );
}
