// Entry point: mounts the app and its styles.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
// Domain sheets that restyle the shared rules' elements load here, straight after styles.css, so
// they win over it as they did inside it (a sheet a screen imports lands before styles.css).
import './caseload/caseload.css';
import './organisations/organisations.css';
import './roll-import/roll-import.css';
import './vault/vault.css';
import './search/search.css';
import './clients/clients.css';
import './demo/demo.css';
import './interviews/interviews.css';
import './plans/plans.css';
import './templates/templates.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
