// The adviser's settings.
import { readSettings, updateSettings } from '../services/settings';
import type { settingsChannels } from '../../shared/contract/settings';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function settingsHandlers({
  vault: current,
  onSettingsChanged,
}: HandlerContext): HandlerGroup<typeof settingsChannels> {
  return {
    'settings.get': () => readSettings(current().database().db),
    'settings.update': (changes) => {
      const updated = updateSettings(current().database().db, changes);
      onSettingsChanged();
      return updated;
    },
  };
}
