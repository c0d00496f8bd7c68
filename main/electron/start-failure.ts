// What the adviser is told when Waymark cannot start: a plain dialog saying
// what happened, what to do, and where the log is, instead of a silent exit.
// A wrong database module is named as such here, not left to fail at unlock.
import type { NativeModuleProblem } from '../db/native-module';

/** Thrown at start when the SQLite module cannot be used; carries the check's finding. */
export class NativeModuleError extends Error {
  readonly problem: NativeModuleProblem;
  constructor(problem: NativeModuleProblem) {
    super(problem.detail);
    this.name = 'NativeModuleError';
    this.problem = problem;
  }
}

export type StartFailureNotice = { title: string; message: string };

const whatToDo: Record<NativeModuleProblem['kind'], string> = {
  'wrong-system':
    'Install the Waymark download made for this computer: Windows, macOS or Linux, and for its processor (Intel or Apple silicon on a Mac). ' +
    'Your vault is not affected.',
  'wrong-runtime':
    'Reinstall Waymark. If you built it yourself, run `npm start` or `npm run dist`, which build the module for Electron. Your vault is not affected.',
  missing: 'Reinstall Waymark. Your vault is not affected.',
  unloadable: 'Reinstall Waymark. If that does not help, the log below says more. Your vault is not affected.',
};

export function describeStartFailure(error: unknown, logFile: string): StartFailureNotice {
  const where = `The log is at:\n${logFile}`;
  if (error instanceof NativeModuleError) {
    return {
      title: 'Waymark cannot open its database module',
      message: `${error.problem.detail}\n\n${whatToDo[error.problem.kind]}\n\n${where}`,
    };
  }
  return {
    title: 'Waymark could not start',
    message:
      'Something went wrong while Waymark was starting, so it has closed. Your vault has not been changed.\n\n' +
      'Start Waymark again. If this happens again, restart the computer; if it still happens, reinstall Waymark ' +
      `and send the log (it holds no client information) to whoever supports your copy.\n\n${where}`,
  };
}
