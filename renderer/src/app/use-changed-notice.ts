// A section that changes its records in place: the message saying what changed
// (for its StatusMessage), given as the records are read again.
import { useState } from 'react';

export function useChangedNotice(reload: () => void) {
  const [done, setDone] = useState('');
  const changed = (message: string) => {
    setDone(message);
    reload();
  };
  return { done, setDone, changed };
}
