import { CopyButton } from './dataset/CopyButton';

/** An entity's URN, as tools and the API name it, with a button that copies it: the same line on every detail page. */
export function UrnLine({ urn }: { urn: string }) {
  return (
    <div className="urn">
      <span className="urn__label">URN</span>
      <code className="urn__value">{urn}</code>
      <CopyButton text={urn} label="Copy URN" />
    </div>
  );
}
