import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import type { ApiResult, GlossaryTermDetail, GlossaryTreeTerm, IdentityFieldChoices } from '@/lib/api';
import { termStatusLabel } from '@/lib/glossary/termMoves';
import { IDENTITY_COLUMNS_SECTION_ID } from '@/lib/urls/identityColumnsHref';

import { IdentityColumnsEditor } from './IdentityColumnsEditor';
import { DeprecateTermForm } from './edit/DeprecateTermForm';
import { TermContentEditor } from './edit/TermContentEditor';
import { TermStatusForm } from './edit/TermStatusForm';

interface GlossaryTermEditorsProps {
  term: GlossaryTermDetail;
  /** The approved terms that could replace it; null when the viewer may not deprecate it. */
  replacements: ApiResult<GlossaryTreeTerm[]> | null;
  /** What its identity columns editor offers; null when it is no sense or the viewer may not edit it. */
  identityChoices: ApiResult<IdentityFieldChoices> | null;
}

/**
 * What the viewer may do to the term: edit its content (and a sense's identity
 * columns), move it through its lifecycle, decide on it as a reviewer. Shown
 * only from the API's `viewerCan*` answers (the API enforces them again on
 * every write); nothing for a reader.
 */
export function GlossaryTermEditors({ term, replacements, identityChoices }: GlossaryTermEditorsProps) {
  if (!term.viewerCanEdit && !term.viewerCanReview) return null;
  const { urn, version, termStatus } = term;
  const moves = term.viewerCanMoveTo.filter((to) => to !== 'DEPRECATED');
  const needsReviewer = term.viewerCanEdit && termStatus === 'DRAFT' && !term.viewerCanMoveTo.includes('IN_REVIEW');
  return (
    <section aria-labelledby="edit-heading" className="editors">
      <h2 id="edit-heading">{term.viewerCanEdit ? 'Edit' : 'Review'}</h2>
      {term.viewerCanEditContent ? (
        <details className="editor">
          <summary>Edit definition, synonyms and reviewers</summary>
          <TermContentEditor urn={urn} version={version} definition={term.definition} synonyms={term.synonyms} reviewers={term.reviewers} />
        </details>
      ) : (
        term.viewerCanEdit && (
          <p className="notice">
            {termStatus === 'IN_REVIEW'
              ? 'In review: its content is frozen until a reviewer decides. Withdraw it from review to edit it again.'
              : 'Deprecated: a deprecated term is kept as it is; see its replacement.'}
          </p>
        )
      )}
      {identityChoices && term.domain && (
        // Open when the URL chose a dataset or narrowed the list: the person is adding a column.
        <details className="editor" id={IDENTITY_COLUMNS_SECTION_ID} open={identityChoices.ok && (identityChoices.data.chosenUrn !== null || identityChoices.data.datasetQuery !== '')}>
          <summary>Edit identity columns</summary>
          {identityChoices.ok ? (
            <IdentityColumnsEditor term={term} domainName={term.domain.name} choices={identityChoices.data} />
          ) : (
            <ApiErrorBanner failure={identityChoices.failure} />
          )}
        </details>
      )}

      <section aria-labelledby="lifecycle-heading" className="editor term-lifecycle">
        <h3 id="lifecycle-heading">
          Status: <span className="term-lifecycle__status">{termStatusLabel(termStatus)}</span>
        </h3>
        {needsReviewer && (
          <p className="form__hint">To submit it for review, name a reviewer other than yourself under “Edit definition, synonyms and reviewers”.</p>
        )}
        <TermStatusForm urn={urn} version={version} status={termStatus} moves={moves} emptyText={noMoveText(term)} />
        {term.viewerCanMoveTo.includes('DEPRECATED') && (
          <details className="term-lifecycle__deprecate">
            <summary>Deprecate in favour of another term</summary>
            {replacements === null ? null : replacements.ok ? (
              <DeprecateTermForm urn={urn} version={version} candidates={replacements.data} />
            ) : (
              <ApiErrorBanner failure={replacements.failure} />
            )}
          </details>
        )}
      </section>
    </section>
  );
}

function noMoveText(term: GlossaryTermDetail): string {
  if (term.viewerCanMoveTo.includes('DEPRECATED')) return 'Approved: the agreed meaning. Its status can only move to deprecated now; changing what it says sends it back to its reviewers.';
  switch (term.termStatus) {
    case 'IN_REVIEW':
      return 'Waiting for a reviewer other than the one who submitted it.';
    case 'APPROVED':
      return 'Approved: the agreed meaning.';
    case 'DEPRECATED':
      return 'Deprecated: nothing more to decide.';
    default:
      return term.viewerCanEdit ? 'No move is possible yet.' : `Nothing to decide now: it is ${termStatusLabel(term.termStatus)}, not in review.`;
  }
}
