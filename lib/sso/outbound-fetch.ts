// How the server talks to an organisation's identity provider: an organisation admin chose the
// address, so every request is checked like a webhook's (a public address only, resolved anew
// each time), follows no redirects, gives up after a while, and reads at most a megabyte.
import { checkOutboundTarget } from "@/lib/outbound-address";

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 1_000_000;

class ProviderAnswerTooLarge extends Error {}

function limited(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_BYTES) controller.error(new ProviderAnswerTooLarge("Het antwoord van de inlogdienst is te groot."));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function providerFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : input.toString();
  await checkOutboundTarget(url);
  const response = await fetch(input, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.body) return response;
  return new Response(limited(response.body), { status: response.status, statusText: response.statusText, headers: response.headers });
}
