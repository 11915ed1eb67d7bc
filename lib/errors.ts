// Typed errors, mapped to HTTP status and Dutch user messages in one place. Anything else that
// escapes becomes a generic message: internal details never reach a user.

export class AppError extends Error {
  readonly status: number = 500;
  constructor(message: string, readonly fieldErrors?: Record<string, string>) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = "Niet gevonden.") {
    super(message);
  }
}

export class UnauthenticatedError extends AppError {
  override readonly status = 401;
  constructor(message = "Je bent niet (meer) ingelogd. Log opnieuw in.") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = "Je hebt geen toestemming voor deze actie.") {
    super(message);
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(
    message = "Iemand anders heeft dit intussen gewijzigd. Je invoer staat nog in het formulier; " +
      "laad de pagina opnieuw om de nieuwste versie te zien en voer je wijziging daarna opnieuw in.",
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  override readonly status = 400;
  constructor(fieldErrors: Record<string, string>, message = "Controleer de gemarkeerde velden.") {
    super(message, fieldErrors);
  }
}

export class RateLimitedError extends AppError {
  override readonly status = 429;
  constructor(message = "Te veel pogingen. Probeer het over een paar minuten opnieuw.") {
    super(message);
  }
}

export const GENERIC_ERROR_MESSAGE = "Er ging iets mis aan onze kant. Probeer het opnieuw; je invoer is bewaard.";

export type PublicError = { status: number; error: string; fieldErrors?: Record<string, string>; code: string };

export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return { status: error.status, error: error.message, fieldErrors: error.fieldErrors, code: error.name };
  }
  console.error("[groeipad] onverwachte fout", error);
  return { status: 500, error: GENERIC_ERROR_MESSAGE, code: "InternalError" };
}
