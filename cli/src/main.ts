/**
 * `npx polder <command>`: the one entry point for people and scripts.
 * A failure is printed as one line that says what went wrong (a mistake in the
 * shape of a command line adds the command's usage below it); the stack trace
 * only with POLDER_DEBUG=1.
 */
import { createLogger, loadConfig } from '@polder/runtime';
import { asksForHelp, commandHelp, COMMANDS, commandUsage, refuseUnexpectedArguments, usage } from './commands/index.ts';
import { describeFailure } from './describeFailure.ts';
import { exitCodeOf, UsageError } from './commands/UsageError.ts';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  // Own properties only: `polder constructor` is an unknown command, not Object's.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
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

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`polder: ${describeFailure(error)}\n`);
    const name = argv[0] ?? '';
    if (error instanceof UsageError && error.options.showUsage && Object.hasOwn(COMMANDS, name)) process.stderr.write(`\n${commandUsage(name)}`);
    if (process.env.POLDER_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
