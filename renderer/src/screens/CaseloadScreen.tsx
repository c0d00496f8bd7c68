// The caseload: schools and their clients. Empty until those features arrive.
import { ScreenHeading } from '../components/ScreenHeading';

export function CaseloadScreen() {
  return (
    <>
      <ScreenHeading>Caseload</ScreenHeading>
      <section className="empty-state" aria-labelledby="caseload-empty-heading">
        <h2 id="caseload-empty-heading">No schools or clients yet</h2>
        <p>Schools and clients will appear here once you add them. Everything stays encrypted on this computer.</p>
      </section>
    </>
  );
}
