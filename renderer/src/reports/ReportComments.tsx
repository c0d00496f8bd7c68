// The adviser's comments and recommendations, kept with the report's period
// and printed at the end of the report.
import { useState, type FormEvent } from 'react';
import { reportLimits, type ReportPeriodInput } from '../../../shared/contract/reports';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';

type Props = { period: ReportPeriodInput; initial: { comments: string; recommendations: string }; onSaved: () => void };

export function ReportComments({ period, initial, onSaved }: Props) {
  const [comments, setComments] = useState(initial.comments);
  const [recommendations, setRecommendations] = useState(initial.recommendations);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('reports.saveComments', { ...period, comments, recommendations });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDone('Saved with this period. The report you download now includes them.');
      onSaved();
    });
  };

  return (
    <section className="panel" aria-labelledby="report-comments-heading">
      <h2 id="report-comments-heading">Your comments and recommendations</h2>
      <form onSubmit={save} noValidate>
        <TextAreaField id="report-comments" label="Comments" hint="How the term went, for the careers leader." value={comments} onChange={setComments} rows={5} maxLength={reportLimits.comments} />
        <TextAreaField
          id="report-recommendations"
          label="Recommendations"
          hint='What you recommend next. Start a line with "- " for a bulleted list.'
          value={recommendations}
          onChange={setRecommendations}
          rows={5}
          maxLength={reportLimits.recommendations}
        />
        <FormAlert id="report-comments-problem" message={problem} />
        <StatusMessage id="report-comments-done" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save comments and recommendations
        </SubmitButton>
      </form>
    </section>
  );
}
