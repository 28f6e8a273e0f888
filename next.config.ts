import type { NextConfig } from "next";
import { MAX_FORM_BYTES } from "./lib/form-limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts answers an address with a trailing slash itself, with the headers every answer carries (CORS for the
  // API): Next's own redirect had none, so a cross-origin script could not follow it.
  skipTrailingSlashRedirect: true,
  // `npm test` checks the whole repository's types (app, tests, scripts) with tsc right after the build, route
  // types included: the build's own check of the app would be the same work twice, about 17 s on 2 cores.
  typescript: { ignoreBuildErrors: process.env.EKIP_BUILD_SKIPS_TYPES === "1" },
  // The database drivers are Node packages; keep them out of the server bundle.
  serverExternalPackages: ["postgres", "@electric-sql/pglite", "@node-rs/argon2"],
  // forbidden() answers 403 from pages and server actions alike.
  experimental: {
    authInterrupts: true,
    // A whole case in the editor, or an uploaded document of up to 1 MB with its form: Next's default of 1 MB
    // would answer such a form with a 500. proxy.ts answers anything larger with a 413 before Next reads it.
    serverActions: { bodySizeLimit: MAX_FORM_BYTES },
  },
  async headers() {
    // Static files too; pages get these and their CSP from proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
