// A client's action plan: create it, edit the draft (saved as it changes),
// record what happened to its actions at a later meeting, and see its
// history. Finalise and export sit above whichever view is open.
import { useState } from 'react';
import type { Plan } from '../../../shared/contract/plans';
import type { PlanLanguage } from '../../../shared/plan-language';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import type { PlanView } from '../app/screen';
import { BackLink } from '../components/BackLink';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { PageButton } from '../components/PageButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { displayName } from '../clients/client-names';
import { CreatePlan } from './CreatePlan';
import { FinaliseBar } from './FinaliseBar';
import { FinalisedPlan } from './FinalisedPlan';
import { PlanEditor } from './PlanEditor';
import { PlanHistory } from './PlanHistory';
import { PlanPrint } from './PlanPrint';
import { PlanReview } from './PlanReview';
import { usePlanDraft } from './use-plan-draft';
import { NavButtons } from '../components/NavButtons';

type Props = { clientId: string; fromInterviewId: string | undefined; view: PlanView };

export function PlanScreen({ clientId, fromInterviewId, view }: Props) {
  const query = useQuery('plans.forClient', { clientId });
  const client = useQuery('clients.get', { id: clientId });
  const [created, setCreated] = useState<Plan | null>(null);
  const [isFromNotes, setIsFromNotes] = useState(false);
  const plan = created ?? query.value?.plan ?? null;
  const name = plan?.clientName ?? (client.value ? displayName(client.value) : '');
  const heading = name ? `Action plan for ${name}` : 'Action plan';

  if (!query.value) {
    return (
      <>
        <BackLink fallbackLabel="Back to the client" />
        <ScreenHeading>{heading}</ScreenHeading>
        {<LoadingOrProblem query={query} what="the action plan" />}
      </>
    );
  }
  if (!plan) {
    return (
      <>
        <BackLink fallbackLabel="Back to the client" />
        <ScreenHeading>{heading}</ScreenHeading>
        <CreatePlan
          clientId={clientId}
          fromInterviewId={fromInterviewId}
          onCreated={(plan, isStartingFromNotes) => {
            setIsFromNotes(isStartingFromNotes);
            setCreated(plan);
          }}
        />
      </>
    );
  }
  return (
    <PlanWorkspace
      key={plan.id}
      initial={plan}
      heading={heading}
      fromInterviewId={fromInterviewId}
      view={view}
      isFromNotes={isFromNotes}
      language={client.value?.planLanguage ?? 'en'}
    />
  );
}

const views: { key: PlanView; label: string }[] = [
  { key: 'edit', label: 'Edit' },
  { key: 'review', label: 'Record outcomes' },
  { key: 'history', label: 'History' },
];

type WorkspaceProps = {
  initial: Plan;
  heading: string;
  fromInterviewId: string | undefined;
  view: PlanView;
  isFromNotes: boolean;
  language: PlanLanguage;
};

function PlanWorkspace({ initial, heading, fromInterviewId, view, isFromNotes, language }: WorkspaceProps) {
  const draft = usePlanDraft(initial);
  const { replace } = useNavigation();
  const page = { name: 'plan', clientId: initial.clientId, ...(fromInterviewId ? { fromInterviewId } : {}) } as const;
  return (
    <>
      <BackLink fallbackLabel="Back to the client" />
      <div className="screen-top">
        <ScreenHeading>{heading}</ScreenHeading>
        <PageButton page={{ name: 'client', clientId: initial.clientId }}>Open the client’s record</PageButton>
      </div>
      <NavButtons
        label="Plan views"
        className="view-switch"
        places={views}
        current={view}
        onChoose={(place) => replace({ ...page, view: place.key })}
        buttonClassName="nav-item"
      />
      {view === 'history' ? null : <FinaliseBar draft={draft} fromInterviewId={fromInterviewId} />}
      <PlanPrint plan={draft.plan} draftContent={draft.content} />
      {view === 'edit' && isFromNotes && draft.plan.versions.length === 0 ? (
        <div className="notice notice-info">
          <p>
            <strong>This draft starts from the interview’s notes and agreed actions.</strong> Rewrite each section to
            the client, in their words, and leave out anything not for their copy before you finalise.
          </p>
        </div>
      ) : null}
      {view === 'edit' ? (
        draft.plan.versions.length > 0 && !draft.plan.hasUnfinalisedChanges ? (
          <FinalisedPlan plan={draft.plan} content={draft.content} />
        ) : (
          <PlanEditor draft={draft} language={language} />
        )
      ) : null}
      {view === 'review' ? <PlanReview draft={draft} /> : null}
      {view === 'history' ? <PlanHistory key={draft.plan.versions.length} planId={draft.plan.id} /> : null}
    </>
  );
}
