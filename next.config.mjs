/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, two engineers' browser-test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time;
  // exceljs pulls in Node stream libraries that need no bundling.
  serverExternalPackages: ["@electric-sql/pglite", "exceljs"],
  poweredByHeader: false,
  // KPI import files may be up to 1 MB (lib/kpi-library/import); the multipart form around the
  // file needs a little more than Next's default limit of 1 MB.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
