/**
 * A question or warning under a field that does not stop the form (a date in the past). The live
 * region is always there, so a screen reader hears the message when it appears; the field points
 * at it with aria-describedby.
 */
export function FieldWarning({ id, message }: { id: string; message: string | null }) {
  return (
    <div id={id} role="status">
      {message ? <p className="alert alert-warning">{message}</p> : null}
    </div>
  );
}
