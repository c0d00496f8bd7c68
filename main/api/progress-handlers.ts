// A client's progress over time: ratings on the competency frameworks and scaling scores.
import type { progressChannels } from '../../shared/contract/progress';
import { progressForClient, rateAtInterview, recordSelfAssessment } from '../services/progress';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function progressHandlers({ vault }: HandlerContext): HandlerGroup<typeof progressChannels> {
  const open = () => vault().database();
  return {
    'progress.forClient': (input) => progressForClient(open(), input),
    'progress.recordSelfAssessment': (input) => recordSelfAssessment(open(), input),
    'progress.rateAtInterview': (input) => rateAtInterview(open(), input),
  };
}
