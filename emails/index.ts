import type { ReactElement } from "react";
import type { z } from "zod";
import InvitationEmail, { InvitationEmailProps, subject as invitationSubject } from "./invitation";
import MagicLinkEmail, { MagicLinkEmailProps, subject as magicLinkSubject } from "./magic-link";

type Template<S extends z.ZodType> = {
  props: S;
  subject: (props: z.output<S>) => string;
  render: (props: z.output<S>) => ReactElement;
};

function template<S extends z.ZodType>(t: Template<S>): Template<S> {
  return t;
}

/** Every e-mail the product sends, by name: props schema, subject and body. */
export const emailTemplates = {
  invitation: template({ props: InvitationEmailProps, subject: invitationSubject, render: (p) => InvitationEmail(p) }),
  "magic-link": template({ props: MagicLinkEmailProps, subject: magicLinkSubject, render: (p) => MagicLinkEmail(p) }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailProps<N extends EmailTemplateName> = z.input<(typeof emailTemplates)[N]["props"]>;
