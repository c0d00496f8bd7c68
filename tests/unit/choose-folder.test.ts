// Choosing a folder in the desktop app: the folder window opens only after the
// dispatcher accepted files.chooseFolder, is worded for what the folder is for,
// and a cancelled window is the adviser's choice, not an error.
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract';
import type { CallEvent } from '../../main/electron/ipc';
import { choosesFolderForSender, type ShowFolderDialog } from '../../main/electron/choose-folder';

const frame = { url: 'app://waymark/index.html', parent: null, processId: 1, routingId: 1 };
const event: CallEvent = { senderFrame: frame, sender: { mainFrame: frame } };
const accepted = async (): Promise<Result<unknown>> => ({ ok: true, value: { isAvailable: false, folder: null } });

function dialogAnswering(answer: { canceled: boolean; filePaths: string[] } | Error) {
  return vi.fn<ShowFolderDialog<CallEvent>>(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

describe('files.chooseFolder in the desktop app', () => {
  it('opens the folder window, starting in the folder already set, and answers the folder chosen', async () => {
    const dialog = dialogAnswering({ canceled: false, filePaths: ['E:\\Waymark backups'] });
    const result = await choosesFolderForSender(accepted, dialog)(event, 'files.chooseFolder', {
      purpose: 'backups',
      startIn: 'E:\\Old',
    });
    expect(result).toEqual({ ok: true, value: { isAvailable: true, folder: 'E:\\Waymark backups' } });
    expect(dialog).toHaveBeenCalledExactlyOnceWith(event, {
      title: 'Choose the backup folder',
      buttonLabel: 'Back up here',
      message: expect.stringMatching(/another drive/),
      defaultPath: 'E:\\Old',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('answers no folder when the adviser cancels', async () => {
    const result = await choosesFolderForSender(accepted, dialogAnswering({ canceled: true, filePaths: [] }))(
      event,
      'files.chooseFolder',
      { purpose: 'plans' },
    );
    expect(result).toEqual({ ok: true, value: { isAvailable: true, folder: null } });
  });

  it('says to type the path when the window cannot open', async () => {
    const result = await choosesFolderForSender(accepted, dialogAnswering(new Error('no display')))(
      event,
      'files.chooseFolder',
      { purpose: 'plans' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/Type the folder’s full path/) },
    });
  });

  it('opens nothing when the dispatcher refused the call, or for any other channel', async () => {
    const dialog = dialogAnswering({ canceled: false, filePaths: ['/tmp'] });
    const refused = { ok: false, error: { code: 'LOCKED', message: 'The vault is locked.' } } as const;
    expect(
      await choosesFolderForSender(async () => refused, dialog)(event, 'files.chooseFolder', { purpose: 'plans' }),
    ).toEqual(refused);
    expect(await choosesFolderForSender(accepted, dialog)(event, 'vault.status', {})).toEqual({
      ok: true,
      value: { isAvailable: false, folder: null },
    });
    expect(dialog).not.toHaveBeenCalled();
  });
});
