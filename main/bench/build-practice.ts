// Child process of `waymark bench`: builds the practice in the given folder and
// reports progress as one JSON line per batch on stdout.
import { buildPractice } from './practice';

const [directory, clients] = process.argv.slice(2) as [string, string];
const summary = await buildPractice(directory, Number(clients), (written) =>
  process.stdout.write(`${JSON.stringify({ written })}\n`),
);
process.stdout.write(`${JSON.stringify({ summary })}\n`);
