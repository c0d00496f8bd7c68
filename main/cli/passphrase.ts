// Passphrases reach the CLI from WAYMARK_PASSPHRASE or a no-echo prompt on a
// terminal, never from a flag (flags end up in shell history and process lists).
import { AppError } from '../errors';

export const passphraseVariable = 'WAYMARK_PASSPHRASE';

export type PassphraseSource = {
  environment: NodeJS.ProcessEnv;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
};

const processSource: PassphraseSource = { environment: process.env, input: process.stdin, output: process.stderr };

export async function readPassphrase(prompt: string, source: PassphraseSource = processSource): Promise<string> {
  const fromEnvironment = source.environment[passphraseVariable];
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!source.input.isTTY) {
    throw new AppError(
      'VALIDATION',
      `No passphrase given. Set ${passphraseVariable}, or run this in a terminal to be asked for it.`,
    );
  }
  return promptWithoutEcho(prompt, source);
}

function promptWithoutEcho(prompt: string, { input, output }: PassphraseSource): Promise<string> {
  return new Promise((resolvePrompt, rejectPrompt) => {
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      if (error) rejectPrompt(error);
      else resolvePrompt(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish();
        if (character === '\u0003') return finish(new AppError('VALIDATION', 'Cancelled.'));
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}
