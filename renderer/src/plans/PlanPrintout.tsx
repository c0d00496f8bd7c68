// The action plan as it prints: the same parts, order and words as the Word
// copy, in the same person as the plan's text; the easy-read copy in larger type with one
// short block per action. Its headings start at h3, under the screen's h1 and
// the preview's h2; the print stylesheet sizes them as a document's.
import { actionStatusLabels, describeOwner, type PlanAction, type PlanContent } from '../../../shared/action-plans';
import { planWords } from '../../../shared/plan-language';
import { formatDate } from '../format/dates';

/** The Word copy's own English words (shared/plan-language.ts), so the print and the document agree. */
const words = planWords.en;

type Props = {
  clientName: string;
  content: PlanContent;
  /** The day the version was finalised (or today, for a draft). */
  date: string;
  versionNumber: number | null;
  adviser: string;
  isEasyRead: boolean;
};

/** Blank lines and new lines separate paragraphs; "- " or "• " starts a bullet, as in the Word copy. */
function Body({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <>
      {lines.map((line, index) => {
        const bullet = /^[-•*]\s+(.*)$/.exec(line);
        return bullet ? (
          <ul key={index} className="printed-bullet">
            <li>{bullet[1]}</li>
          </ul>
        ) : (
          <p key={index}>{line}</p>
        );
      })}
    </>
  );
}

function Links({ links }: { links: PlanAction['links'] }) {
  if (links.length === 0) return null;
  return (
    <ul>
      {links.map((link, index) => (
        <li key={index}>
          {link.title.trim() || link.url}
          {link.title.trim() ? ` (${link.url})` : ''}
        </li>
      ))}
    </ul>
  );
}

function Actions({ actions, isEasyRead }: { actions: PlanAction[]; isEasyRead: boolean }) {
  if (actions.length === 0) return <p>No actions were agreed this time.</p>;
  if (isEasyRead) {
    return (
      <>
        {actions.map((action, index) => (
          <div key={action.id} className="printed-action">
            <h5>
              {index + 1}. {action.text}
            </h5>
            <p>
              <strong>Who:</strong> {describeOwner(action.owner)}
            </p>
            <p>
              <strong>{words.when}:</strong> {action.dueOn ? formatDate(action.dueOn) : words.noDate}
            </p>
            <Links links={action.links} />
          </div>
        ))}
      </>
    );
  }
  const hasProgress = actions.some((action) => action.status !== 'to-do' || action.reviewComment);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Who</th>
          <th scope="col">By when</th>
          {hasProgress ? <th scope="col">Progress</th> : null}
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <td>
              {action.text}
              {action.notes.trim() ? <Body text={action.notes} /> : null}
              <Links links={action.links} />
            </td>
            <td>{describeOwner(action.owner)}</td>
            <td>{action.dueOn ? formatDate(action.dueOn) : 'No date set'}</td>
            {hasProgress ? (
              <td>{[actionStatusLabels[action.status], action.reviewComment.trim()].filter(Boolean).join(': ')}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlanPrintout({ clientName, content, date, versionNumber, adviser, isEasyRead }: Props) {
  return (
    <>
      <h3>{isEasyRead ? words.easyReadTitle : words.title}</h3>
      <dl>
        <dt>For</dt>
        <dd>{clientName}</dd>
        <dt>Date</dt>
        <dd>
          {formatDate(date)}
          {versionNumber ? ` (version ${versionNumber})` : ''}
        </dd>
        <dt>Adviser</dt>
        <dd>{adviser || 'Your careers adviser'}</dd>
      </dl>
      {content.goal.trim() ? (
        <>
          <h4>{words.goal}</h4>
          <Body text={content.goal} />
        </>
      ) : null}
      {content.sections.map((section) => (
        <div key={section.id}>
          <h4>{section.heading || 'Notes'}</h4>
          <Body text={section.body} />
        </div>
      ))}
      <h4>{isEasyRead ? words.easyReadActions : words.actions}</h4>
      <Actions actions={content.actions} isEasyRead={isEasyRead} />
      {content.resources.length > 0 ? (
        <>
          <h4>{isEasyRead ? 'Useful websites' : 'Useful links'}</h4>
          <Links links={content.resources} />
        </>
      ) : null}
    </>
  );
}
