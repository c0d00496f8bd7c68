// The adviser's comments and recommendations, kept with the report's period
// and printed at the end of the report.
import type { FormEvent } from 'react';
import { reportsChannels, type ReportPeriodInput } from '../../../shared/contract/reports';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';

type Props = { period: ReportPeriodInput; initial: { comments: string; recommendations: string }; onSaved: () => void };

export function ReportComments({ period, initial, onSaved }: Props) {
  const { draft, field, formRef, status, submit } = useDraftForm(
    'report',
    {
      comments: initial.comments,
      recommendations: initial.recommendations,
    },
    reportsChannels['reports.saveComments'].input,
  );

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(reportsChannels['reports.saveComments'].input, { ...period, ...draft }),
      send: (input) => call('reports.saveComments', input),
      onSent: () => {
        onSaved();
        return 'Saved with this period. The report you download now includes them.';
      },
    });

  return (
    <section className="panel" aria-labelledby="report-comments-heading">
      <h2 id="report-comments-heading">Your comments and recommendations</h2>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextAreaField
          {...field('comments')}
          label="Comments"
          hint="How the term went, for the careers leader."
          rows={5}
        />
        <TextAreaField
          {...field('recommendations')}
          label="Recommendations"
          hint='What you recommend next. Start a line with "- " for a bulleted list.'
          rows={5}
        />
        <FormActions idPrefix="report-comments" status={status}>
          Save comments and recommendations
        </FormActions>
      </form>
    </section>
  );
}
