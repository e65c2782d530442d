import type { NextConfig } from 'next';

// Deliberately small: default `output` (a Node server, `next start`), no images
// or fonts fetched at build time, so `next build` works on an offline machine.
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;
