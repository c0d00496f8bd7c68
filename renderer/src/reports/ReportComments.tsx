// The adviser's comments and recommendations, kept with the report's period
// and printed at the end of the report.
import { useState, type FormEvent } from 'react';
import { reportLimits, type ReportPeriodInput } from '../../../shared/contract/reports';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';

type Props = { period: ReportPeriodInput; initial: { comments: string; recommendations: string }; onSaved: () => void };

export function ReportComments({ period, initial, onSaved }: Props) {
  const [comments, setComments] = useState(initial.comments);
  const [recommendations, setRecommendations] = useState(initial.recommendations);
  const { status, submit } = useForm();

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => ({ value: { ...period, comments, recommendations } }),
      send: (input) => call('reports.saveComments', input),
      onSent: () => {
        onSaved();
        return 'Saved with this period. The report you download now includes them.';
      },
    });

  return (
    <section className="panel" aria-labelledby="report-comments-heading">
      <h2 id="report-comments-heading">Your comments and recommendations</h2>
      <form onSubmit={save} noValidate>
        <TextAreaField
          id="report-comments"
          label="Comments"
          hint="How the term went, for the careers leader."
          value={comments}
          onChange={setComments}
          rows={5}
          maxLength={reportLimits.comments}
        />
        <TextAreaField
          id="report-recommendations"
          label="Recommendations"
          hint='What you recommend next. Start a line with "- " for a bulleted list.'
          value={recommendations}
          onChange={setRecommendations}
          rows={5}
          maxLength={reportLimits.recommendations}
        />
        <FormActions idPrefix="report-comments" status={status}>
          Save comments and recommendations
        </FormActions>
      </form>
    </section>
  );
}
