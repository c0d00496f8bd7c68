// The shape the subject-access target is set for: a client with 60 interviews
// (notes in every stage) and 10 plan versions. The demo's busiest client has
// fewer, so the benchmark grows one client to that size before timing.
import { todayInLondon } from '../../shared/dates';
import { finishInterview, saveNotes, startInterview } from '../services/interviews';
import { createPlan, finalisePlan, listVersions, planForClient, saveDraft } from '../services/plans';
import type { OpenVault } from '../vault';

export const bundleShape = { interviews: 60, planVersions: 10 };

const notes =
  'Talked through the open day, the course entry requirements and what to ask the admissions tutor. '.repeat(10);

export function growToBundleShape(open: OpenVault, clientId: string): void {
  const { held } = open.sqlite.prepare('SELECT count(*) AS held FROM interviews WHERE client_id = ?').get(clientId) as {
    held: number;
  };
  for (let made = held; made < bundleShape.interviews; made += 1) {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: todayInLondon() });
    interview.stages.forEach((_, stage) => saveNotes(open, interview.id, stage, `${notes}(${made}.${stage})`));
    finishInterview(open, interview.id);
  }
  const plan = planForClient(open, clientId) ?? createPlan(open, { clientId, sectionSet: 'now-want-how' });
  for (let version = listVersions(open, plan.id).length; version < bundleShape.planVersions; version += 1) {
    saveDraft(open, {
      planId: plan.id,
      content: { ...plan.draft, goal: `${plan.draft.goal} (revised ${version + 1})` },
    });
    finalisePlan(open, { planId: plan.id });
  }
}
