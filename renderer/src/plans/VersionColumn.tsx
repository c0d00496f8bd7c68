// One finalised version, as it was agreed: goal, sections and actions.
import { actionStatusLabels, describeOwner } from '../../../shared/action-plans';
import type { PlanVersion } from '../../../shared/contract/plans';
import { formatDate } from '../format/dates';
import { formatInstantDate } from './plan-dates';

type Props = { version: PlanVersion };

export function VersionColumn({ version }: Props) {
  const { content } = version;
  const headingId = `version-${version.number}-heading`;
  return (
    <section className="version-column" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Version {version.number} <span className="count">· {formatInstantDate(version.finalisedAt)}</span>
      </h3>
      <p>
        <strong>Goal:</strong> {content.goal || <span className="not-recorded">none written</span>}
      </p>
      {content.sections.map((section) => (
        <div key={section.id}>
          <h4>{section.heading}</h4>
          <p className="multiline">{section.body || <span className="not-recorded">Nothing written.</span>}</p>
        </div>
      ))}
      <h4>Actions</h4>
      {content.actions.length === 0 ? (
        <p className="not-recorded">None.</p>
      ) : (
        <ol className="version-actions">
          {content.actions.map((action) => (
            <li key={action.id}>
              <span className="action-text">{action.text}</span>
              <span className="action-meta">
                {describeOwner(action.owner)}
                {action.dueOn ? `, by ${formatDate(action.dueOn)}` : ''} · {actionStatusLabels[action.status]}
              </span>
              {action.reviewComment ? <span className="review-comment">“{action.reviewComment}”</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
