// Printing the client's own copy of the plan, standard or easy read: the
// latest finalised version, or the draft before the first one (as the Word
// copy does), shown in a print preview first.
import { useState } from 'react';
import type { Plan } from '../../../shared/contract/plans';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { todayInLondon } from '../format/dates';
import { PrintPreview } from '../print/PrintPreview';
import { PlanPrintout } from './PlanPrintout';

type Printout = {
  content: Plan['draft'];
  date: string;
  versionNumber: number | null;
  adviser: string;
  isEasyRead: boolean;
};

/** draftContent: the draft as the adviser sees it now, which may be a moment ahead of the last save. */
type Props = { plan: Plan; draftContent: Plan['draft'] };

export function PlanPrint({ plan, draftContent }: Props) {
  const [printout, setPrintout] = useState<Printout | null>(null);
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const open = (isEasyRead: boolean) =>
    void run(async () => {
      setProblem('');
      const [versions, settings] = await Promise.all([
        call('plans.versions', { planId: plan.id }),
        call('settings.get', {}),
      ]);
      if (!versions.ok || !settings.ok) {
        setProblem(
          (!versions.ok ? versions.error.message : !settings.ok ? settings.error.message : '') ||
            'The plan could not be read.',
        );
        return;
      }
      const latest = versions.value.at(-1);
      setPrintout({
        content: latest?.content ?? draftContent,
        date: latest ? todayInLondon(new Date(latest.finalisedAt)) : todayInLondon(),
        versionNumber: latest?.number ?? null,
        adviser: [settings.value.adviserName, settings.value.adviserContact].filter(Boolean).join(', '),
        isEasyRead,
      });
    });

  return (
    <div className="plan-print">
      <div className="actions" role="group" aria-label="Print">
        <BusyButton isBusy={isBusy} className="button button-quiet button-small" onClick={() => open(false)}>
          Print…
        </BusyButton>
        <BusyButton isBusy={isBusy} className="button button-quiet button-small" onClick={() => open(true)}>
          Print easy read…
        </BusyButton>
      </div>
      <FormAlert id="plan-print-problem" message={problem} />
      {printout ? (
        <PrintPreview
          title={printout.isEasyRead ? 'the easy-read action plan' : 'the action plan'}
          idPrefix="plan"
          isEasyRead={printout.isEasyRead}
          onClose={() => setPrintout(null)}
        >
          <PlanPrintout clientName={plan.clientName} {...printout} />
        </PrintPreview>
      ) : null}
    </div>
  );
}
