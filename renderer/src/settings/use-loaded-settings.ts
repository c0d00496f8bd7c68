// A settings panel's first step: read the settings once and hand them to the
// panel, or say in the panel's own problem box that they could not be read.
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
