// Everything known about a client at a glance, as a description list.
import type { ReactNode } from 'react';
import {
  describeYearGroup,
  provisionLevelLabels,
  referralSourceLabels,
  sendStatusLabels,
} from '../../../shared/caseload';
import { planLanguageLabels } from '../../../shared/plan-language';
import type { Client } from '../../../shared/contract/clients';
import { PageLink } from '../components/PageLink';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format/dates';
import { knownAs, legalName } from './client-names';

type Props = { client: Client };

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const notRecorded = <span className="not-recorded">Not recorded</span>;

export function ClientSummary({ client }: Props) {
  const entries: [string, ReactNode][] = [
    ['Legal name', legalName(client)],
    ['Known as', knownAs(client)],
    ['Date of birth', client.dateOfBirth ? formatDate(client.dateOfBirth) : notRecorded],
    [
      'Organisation',
      <PageLink to={{ name: 'organisation', organisationId: client.organisationId }}>
        {client.organisationName}
      </PageLink>,
    ],
    ['Year group', describeYearGroup(client.yearGroup)],
    ['Tutor group', client.tutorGroup || notRecorded],
    ['UPN or reference', client.upn || notRecorded],
    ['Key worker', client.keyWorker || notRecorded],
    ['SEND', sendStatusLabels[client.sendStatus]],
    ['Pupil premium', yesNo(client.hasPupilPremium)],
    ['At risk of NEET', yesNo(client.isAtRiskOfNeet)],
    ['Looked after', yesNo(client.isLookedAfter)],
    ['Young carer', yesNo(client.isYoungCarer)],
    ['English as an additional language', yesNo(client.hasEnglishAsAdditionalLanguage)],
    ['Provision level', provisionLevelLabels[client.provisionLevel]],
    ['Referred by', client.referralSource ? referralSourceLabels[client.referralSource] : notRecorded],
    ['Email', client.email || notRecorded],
    ['Phone', client.phone || notRecorded],
    ['Postcode', client.postcode || notRecorded],
    ['Language of their plans', planLanguageLabels[client.planLanguage]],
    ['Dyslexia-friendly documents', yesNo(client.isDyslexiaFriendly)],
    ['Review due', client.reviewDueOn ? formatDate(client.reviewDueOn) : notRecorded],
  ];
  return (
    <section className="panel" aria-labelledby="client-summary-heading">
      <h2 id="client-summary-heading">Details</h2>
      <SummaryList entries={entries} />
      <h3 className="about-me-heading">About me</h3>
      {client.aboutMe ? (
        <p className="about-me">{client.aboutMe}</p>
      ) : (
        <p className="not-recorded">Nothing written yet.</p>
      )}
    </section>
  );
}
