// A client's parents, carers and other contacts on their page: who they are,
// how to reach them, parental responsibility, and adding, changing or removing one.
import { useRef, useState } from 'react';
import type { ClientContact } from '../../../shared/contract/contacts';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useChangedNotice } from '../app/use-changed-notice';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { SummaryList } from '../components/SummaryList';
import { ContactForm } from './ContactForm';
import './contacts.css';

type Props = { clientId: string };

/** null: the form is closed; 'new': adding; otherwise the contact being changed. */
type Editing = null | 'new' | ClientContact;

export function ContactsSection({ clientId }: Props) {
  const contacts = useQuery('contacts.list', { clientId });
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<ClientContact | null>(null);
  const { done, changed } = useChangedNotice(contacts.reload);
  const [problem, setProblem] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);

  const finish = (message: string) => {
    setEditing(null);
    setRemoving(null);
    setProblem('');
    changed(message);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  const remove = async (contact: ClientContact) => {
    const result = await call('contacts.remove', { clientId, id: contact.id });
    if (!result.ok) {
      setRemoving(null);
      setProblem(result.error.message);
      return;
    }
    finish(`${contact.name} removed.`);
  };

  return (
    <section className="panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Parents and carers</h2>
      {!contacts.value ? (
        <LoadingOrProblem query={contacts} what="contacts" problemWhat="The contacts" />
      ) : contacts.value.length === 0 ? (
        <p className="not-recorded">No parents, carers or other contacts recorded.</p>
      ) : (
        <ul className="plain-list record-list">
          {contacts.value.map((contact) => (
            <li key={contact.id} className="contact-card" aria-labelledby={`contact-${contact.id}-name`}>
              <h3 id={`contact-${contact.id}-name`}>
                {contact.name}
                {contact.relationship ? <span className="contact-relationship"> ({contact.relationship})</span> : null}
              </h3>
              <SummaryList
                entries={[
                  ['Phone', contact.phone || <span className="not-recorded">Not recorded</span>],
                  ['Email', contact.email || <span className="not-recorded">Not recorded</span>],
                  ['Parental responsibility', contact.hasParentalResponsibility ? 'Yes' : 'No'],
                  [
                    'Contact preferences',
                    contact.contactPreferences || <span className="not-recorded">None given</span>,
                  ],
                ]}
              />
              {removing?.id === contact.id ? (
                <div className="callout" role="group" aria-label={`Remove ${contact.name}?`}>
                  <p>Remove {contact.name} from this client’s record?</p>
                  <div className="actions">
                    <button type="button" className="button" onClick={() => void remove(contact)}>
                      Yes, remove {contact.name}
                    </button>
                    <button type="button" className="button button-quiet" onClick={() => setRemoving(null)}>
                      No, keep them
                    </button>
                  </div>
                </div>
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Change ${contact.name}’s details`}
                    onClick={() => setEditing(contact)}
                  >
                    Change
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Remove ${contact.name}`}
                    onClick={() => setRemoving(contact)}
                  >
                    Remove
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormAlert id="contacts-problem" message={problem} />
      <StatusMessage id="contacts-done" message={done} />
      {editing ? (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          clientId={clientId}
          contact={editing === 'new' ? null : editing}
          onSaved={(saved) => finish(editing === 'new' ? `${saved.name} added.` : `${saved.name}’s details saved.`)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="actions">
          <button ref={addRef} type="button" className="button" onClick={() => setEditing('new')}>
            Add a parent or carer
          </button>
        </div>
      )}
    </section>
  );
}
