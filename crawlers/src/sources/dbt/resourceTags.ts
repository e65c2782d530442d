/** A resource's tags: `tags` and `config.tags` (a string or a list), which dbt keeps both of, usually equal. */
export function resourceTags(resource: { tags?: string[]; config?: { tags?: string[] | string } }): string[] {
  const configTags = resource.config?.tags ?? [];
  return [...new Set([...(resource.tags ?? []), ...(Array.isArray(configTags) ? configTags : [configTags])])];
}
