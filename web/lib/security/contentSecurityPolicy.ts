/**
 * The Content-Security-Policy of every page (set by proxy.ts, which draws a fresh nonce per request).
 *
 * Scripts: only those carrying the request's nonce, and what they load in turn ('strict-dynamic'):
 * Next puts the nonce on its own scripts when it finds it in the request's policy, so an injected
 * `<script>` or event handler never runs. Styles may be inline: React renders `style` attributes
 * (the lineage graph positions its nodes with them), which a nonce cannot allow. Everything else comes
 * from the catalog itself: the browser talks to the web server only, never to the API. No page may be
 * framed by another site (clickjacking: a framed "Save" or "Revoke" button).
 *
 * `development` allows eval, which `next dev` needs for its source maps and fast refresh.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}
