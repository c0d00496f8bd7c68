// The interview itself, used in front of the young person: the stages of the
// chosen model, large notes that save themselves, last time's actions first,
// new actions, details and scores, pictures, and Finish.
import { useCallback, useRef, useState } from 'react';
import { interviewDetailsSchema, type Interview, type InterviewDetails } from '../../../shared/contract/interviews';
import { interviewModeLabels } from '../../../shared/guidance-models';
import { useQuery } from '../api/use-query';
import { SaveStatusLine } from '../autosave/SaveStatusLine';
import { BackLink } from '../components/BackLink';
import { LoadingScreen } from '../components/LoadingScreen';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatDate } from '../format/dates';
import { FinishInterview } from './FinishInterview';
import { InterviewActions } from './InterviewActions';
import { InterviewAttachments } from './InterviewAttachments';
import { InterviewDetailsPanel } from './InterviewDetailsPanel';
import { InterviewTimer } from './InterviewTimer';
import { PreviousActions } from './PreviousActions';
import { StageNavigator } from './StageNavigator';
import { StageNotesEditor } from './StageNotesEditor';
import { useStageNotes } from './use-stage-notes';
import { useStageShortcuts } from './use-stage-shortcuts';

type Props = { interviewId: string };

export function InterviewScreen({ interviewId }: Props) {
  const interview = useQuery('interviews.get', { id: interviewId });
  if (!interview.value) {
    return <LoadingScreen heading="Interview" query={interview} what="the interview" problemWhat="This interview" />;
  }
  return <InterviewWorkspace key={interview.value.id} initial={interview.value} />;
}

function InterviewWorkspace({ initial }: { initial: Interview }) {
  const [interview, setInterview] = useState(initial);
  const [stageIndex, setStageIndex] = useState(0);
  const notes = useStageNotes(initial);
  const { flush } = notes.autosave;
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  const stageCount = interview.stages.length;

  const moveTo = useCallback(
    (index: number) => {
      if (index < 0 || index >= stageCount) return;
      void flush();
      setStageIndex(index);
      // The new stage's notes take the keyboard, so writing carries straight on.
      window.requestAnimationFrame(() => textAreaRef.current?.focus());
    },
    [flush, stageCount],
  );
  useStageShortcuts(
    () => moveTo(stageIndex + 1),
    () => moveTo(stageIndex - 1),
  );

  const stage = interview.stages[stageIndex];
  const keepDetails = useCallback(
    (updated: Interview) => setInterview((current) => ({ ...current, ...pickDetails(updated) })),
    [],
  );
  const isSaveFailed = notes.autosave.status.kind === 'failed';

  return (
    <div className="interview">
      <BackLink />
      <div className="screen-top interview-top">
        <div>
          <ScreenHeading>Interview with {interview.clientName}</ScreenHeading>
          <p className="screen-subtitle">
            {interview.templateName} · {formatDate(interview.heldOn)} · {interviewModeLabels[interview.mode]}
            {interview.isFinished ? ' · Finished' : ''}
          </p>
        </div>
        <div className="interview-status">
          <InterviewTimer
            heldOn={interview.heldOn}
            startsAt={interview.startsAt}
            durationMinutes={interview.durationMinutes}
          />
          <SaveStatusLine id="notes-save-status" status={notes.autosave.status} what="notes" />
        </div>
      </div>
      <div className="interview-layout">
        <StageNavigator stages={interview.stages} texts={notes.texts} currentIndex={stageIndex} onChoose={moveTo} />
        {stage ? (
          <StageNotesEditor
            stage={stage}
            index={stageIndex}
            count={stageCount}
            text={notes.texts[stageIndex] ?? ''}
            onChange={(text) => notes.change(stageIndex, text)}
            onBlur={() => void flush()}
            onMove={moveTo}
            textAreaRef={textAreaRef}
            describedBy={isSaveFailed ? 'notes-save-status-problem' : 'notes-save-status'}
          />
        ) : null}
        <div className="interview-side">
          <PreviousActions clientId={interview.clientId} interviewId={interview.id} />
          <InterviewActions interview={interview} onChanged={setInterview} />
        </div>
      </div>
      <InterviewDetailsPanel interview={initial} onSaved={keepDetails} />
      <InterviewAttachments interview={interview} onChanged={setInterview} />
      <FinishInterview interview={interview} onFinished={setInterview} />
    </div>
  );
}

/** What the details panel changes (the contract's interview details); notes stay with the notes autosave. */
function pickDetails(updated: Interview): Partial<Interview> {
  const details: Partial<Interview> = {};
  const copy = <Key extends keyof InterviewDetails>(key: Key) => {
    details[key] = updated[key];
  };
  for (const key of interviewDetailsSchema.keyof().options) copy(key);
  return details;
}
