/**
 * `npx polder <command>`: the one entry point for people and scripts.
 * A failure is printed as one line that says what went wrong; the stack trace
 * only with POLDER_DEBUG=1.
 */
import { createLogger, loadConfig } from '@polder/runtime';
import { asksForHelp, commandHelp, COMMANDS, refuseUnexpectedArguments, usage } from './commands/index.ts';
import { describeFailure } from './describeFailure.ts';
import { exitCodeOf } from './commands/UsageError.ts';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`polder: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  refuseUnexpectedArguments(name, args);
  const config = loadConfig();
  const logger = createLogger('polder', config.logLevel);
  return (await command.run(args, { config, logger })) ?? 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`polder: ${describeFailure(error)}\n`);
    if (process.env.POLDER_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
