// The plan as finalised, to read: it stays as agreed until the adviser starts
// a new draft (from the bar above), so nothing here can be typed into by mistake.
import type { Plan } from '../../../shared/contract/plans';
import type { PlanContent } from '../../../shared/action-plans';
import { VersionColumn } from './VersionColumn';

type Props = { plan: Plan; content: PlanContent };

export function FinalisedPlan({ plan, content }: Props) {
  const latest = plan.versions.at(-1);
  if (!latest) return null;
  return (
    <section className="panel" aria-labelledby="finalised-plan-heading">
      <h2 id="finalised-plan-heading">The plan as agreed</h2>
      <p className="field-hint">
        Version {latest.number} is finalised and stays as it was agreed. To change it, start a new draft above; to
        record what happened to each action at a later meeting, use Record outcomes.
      </p>
      <VersionColumn version={{ ...latest, content }} />
    </section>
  );
}
