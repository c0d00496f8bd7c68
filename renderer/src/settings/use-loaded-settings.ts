// A settings panel's first step: read the settings once and hand them to the
// panel, or say in the panel's own problem box that they could not be read.
// What the adviser typed while they loaded is theirs: the saved values fill
// only the boxes still as they started (savedUnlessTyped).
import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';

type Settings = ChannelOutput<'settings.get'>;

/** Returns whether the settings have been read. */
export function useLoadedSettings(apply: (settings: Settings) => void, setProblem: (message: string) => void): boolean {
  const [isLoaded, setIsLoaded] = useState(false);
  // The first render's callbacks are the ones used: the settings are read once.
  const handlers = useRef({ apply, setProblem });
  useEffect(() => {
    let isCurrent = true;
    void call('settings.get', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        handlers.current.setProblem(`Your settings could not be read. ${result.error.message}`);
        return;
      }
      handlers.current.apply(result.value);
      setIsLoaded(true);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return isLoaded;
}

/** The saved values, except in the boxes the adviser changed from their blank start while the settings loaded. */
export function savedUnlessTyped<Fields extends Record<string, unknown>>(
  saved: Fields,
  typed: Fields,
  blank: Fields,
): Fields {
  const changed = Object.entries(typed).filter(([name, value]) => value !== blank[name]);
  return { ...saved, ...Object.fromEntries(changed) };
}
