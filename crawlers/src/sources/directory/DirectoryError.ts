/**
 * Directory files that cannot be crawled: a path that cannot be read, or files
 * that break the formats' rules. A crawl checks every file before it fails, so
 * the message lists every problem at once, one a line, each with its file and
 * the path into the file's value:
 *
 *   2 problems in 1 file:
 *     people.yaml: people[3].email: "ana@" is not an e-mail address
 *     people.yaml: people[4].teams[0]: no team "erp" in the directory
 */
export interface DirectoryProblem {
  /** The file as messages name it: relative to the source's directory. */
  file: string;
  /** A path into the file's value, `people[3].email`; empty for the whole file. */
  at: string;
  message: string;
}

export class DirectoryError extends Error {
  override name = 'DirectoryError';

  constructor(
    message: string,
    readonly problems: DirectoryProblem[] = [],
  ) {
    super(message);
  }

  static of(problems: DirectoryProblem[]): DirectoryError {
    const files = new Set(problems.map((problem) => problem.file)).size;
    const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
    return new DirectoryError([`${plural(problems.length, 'problem')} in ${plural(files, 'file')}:`, ...lines].join('\n'), problems);
  }
}

export function formatProblem({ file, at, message }: DirectoryProblem): string {
  return `${file}: ${at ? `${at}: ` : ''}${message}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
