import type { SourceConfigOf } from '@polder/runtime';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { extractDirectoryFiles } from './extract.ts';
import { mapDirectory } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';
import { parseDirectory } from './parseDirectory.ts';

/**
 * Crawls a people directory (`kind: directory`): Polder's YAML or a SCIM 2.0
 * export, from a file or a directory of them (README.md). Every file is checked
 * before anything is mapped: one problem fails the run with every problem listed
 * (DirectoryError), and the graph keeps what the last good run wrote. A person
 * no longer in the files is marked removed like any crawled asset.
 */
export class DirectoryProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'directory'>): DirectoryProvider {
    return new DirectoryProvider(source);
  }

  readonly name: string;

  private constructor(private readonly source: SourceConfigOf<'directory'>) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    const files = await extractDirectoryFiles(this.source.path);
    const directory = parseDirectory(files);
    const snapshot = mapDirectory(directory, this.source.id);
    // An empty directory removes every person the source had: say so, in case the directory is not the one meant.
    if (files.length === 0) snapshot.warnings.push({ where: this.name, message: `${this.source.path} holds no *.yaml, *.yml or *.json file` });
    return { snapshot, stats: { people: directory.people.length, teams: directory.teams.length, memberships: directory.memberships.length } };
  }
}
