// How the tool scripts start other programs, the same way on every system.
// Node and Electron are started directly: through cmd.exe, a path such as
// C:\Program Files\nodejs\node.exe would be split at its space. Only npm.cmd,
// a batch file, needs a shell on Windows, and then every argument is quoted.

export type Command = { command: string; args: string[]; shell: boolean };

export type CommandContext = {
  platform: NodeJS.Platform;
  /** process.execPath: the Node running this script. */
  nodePath: string;
  /** process.env.npm_execpath: npm's own CLI script, set when npm runs a script. */
  npmExecPath?: string | undefined;
};

/** A program started directly, never through a shell. */
export function directCommand(command: string, args: string[]): Command {
  return { command, args, shell: false };
}

/** `npm <args>`: npm's CLI script run by this Node when known, otherwise npm itself. */
export function npmCommand(args: string[], { platform, nodePath, npmExecPath }: CommandContext): Command {
  if (npmExecPath && /\.[cm]?js$/i.test(npmExecPath)) return directCommand(nodePath, [npmExecPath, ...args]);
  // Node refuses to start a .cmd file without a shell (CVE-2024-27980), so cmd.exe it is.
  if (platform === 'win32') return { command: 'npm.cmd', args: args.map(quoteForCmd), shell: true };
  return directCommand('npm', args);
}

/**
 * Quotes one argument for cmd.exe when it needs it. Node hands cmd.exe the
 * command and arguments joined by spaces, so an unquoted space would split one.
 */
export function quoteForCmd(arg: string): string {
  if (arg !== '' && !/[\s"&|<>^%!()]/.test(arg)) return arg;
  // Inside quotes cmd.exe still expands %VAR%; doubling the quote is how a literal quote is written.
  return `"${arg.replace(/"/g, '""')}"`;
}
