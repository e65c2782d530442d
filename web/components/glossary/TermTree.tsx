import Link from 'next/link';

import type { GlossaryTreeTerm } from '@/lib/api';
import type { TermTreeNode } from '@/lib/glossary/buildTermTree';
import { glossaryTermHref } from '@/lib/urls/glossaryHref';

import { TermStatusBadge } from './TermStatusBadge';

/**
 * A glossary's terms as nested lists: each term a link with its status, the
 * terms grouped under it (CHILD_OF) a list inside its item. Screen readers
 * announce the nesting level and the size of each list; no script needed.
 */
export function TermTree({ nodes, labelledBy }: { nodes: TermTreeNode<GlossaryTreeTerm>[]; labelledBy: string }) {
  return (
    <ul className="term-tree" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <TermTreeItem key={node.term.urn} node={node} />
      ))}
    </ul>
  );
}

function TermTreeItem({ node }: { node: TermTreeNode<GlossaryTreeTerm> }) {
  const { term, children } = node;
  return (
    <li className="term-tree__item">
      <span className="term-tree__term">
        <Link href={glossaryTermHref(term.urn)}>{term.name}</Link> <TermStatusBadge status={term.termStatus} />
      </span>
      {children.length > 0 && (
        <ul className="term-tree__children" aria-label={`Terms under ${term.name}`}>
          {children.map((child) => (
            <TermTreeItem key={child.term.urn} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
