// One client: who they are, their history, and moving them elsewhere.
import { useRef, useState } from 'react';
import { describeYearGroup } from '../../../shared/caseload';
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { LoadingScreen } from '../components/LoadingScreen';
import { PageButton } from '../components/PageButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { HandoverLinks } from '../handover/HandoverLinks';
import { InterviewHistory } from '../interviews/InterviewHistory';
import { StartInterview } from '../interviews/StartInterview';
import { NextReview } from '../follow-ups/NextReview';
import { StatusMessage } from '../components/StatusMessage';
import { ContactsSection } from '../contacts/ContactsSection';
import { DestinationsSection } from '../destinations/DestinationsSection';
import { ProgressSection } from '../progress/ProgressSection';
import { SafeguardingFlag } from '../safeguarding/SafeguardingFlag';
import { SafeguardingSection } from '../safeguarding/SafeguardingSection';
import { ChangedOnBothComputers } from '../sync/ChangedOnBothComputers';
import { ClientHistory } from './ClientHistory';
import { displayName } from './client-names';
import { ClientSummary } from './ClientSummary';
import { ClientAppointments } from '../diary/ClientAppointments';
import { MoveClient } from './MoveClient';

type Props = { clientId: string; notice: string | undefined };

export function ClientScreen({ clientId, notice }: Props) {
  const clientQuery = useQuery('clients.get', { id: clientId });
  const { value: client, reload } = clientQuery;
  const [moved, setMoved] = useState('');
  const safeguarding = useQuery('safeguarding.forClient', { clientId });
  const safeguardingHeadingRef = useRef<HTMLHeadingElement>(null);
  const showSafeguarding = () => {
    safeguardingHeadingRef.current?.scrollIntoView({ block: 'start' });
    safeguardingHeadingRef.current?.focus();
  };

  if (!client) {
    return (
      <LoadingScreen
        heading="Client"
        query={clientQuery}
        what="the client's record"
        problemWhat="This client's record"
      />
    );
  }

  return (
    <>
      <BackLink />
      <div className="screen-top">
        <div>
          <ScreenHeading>{displayName(client)}</ScreenHeading>
          <p className="screen-subtitle">
            {describeYearGroup(client.yearGroup)}
            {client.tutorGroup ? `, ${client.tutorGroup}` : ''} · {client.organisationName}
          </p>
          <SafeguardingFlag concernCount={safeguarding.value?.concerns.length ?? 0} onShow={showSafeguarding} />
        </div>
        <div className="actions">
          <PageButton page={{ name: 'plan', clientId }}>Action plan</PageButton>
          <PageButton page={{ name: 'client-edit', clientId }}>Edit details</PageButton>
          <PageButton page={{ name: 'client-privacy', clientId }}>Consent and data</PageButton>
          <HandoverLinks clientId={clientId} />
        </div>
      </div>
      <StatusMessage id="client-status" message={moved || notice || ''} />
      <ChangedOnBothComputers key={clientId} of={{ clientId }} onChosen={reload} />
      <StartInterview clientId={clientId} />
      <ClientAppointments
        organisationId={client.organisationId}
        pupil={{ clientId, name: displayName(client), yearGroup: client.yearGroup, tutorGroup: client.tutorGroup }}
      />
      <NextReview clientId={clientId} reviewDueOn={client.reviewDueOn} onChanged={reload} />
      <InterviewHistory clientId={clientId} />
      <ClientSummary client={client} />
      <DestinationsSection clientId={clientId} yearGroup={client.yearGroup} />
      <ProgressSection clientId={clientId} />
      <ContactsSection clientId={clientId} />
      <SafeguardingSection clientId={clientId} safeguarding={safeguarding} headingRef={safeguardingHeadingRef} />
      <ClientHistory client={client} />
      <MoveClient
        client={client}
        onMoved={(organisationName) => {
          setMoved(`Moved to ${organisationName}. Their interviews and history moved with them.`);
          reload();
        }}
      />
    </>
  );
}
