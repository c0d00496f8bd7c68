// Whose records a handover file holds and how many of each, shown before anything is imported.
import type { HandoverPreview } from '../../../shared/contract/handover';
import { SummaryList } from '../components/SummaryList';
import { formatDate, todayInLondon } from '../format/dates';

type Props = { preview: HandoverPreview; fileName: string };

function howMany(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

export function HandoverSummary({ preview, fileName }: Props) {
  const { counts } = preview;
  const entries: [string, string][] = [
    ['Client', preview.clientName],
    ['Date of birth', preview.dateOfBirth ? formatDate(preview.dateOfBirth) : 'Not recorded'],
    [
      'Organisation',
      preview.isNewOrganisation
        ? `${preview.organisationName} (new to you: it will be added)`
        : preview.organisationName,
    ],
    ['File made on', formatDate(todayInLondon(new Date(preview.exportedAt)))],
    ['File', fileName],
  ];
  const records = [
    howMany(counts.interviews, 'interview', 'interviews'),
    howMany(counts.notes, 'stage of notes', 'stages of notes'),
    howMany(counts.actions, 'action agreed', 'actions agreed'),
    howMany(counts.attachments, 'picture', 'pictures'),
    howMany(counts.planVersions, 'action plan version', 'action plan versions'),
    howMany(counts.consents, 'consent record', 'consent records'),
    howMany(counts.corrections, 'logged correction', 'logged corrections'),
    howMany(counts.contacts, 'parent, carer or other contact', 'parents, carers and other contacts'),
    howMany(counts.groupSessions, 'group session attended', 'group sessions attended'),
    counts.safeguardingConcerns > 0
      ? howMany(counts.safeguardingConcerns, 'safeguarding record', 'safeguarding records')
      : 'No safeguarding records',
  ];
  return (
    <>
      <SummaryList entries={entries} />
      <h3 className="handover-records-heading">Records in the file</h3>
      <ul className="plain-list handover-records">
        {records.map((record) => (
          <li key={record}>{record}</li>
        ))}
      </ul>
    </>
  );
}
