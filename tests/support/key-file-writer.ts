// Child process for the atomic-write test: rewrites the key file in a tight
// loop, alternating two valid versions, until it is killed.
import { writeKeyFile, type KeyFile } from '../../main/vault/key-file';

const [file, first, second] = process.argv.slice(2) as [string, string, string];
const versions = [JSON.parse(first) as KeyFile, JSON.parse(second) as KeyFile];
let round = 0;
process.stdout.write('writing\n');
for (;;) {
  writeKeyFile(file, versions[round % 2] as KeyFile);
  round += 1;
}
