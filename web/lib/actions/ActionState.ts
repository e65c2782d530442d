/**
 * What a form's server action answers, for `useActionState`. Failures are
 * messages for the person, never thrown: a thrown error would land on the
 * error page and lose what they typed.
 */
export type ActionState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | {
      status: 'failed';
      message: string;
      /** Someone else edited since the page was read: offer a reload, never overwrite. */
      conflict?: boolean;
      /** The session ended since the page was drawn (it expired, or they signed out in another tab). */
      signedOut?: boolean;
      /** What was submitted, to put back in the form. */
      values?: Record<string, string>;
    };

export const IDLE: ActionState = { status: 'idle' };
