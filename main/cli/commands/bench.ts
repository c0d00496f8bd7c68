// `waymark bench`: timings at practice scale (see docs/performance.md).
import { runBenchmark } from '../../bench/run';
import { AppError } from '../../errors';
import type { CommandOptions, CommandResult } from '../program';

export async function benchCommand(options: CommandOptions & { clients: string }): Promise<CommandResult> {
  const clients = Number(options.clients);
  if (!Number.isInteger(clients) || clients < 10 || clients > 100_000)
    throw new AppError('VALIDATION', '--clients must be a whole number from 10 to 100000.');
  const report = await runBenchmark(clients, (line) => process.stderr.write(`bench: ${line}\n`));
  const lines = Object.entries(report.metrics).map(([name, value]) => `${name.padEnd(28)} ${value}`);
  return {
    json: report,
    human: [`${report.clients} clients, ${report.interviews} interviews, ${report.plans} plans`, ...lines].join('\n'),
  };
}
