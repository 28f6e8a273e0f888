import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The database drivers are Node packages; keep them out of the server bundle.
  serverExternalPackages: ["postgres", "@electric-sql/pglite", "@node-rs/argon2"],
  // forbidden() answers 403 from pages and server actions alike.
  experimental: { authInterrupts: true },
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
