import type { EditRequest } from './EditRequest.ts';

/**
 * What marking a dataset restricted, or lifting it, asks of the caller in the dataset's domain: the
 * permission to edit it (authorize.ts, `editAsset`: its domain owners and admins). Not `assignTerms`, though
 * stewards classify any asset: restricting decides who outside the domain sees its sensitive values, and that
 * is the domain's call. `setRestricted` enforces it, and `Dataset.viewerCanRestrict` asks the same, so the
 * web offers the control to exactly those the mutation lets.
 */
export const RESTRICT_PERMISSION = 'editAsset' satisfies EditRequest['permission'];
