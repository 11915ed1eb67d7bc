// Typed errors, mapped to HTTP status and Dutch user messages in one place. Anything else that
// escapes becomes a generic message: internal details never reach a user.
//
// Each class names its code explicitly: the API contract ("code" in every refusal) and the HTTP
// status depend on it, and class names do not survive minification of the production build.

const GENERIC_ERROR_MESSAGE = "Er ging iets mis aan onze kant. Probeer het opnieuw; je invoer is bewaard.";

const ERROR_STATUS = {
  ValidationError: 400,
  UnauthenticatedError: 401,
  ForbiddenError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  RateLimitedError: 429,
  InternalError: 500,
  // Never thrown: the production server's admission gate answers it before a request reaches the
  // app (scripts/server/overloaded.mjs), in the same shape as every other refusal.
  OverloadedError: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The HTTP status of a refusal by its code; anything unknown is a server error. */
export function statusOfCode(code: string): number {
  return Object.hasOwn(ERROR_STATUS, code) ? ERROR_STATUS[code as ErrorCode] : 500;
}

abstract class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = code;
  }
  get status(): number {
    return statusOfCode(this.code);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Niet gevonden.") {
    super("NotFoundError", message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Je bent niet (meer) ingelogd. Log opnieuw in.") {
    super("UnauthenticatedError", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Je hebt geen toestemming voor deze actie.") {
    super("ForbiddenError", message);
  }
}

/** The organisation of the URL is suspended by the platform's operators: a member learns why. */
export class SuspendedOrganisationError extends AppError {
  constructor(
    readonly organisationName: string,
    readonly reason: string | null,
  ) {
    super(
      "ForbiddenError",
      `${organisationName} is tijdelijk opgeschort.${reason ? ` Reden: “${reason}”.` : ""} Neem contact op met de beheerders van Groeipad.`,
    );
  }
}

export class ConflictError extends AppError {
  constructor(
    message = "Iemand anders heeft dit intussen gewijzigd. Je invoer staat nog in het formulier; " +
      "laad de pagina opnieuw om de nieuwste versie te zien en voer je wijziging daarna opnieuw in.",
  ) {
    super("ConflictError", message);
  }
}

export class ValidationError extends AppError {
  constructor(fieldErrors: Record<string, string>, message = "Controleer de gemarkeerde velden.") {
    super("ValidationError", message, fieldErrors);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = "Te veel pogingen. Probeer het over een paar minuten opnieuw.") {
    super("RateLimitedError", message);
  }
}

/** A fault of ours (an answer that does not fit its schema): logged with its detail, shown as the generic message. */
export class InternalError extends AppError {
  constructor(
    readonly detail: string,
    readonly cause?: unknown,
  ) {
    super("InternalError", GENERIC_ERROR_MESSAGE);
  }
}

export type PublicError = { status: number; error: string; fieldErrors?: Record<string, string>; code: ErrorCode };

export function toPublicError(error: unknown): PublicError {
  if (error instanceof InternalError) console.error("[groeipad]", error.detail, error.cause);
  if (error instanceof AppError) {
    return { status: error.status, error: error.message, fieldErrors: error.fieldErrors, code: error.code };
  }
  console.error("[groeipad] onverwachte fout", error);
  return { status: 500, error: GENERIC_ERROR_MESSAGE, code: "InternalError" };
}
