import 'server-only';

import { namedClassifications } from '../classification/classificationChoices';
import type { ApiResult } from './ApiResult';
import { GLOSSARY_TERMS_LIMIT } from './getGlossaries';
import { setClassificationsMutation } from './mutations/setClassificationsMutation';
import { classificationChoicesQuery } from './queries/classificationChoicesQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * The classifications the catalog names, to offer when classifying: those its glossary terms pass on and
 * those its policies select by, once each, sorted. (The API takes any other upper-case name too.)
 */
export async function getClassificationChoices(): Promise<ApiResult<string[]>> {
  const result = await requestGraphQL(classificationChoicesQuery, { termLimit: GLOSSARY_TERMS_LIMIT });
  if (!result.ok) return result;
  const { glossaries, policies } = result.data;
  const lists = [...glossaries.flatMap((glossary) => glossary.terms.map((term) => term.classifications)), ...policies.map((policy) => policy.target.classifications)];
  return { ok: true, data: namedClassifications(lists) };
}

/**
 * Sets the classifications of a dataset or column (the full list), with the version the page read; a
 * CONFLICT failure (someone edited since) changed nothing.
 */
export async function setClassifications(urn: string, expectedVersion: number, classifications: string[], comment: string | null = null): Promise<ApiResult<{ version: number | undefined }>> {
  const result = await requestGraphQL(setClassificationsMutation, { input: { urn, expectedVersion, classifications, comment } });
  return result.ok ? { ok: true, data: { version: result.data.setClassifications.version } } : result;
}
