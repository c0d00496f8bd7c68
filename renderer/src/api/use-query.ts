// Reads one channel for a screen: loads on mount and whenever the input's
// content changes, can be reloaded after a change, and never lets a slow
// answer for an old input overwrite a newer one.
import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call } from './client';

export type Query<T> = {
  /** The latest value for this input (kept while a reload is under way). */
  value: T | undefined;
  isLoading: boolean;
  /** The error message of the latest attempt, or ''. */
  problem: string;
  reload(): void;
};

type Loaded<T> = { key: string; version: number; value: T | undefined; problem: string };

/** isEnabled: false skips the call (an edit screen's record when adding a new one). */
export function useQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  { isEnabled = true }: { isEnabled?: boolean } = {},
): Query<ChannelOutput<C>> {
  // The input travels as its JSON, so the effect re-runs when its content changes, not its identity.
  const key = `${channel} ${JSON.stringify(input)}`;
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<ChannelOutput<C>> | null>(null);

  useEffect(() => {
    if (!isEnabled) return undefined;
    let isCurrent = true;
    const parsedInput = JSON.parse(key.slice(channel.length + 1)) as ChannelInput<C>;
    void call(channel, parsedInput).then((result) => {
      if (!isCurrent) return;
      setLoaded((previous) => ({
        key,
        version,
        value: result.ok ? result.value : previous?.key === key ? previous.value : undefined,
        problem: result.ok ? '' : result.error.message,
      }));
    });
    return () => {
      isCurrent = false;
    };
  }, [channel, key, version, isEnabled]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const isForKey = isEnabled && loaded?.key === key;
  return {
    value: isForKey ? loaded.value : undefined,
    isLoading: isEnabled && (!isForKey || loaded.version !== version),
    problem: isForKey ? loaded.problem : '',
    reload,
  };
}
