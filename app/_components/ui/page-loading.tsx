/**
 * What a page shows while its data loads after a click: the menus stay, the content says it is
 * coming (announced once to screen readers), so a slow page never looks like a click that did
 * nothing.
 */
export function PageLoading() {
  return (
    <div className="page-loading" role="status">
      <span className="page-loading-bar" aria-hidden="true" />
      <p>Laden…</p>
    </div>
  );
}
