// Retention: the schedule in force, the clients past it, and decisions to keep.
import type { retentionChannels } from '../../shared/contract/retention';
import { todayInLondon } from '../../shared/dates';
import {
  keepClient,
  keptClients,
  readRetentionSchedule,
  retentionReview,
  saveRetentionSchedule,
} from '../services/retention';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function retentionHandlers({ vault }: HandlerContext): HandlerGroup<typeof retentionChannels> {
  const open = () => vault().database();
  return {
    'retention.schedule': () => readRetentionSchedule(open()),
    'retention.saveSchedule': (schedule) => saveRetentionSchedule(open(), schedule),
    'retention.review': ({ on, offset, limit }) => retentionReview(open(), on ?? todayInLondon(), { offset, limit }),
    'retention.kept': ({ on }) => keptClients(open(), on ?? todayInLondon()),
    'retention.keep': (input) => keepClient(open(), input),
  };
}
