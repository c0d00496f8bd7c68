// Choosing a folder in the desktop app: files.chooseFolder goes through the
// dispatcher like every call (checked sender, unlocked vault, valid input),
// then opens the system's folder window over the window that asked.
import type { Result } from '../../shared/contract';
import type { FolderPurpose } from '../../shared/contract/files';
import type { CallEvent } from './ipc';

/** The options Waymark passes to Electron's dialog.showOpenDialog. */
export type FolderDialogOptions = {
  title: string;
  buttonLabel: string;
  message: string;
  defaultPath?: string;
  properties: ['openDirectory', 'createDirectory'];
};

/** Electron's dialog.showOpenDialog, parented on the sender's window by main.ts. */
export type ShowFolderDialog<E> = (
  event: E,
  options: FolderDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

type CallHandler<E> = (event: E, channel: unknown, input: unknown) => Promise<Result<unknown>>;

export const chooseFolderChannelName = 'files.chooseFolder';

const wording: Record<FolderPurpose, Pick<FolderDialogOptions, 'title' | 'buttonLabel' | 'message'>> = {
  backups: {
    title: 'Choose the backup folder',
    buttonLabel: 'Back up here',
    message: 'Choose a folder on another drive, such as an encrypted USB stick.',
  },
  plans: {
    title: 'Choose where to save the plans',
    buttonLabel: 'Save here',
    message: 'Waymark saves one Word document per client in this folder.',
  },
  sync: {
    title: 'Choose the folder to sync through',
    buttonLabel: 'Sync through this folder',
    message: 'Choose the folder your computers share, such as a Syncthing folder, a NAS share or a USB stick.',
  },
};

export function folderDialogOptions(purpose: FolderPurpose, startIn: string | undefined): FolderDialogOptions {
  // createDirectory: the adviser can make the folder from the window itself (macOS; the others always can).
  return {
    ...wording[purpose],
    ...(startIn ? { defaultPath: startIn } : {}),
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** Wraps the IPC call handler: once the dispatcher has accepted files.chooseFolder, the folder window opens. */
export function choosesFolderForSender<E extends CallEvent>(
  handle: CallHandler<E>,
  showFolderDialog: ShowFolderDialog<E>,
): CallHandler<E> {
  return async (event, channel, input) => {
    const result = await handle(event, channel, input);
    if (channel !== chooseFolderChannelName || !result.ok) return result;
    // The dispatcher validated the input against the contract before accepting it.
    const { purpose, startIn } = input as { purpose: FolderPurpose; startIn?: string };
    try {
      const chosen = await showFolderDialog(event, folderDialogOptions(purpose, startIn));
      const folder = chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      return { ok: true, value: { isAvailable: true, folder } };
    } catch {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'The folder window could not open. Type the folder’s full path in the box instead.',
        },
      };
    }
  };
}
