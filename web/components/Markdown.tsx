import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type HeadingProps = ComponentProps<'h1'> & ExtraProps;

/**
 * A description's headings sit below every heading of the page around it
 * (pages use h1–h3): its h1 is drawn as an h4, its h2 as an h5, anything
 * deeper as an h6. A definition's "# Scope" must not read as a section of
 * the page to a screen reader's heading list.
 */
const demoted = (Tag: 'h4' | 'h5' | 'h6') =>
  function DemotedHeading({ node: _node, ...props }: HeadingProps) {
    return <Tag {...props} />;
  };

/** Absolute links (`https://…`, `//host/…`) leave the catalog; relative ones stay in it. */
const isExternal = (href: string | undefined) => href !== undefined && /^([a-z][a-z\d+.-]*:|\/\/)/i.test(href);

const COMPONENTS: Components = {
  h1: demoted('h4'),
  h2: demoted('h5'),
  h3: demoted('h6'),
  h4: demoted('h6'),
  h5: demoted('h6'),
  h6: demoted('h6'),
  // A link whose URL the transform dropped (javascript:, vbscript:, ...) is left as its text: a link to nowhere.
  // An external one keeps the page's address (a URN) out of the Referer, and gives the page it opens no handle on this one.
  a: ({ node: _node, href, ...props }) => (href ? <a href={href} {...props} rel={isExternal(href) ? 'noopener noreferrer' : undefined} /> : <span {...props} />),
};

const REMARK_PLUGINS = [remarkGfm];

/**
 * Prose the API documents as markdown (GitHub-flavoured: tables, task lists,
 * autolinks), shown in full: a term's definition, a polyseme's description, an
 * asset's description. Raw HTML in it is shown as text, never as markup (no
 * rehype-raw), and react-markdown's default URL transform drops `javascript:`
 * and other unsafe links. A teaser of one line (a search hit, a card in a list)
 * shows the text as it is instead.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
