// Recording a group session for an organisation, or changing or removing one.
import { useState } from 'react';
import { useQuery } from '../api/use-query';
import { call } from '../api/client';
import { loadTogether } from '../app/load-together';
import { useNavigation } from '../app/navigation';
import { BackLink } from '../components/BackLink';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatDate } from '../format/dates';
import { formatCount } from '../format/numbers';
import { GroupSessionForm } from './GroupSessionForm';
import { RemoveSession } from './RemoveSession';
import './group-sessions.css';

type Props = { organisationId: string; sessionId: string | null };

export function GroupSessionScreen({ organisationId, sessionId }: Props) {
  const organisation = useQuery('organisations.get', { id: organisationId });
  const session = useQuery('groupSessions.get', { id: sessionId ?? '' }, { isEnabled: sessionId !== null });
  const { back } = useNavigation();
  const [isRemoving, setIsRemoving] = useState(false);
  const [problem, setProblem] = useState('');
  const name = organisation.value?.name ?? 'the organisation';
  const returnWith = (notice: string) => back({ name: 'organisation', organisationId, notice });

  const heading =
    sessionId === null
      ? `Record a group session at ${name}`
      : session.value
        ? `Group session on ${formatDate(session.value.heldOn)}`
        : 'Group session';
  const isReady = organisation.value && (sessionId === null || session.value);

  const remove = async () => {
    if (!sessionId) return;
    const result = await call('groupSessions.remove', { id: sessionId });
    if (!result.ok) {
      setIsRemoving(false);
      setProblem(result.error.message);
      return;
    }
    returnWith('The group session was removed. Its pupils no longer show it as contact.');
  };

  return (
    <>
      <BackLink fallbackLabel="Back to the organisation" />
      <ScreenHeading>{heading}</ScreenHeading>
      <p className="screen-subtitle">
        Attending counts as contact for each pupil (core provision), not as a guidance interview.
      </p>
      {!isReady ? (
        <LoadingOrProblem
          query={loadTogether(organisation, session)}
          what="the group session"
          problemWhat="This group session"
        />
      ) : (
        <>
          <GroupSessionForm
            organisationId={organisationId}
            session={session.value ?? null}
            onSaved={(saved) =>
              returnWith(
                `Group session on ${formatDate(saved.heldOn)} recorded: ${formatCount(saved.attendeeCount, 'pupil')} attended.`,
              )
            }
            onCancel={() => back()}
          />
          {sessionId ? (
            <section className="panel" aria-labelledby="session-remove-heading">
              <h2 id="session-remove-heading">Remove this session</h2>
              <FormAlert id="session-remove-problem" message={problem} />
              <RemoveSession
                questionId="session-remove-question"
                question="Remove this session? It will no longer count as contact for the pupils who attended."
                isAsking={isRemoving}
                onAsking={setIsRemoving}
                onRemove={() => void remove()}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
