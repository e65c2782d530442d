/** Export and import of glossaries: parse (pure), then hand the entries to the transfer service. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { cleanText } from '../edits/editInputRules.ts';
import { CsvError, decodeUtf8 } from './csv.ts';
import { parseDataHubGlossary } from './datahubGlossary.ts';
import { glossaryFromCsv, glossaryToCsv } from './glossaryCsv.ts';
import { checkGlossaryId } from './glossaryId.ts';
import { GlossaryFileError, glossaryFromYaml, glossaryToYaml } from './glossaryYaml.ts';
import type { ImportRequest } from './glossaryTransfer.service.ts';
import { ExportGlossaryInput, GlossaryFileFormat, GlossaryImportReport, ImportGlossaryInput } from './glossaryTransfer.type.ts';

/** About 5 MB of text: under the API's body limit with room for base64. */
const MAX_FILE = 5_000_000;

@Resolver()
export class GlossaryTransferResolver {
  @Query(() => String, { description: 'A glossary as a file (CSV or YAML) that `importGlossary` reads back without loss.' })
  async exportGlossary(@Arg('input', () => ExportGlossaryInput, { description: 'Which glossary, and in which format.' }) input: ExportGlossaryInput, @Ctx() ctx: ApiContext): Promise<string> {
    const glossary = checkGlossaryId(input.glossary);
    if (input.format === GlossaryFileFormat.DATAHUB_YAML) throw apiError('BAD_USER_INPUT', 'format: DATAHUB_YAML is for imports; export as CSV or YAML', { argument: 'input.format' });
    const entries = await ctx.glossaryTransfer.exportEntries(glossary);
    return input.format === GlossaryFileFormat.CSV ? glossaryToCsv(entries) : glossaryToYaml(entries);
  }

  @Mutation(() => GlossaryImportReport, { description: 'Imports a glossary file in one transaction (all or nothing); reports what was created, updated and skipped. With dryRun, changes nothing.' })
  async importGlossary(@Arg('input', () => ImportGlossaryInput, { description: 'The glossary, the file\'s content and format, and whether only to report what would change (`dryRun`).' }) input: ImportGlossaryInput, @Ctx() ctx: ApiContext): Promise<GlossaryImportReport> {
    const glossary = checkGlossaryId(input.glossary);
    const comment = cleanText(input.comment, 'input.comment', 2000);
    ctx.glossaryTransfer.assertMayImport(ctx.principal, glossary);
    const text = fileText(input);
    let parsed: { rows: ImportRequest['rows']; notes: ImportRequest['notes'] };
    try {
      if (input.format === GlossaryFileFormat.DATAHUB_YAML) {
        const datahub = parseDataHubGlossary(text);
        parsed = { rows: datahub.entries, notes: datahub.notes };
      } else parsed = { rows: input.format === GlossaryFileFormat.CSV ? glossaryFromCsv(text) : glossaryFromYaml(text), notes: [] };
    } catch (error) {
      throw fileError(error);
    }
    return ctx.glossaryTransfer.importEntries(ctx.principal, { glossary, rows: parsed.rows, notes: parsed.notes, dryRun: input.dryRun, action: 'importGlossary', comment });
  }
}

function fileText(input: ImportGlossaryInput): string {
  if ((input.content == null) === (input.contentBase64 == null)) throw apiError('BAD_USER_INPUT', 'give the file as content or as contentBase64 (one of them)', { argument: 'input.content' });
  if (input.content != null) {
    if (input.content.length > MAX_FILE) throw apiError('BAD_USER_INPUT', `content: at most ${MAX_FILE.toLocaleString('en')} characters`, { argument: 'input.content' });
    return input.content;
  }
  const bytes = Buffer.from(input.contentBase64!, 'base64');
  if (bytes.length > MAX_FILE) throw apiError('BAD_USER_INPUT', `contentBase64: at most ${MAX_FILE.toLocaleString('en')} bytes`, { argument: 'input.contentBase64' });
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    throw fileError(error);
  }
}

function fileError(error: unknown): Error {
  if (error instanceof CsvError) return apiError('BAD_USER_INPUT', error.message, { line: error.line, column: error.column });
  if (error instanceof GlossaryFileError) return apiError('BAD_USER_INPUT', error.message, error.line === undefined ? {} : { line: error.line });
  return error as Error;
}
