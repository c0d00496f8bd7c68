// A new vault's caseload: nothing yet, and the two ways to start.
import { useNavigation } from '../app/navigation';

type Props = { hasOrganisations: boolean };

export function EmptyCaseload({ hasOrganisations }: Props) {
  const { navigate } = useNavigation();
  return (
    <section className="empty-state" aria-labelledby="caseload-empty-heading">
      <h2 id="caseload-empty-heading">{hasOrganisations ? 'No clients yet' : 'No schools or clients yet'}</h2>
      <p>
        Import a class list exported from your school's MIS, or add your schools and colleges first. Everything stays
        encrypted on this computer.
      </p>
      <div className="actions actions-centred">
        <button type="button" className="button button-primary" onClick={() => navigate({ name: 'import' })}>
          Import a roll
        </button>
        <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'organisations' })}>
          Go to organisations
        </button>
      </div>
    </section>
  );
}
