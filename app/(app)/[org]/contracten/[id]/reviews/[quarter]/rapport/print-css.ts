// Styles of the review report only, mostly for print (A4, no app chrome, tables kept readable),
// kept next to the page so the shared stylesheet does not grow with per-page print details.
export const PRINT_CSS = `
.review-report .review-summary { margin: 1rem 0 0; }
.review-report table.review-scores th[scope="row"] { min-width: 10rem; }
@media print {
  @page review-report { size: A4; margin: 15mm 14mm 18mm; }
  .review-report { page: review-report; font-size: 10pt; }
  .content:has(.review-report) { padding: 0; max-width: none; }
  .review-report .card { border: none; padding: 0; margin-bottom: 6mm; box-shadow: none; break-inside: auto; }
  .review-report h2 { font-size: 12pt; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
  .review-report h3 { font-size: 10.5pt; break-after: avoid; }
  .review-report .small { font-size: 8pt; }
  .review-report table.data th, .review-report table.data td { padding: 1.2mm 1.5mm; font-size: 8.5pt; }
  .review-report table.data th { background: none; }
  .review-report tr { break-inside: avoid; }
  .review-report a { color: inherit; text-decoration: none; }
}
`;
