// The competency framework chosen in Settings, for screens that tag or rate
// against it; undefined until Settings has answered (or if it cannot).
import { useEffect, useState } from 'react';
import type { FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';

export function useChosenFramework(): { framework: FrameworkId | undefined; isLoaded: boolean } {
  const [state, setState] = useState<{ framework: FrameworkId | undefined; isLoaded: boolean }>({
    framework: undefined,
    isLoaded: false,
  });
  useEffect(() => {
    let isCurrent = true;
    void call('settings.get', {}).then((result) => {
      if (isCurrent) setState({ framework: result.ok ? result.value.competencyFramework : undefined, isLoaded: true });
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
