// A small "Rate" choice beside each competency the interview touched: the
// client's own rating from 1 to 4, dated as the interview and kept in the
// interview's framework. Each change saves the interview's ratings whole.
import { useState } from 'react';
import { competencyByNumber, frameworks, type FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';

type Props = { clientId: string; interviewId: string; framework: FrameworkId; tagged: number[] };

export function InterviewRatings({ clientId, interviewId, framework, tagged }: Props) {
  const progress = useQuery('progress.forClient', { clientId });
  const [changed, setChanged] = useState<Record<string, number> | null>(null);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { scale } = frameworks[framework];
  const options = [
    { value: '', label: 'Not rated' },
    ...scale.levels.map((level) => ({ value: String(level.value), label: `${level.value} ${level.label}` })),
  ];
  const saved = Object.fromEntries(
    (progress.value?.interviewRatings ?? [])
      .filter((rating) => rating.interviewId === interviewId)
      .map((rating) => [rating.competency, rating.rating]),
  );
  const ratings = changed ?? saved;
  const competencies = tagged
    .map((number) => competencyByNumber(framework, number))
    .filter((competency) => competency !== undefined);
  if (competencies.length === 0 || !progress.value) return null;

  const rate = async (key: string, value: string) => {
    const next = Object.fromEntries(
      Object.entries(ratings).filter(
        ([competency]) => competency !== key && competencies.some((tag) => tag.key === competency),
      ),
    );
    if (value !== '') next[key] = Number(value);
    setChanged(next);
    setDone('');
    const result = await call('progress.rateAtInterview', {
      interviewId,
      ratings: Object.entries(next).map(([competency, rating]) => ({ competency, rating })),
    });
    if (!result.ok) setProblem(result.error.message);
    else {
      setProblem('');
      setDone('Rating saved.');
    }
  };

  return (
    <fieldset className="form-subsection interview-ratings">
      <legend>How the client rates themselves now</legend>
      {competencies.map((competency) => (
        <SelectField
          key={competency.key}
          id={`interview-rating-${competency.key}`}
          label={`Rate: ${competency.label}`}
          value={ratings[competency.key] === undefined ? '' : String(ratings[competency.key])}
          options={options}
          onChange={(value) => void rate(competency.key, value)}
        />
      ))}
      <FormAlert id="interview-ratings-problem" message={problem} />
      <StatusMessage id="interview-ratings-done" message={done} />
    </fieldset>
  );
}
