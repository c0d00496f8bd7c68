// An organisation's address, contacts and agreement, as a summary.
import { boughtUnitLabels, formatAmount } from '../../../shared/agreement-delivery';
import { contactRoleLabels, organisationKindLabels, serviceLabels } from '../../../shared/caseload';
import type { Organisation } from '../api/contract-types';
import { SummaryList, type SummaryEntry } from '../components/SummaryList';
import { formatDate } from '../format/dates';
import { formatNumber, formatPence } from '../format/numbers';

const notRecorded = <span className="not-recorded">Not recorded</span>;

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const agreement = organisation.agreement;
  const entries: SummaryEntry[] = [
    ['Kind', organisationKindLabels[organisation.kind]],
    ['Address', organisation.address ? <span className="multiline">{organisation.address}</span> : notRecorded],
    ...organisation.contacts.map((contact): SummaryEntry => [
      contactRoleLabels[contact.role],
      [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ') || notRecorded,
    ]),
  ];
  const agreementEntries: SummaryEntry[] = agreement
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
      <SummaryList entries={entries} />
      <h3>Safeguarding</h3>
      <SummaryList
        entries={(
          [
            ['Designated safeguarding lead', organisation.safeguarding.lead],
            ['Deputy safeguarding lead', organisation.safeguarding.deputy],
          ] as const
        ).map(([term, person]) => [
          term,
          [person.name, person.phone, person.email].filter(Boolean).join(' · ') || notRecorded,
        ])}
      />
      <h3>Agreement</h3>
      {agreement ? <SummaryList entries={agreementEntries} /> : <p className="not-recorded">No agreement recorded.</p>}
    </section>
  );
}
