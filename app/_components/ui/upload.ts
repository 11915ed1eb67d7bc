import { unstable_rethrow } from "next/navigation";

// Sending a file to a server action from a client component. The size is checked here first, so
// a file over the limit is never sent; and should one get past (another client, a limit changed
// on the server), Next refuses a body over experimental.serverActions.bodySizeLimit by answering
// 500, which rejects the action's promise. Unhandled, that rejection reaches the error boundary
// ("Er ging iets mis") and takes the page and everything typed in it along; caught here, it
// becomes the same message at the file field and the page stays as it was.

/** The largest file a field takes ("10 MB" in words) and the message when it is larger, from the server. */
export type UploadLimit = { maxBytes: number; size: string; message: string };

export type UploadRefusal = { ok: false; error: string; fieldErrors: Record<string, string> };

const OFFLINE =
  "Het bestand is niet verstuurd: er is geen verbinding met de server. Controleer de verbinding en probeer het opnieuw; wat je hebt ingevuld, staat er nog.";

function refusal(message: string, field: string): UploadRefusal {
  return { ok: false, error: message, fieldErrors: { [field]: message } };
}

/**
 * Wraps a server action (useFormAction's upload option does this): refuses a file over the limit
 * without sending it, and turns a rejected call into a message at the field. A redirect from the
 * action still goes through.
 */
export function guardedUpload<S>(
  action: (state: S | UploadRefusal, form: FormData) => Promise<S>,
  limit: UploadLimit,
  field = "file",
): (state: S | UploadRefusal, form: FormData) => Promise<S | UploadRefusal> {
  return async (state, form) => {
    const file = form.get(field);
    if (file instanceof File && file.size > limit.maxBytes) return refusal(limit.message, field);
    try {
      return await action(state, form);
    } catch (error) {
      unstable_rethrow(error);
      // Our actions answer every refusal of their own with a result, never by throwing: what is
      // left is the connection, or the server refusing the request as too large.
      const offline = error instanceof TypeError || (typeof navigator !== "undefined" && navigator.onLine === false);
      return refusal(offline ? OFFLINE : limit.message, field);
    }
  };
}
