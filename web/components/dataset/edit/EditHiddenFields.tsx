/** What every edit form sends besides its fields: which edit, of what, from which version. */
export function EditHiddenFields({ edit, urn, version }: { edit: string; urn: string; version: number }) {
  return (
    <>
      <input type="hidden" name="edit" value={edit} />
      <input type="hidden" name="urn" value={urn} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}
