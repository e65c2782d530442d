import type { NextConfig } from 'next';

// Deliberately small: default `output` (a Node server, `next start`), no images
// or fonts fetched at build time, so `next build` works on an offline machine.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // elkjs lays lineage out on the server (lib/lineage/layoutLineage.ts). Loaded
  // by Node as it ships, not bundled: its bundle names an optional `web-worker`
  // module it only needs in browsers.
  serverExternalPackages: ['elkjs'],
  // Every response, assets too. Pages also get a Content-Security-Policy with a fresh nonce (proxy.ts).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // Served types are the types meant: a stored text is never run as a script or style.
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Addresses of catalog pages (search terms, URNs) stay in the catalog.
          { key: 'Referrer-Policy', value: 'same-origin' },
          // For browsers without CSP's frame-ancestors.
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
