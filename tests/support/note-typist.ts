// Child process for the autosave test: types into an interview stage, saving
// as the app does, and reports each acknowledged save until it is killed.
import { saveNotes } from '../../main/services/interviews';
import { createVault } from '../../main/vault';
import { testKdf } from './vault-fixture';

const [directory, passphrase, interviewId] = process.argv.slice(2) as [string, string, string];
const vault = createVault({ directory, kdf: testKdf });
await vault.unlock(passphrase);
const open = vault.database();
let text = '';
for (let word = 1; ; word += 1) {
  text += `word${word} `;
  saveNotes(open, interviewId, 1, text);
  process.stdout.write(`${text.length}\n`);
}
