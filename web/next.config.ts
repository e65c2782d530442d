import type { NextConfig } from 'next';

// Deliberately small: default `output` (a Node server, `next start`), no images
// or fonts fetched at build time, so `next build` works on an offline machine.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // elkjs lays lineage out on the server (lib/lineage/layoutLineage.ts). Loaded
  // by Node as it ships, not bundled: its bundle names an optional `web-worker`
  // module it only needs in browsers.
  serverExternalPackages: ['elkjs'],
};

export default nextConfig;
