// After unlocking: any interview left unfinished (the laptop closed, the
// vault locked mid-session) is offered straight back.
import { useQuery } from '../api/use-query';
import { PageLink } from '../components/PageLink';
import { formatDate } from '../format/dates';

export function DraftInterviewsNotice() {
  const { value: drafts } = useQuery('interviews.drafts', {});
  if (!drafts || drafts.length === 0) return null;
  return (
    <section className="draft-notice" aria-labelledby="draft-notice-heading">
      <h2 id="draft-notice-heading">{drafts.length === 1 ? 'Interview in progress' : 'Interviews in progress'}</h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            You have an interview in progress with {draft.clientName} ({formatDate(draft.heldOn)}).{' '}
            <PageLink to={{ name: 'interview', interviewId: draft.id }}>
              Continue<span className="visually-hidden"> the interview with {draft.clientName}</span>
            </PageLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
