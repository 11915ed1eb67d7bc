/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, two engineers' browser-test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time;
  // exceljs pulls in Node stream libraries that need no bundling; pdfkit loads its font metrics
  // and fontkit's data through Node's own require at run time.
  // pg-boss reads its own files at run time and needs no bundling either.
  serverExternalPackages: ["@electric-sql/pglite", "exceljs", "pdfkit", "pg-boss"],
  poweredByHeader: false,
  // Evidence files may be up to 10 MB (EVIDENCE_MAX_BYTES, lib/reports/evidence.ts) and are
  // checked there with a Dutch message; the multipart form around the file needs a little more,
  // so Next itself must not refuse them first. Raise this together with EVIDENCE_MAX_BYTES.
  // A form posted before the page's scripts ran goes through proxy.ts, which buffers the body up
  // to its own limit (10 MB by default): the same 11 MB there.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  // Headers that never vary, on every response including static files; the Content-Security-Policy
  // (a nonce per page), HSTS and Permissions-Policy are set per request by proxy.ts.
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
