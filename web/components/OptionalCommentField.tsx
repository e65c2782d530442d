interface OptionalCommentFieldProps {
  /** The form's `useId()`: the field is `${idPrefix}-comment`. */
  idPrefix: string;
  /** What was typed before a refused edit, or empty. */
  defaultValue: string;
  /** Where the comment is kept, in the hint's words: "kept in the audit trail". */
  keptIn: string;
  /** What the comment explains, when not the edit itself ("why it goes"). */
  why?: string;
}

/** The optional comment every edit takes (a dataset's, a term's, a polyseme's), asked for the same way in each form. */
export function OptionalCommentField({ idPrefix, defaultValue, keptIn, why = 'why' }: OptionalCommentFieldProps) {
  return (
    <div className="form__field">
      <label htmlFor={`${idPrefix}-comment`}>Comment</label>
      <input id={`${idPrefix}-comment`} name="comment" maxLength={2000} defaultValue={defaultValue} aria-describedby={`${idPrefix}-comment-hint`} />
      <p id={`${idPrefix}-comment-hint`} className="form__hint">
        Optional: {why}, {keptIn}.
      </p>
    </div>
  );
}
