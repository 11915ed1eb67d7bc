import type { ReactElement } from "react";
import type { z } from "zod";
import InvitationEmail, { InvitationEmailProps, subject as invitationSubject } from "./invitation";
import MagicLinkEmail, { MagicLinkEmailProps, subject as magicLinkSubject } from "./magic-link";
import NotificationEmail, { NotificationEmailProps, subject as notificationSubject } from "./notification";
import NotificationDigestEmail, { NotificationDigestEmailProps, subject as notificationDigestSubject } from "./notification-digest";
import ReportAcceptedEmail, { ReportAcceptedEmailProps, subject as reportAcceptedSubject } from "./report-accepted";
import ReportOverdueEmail, { ReportOverdueEmailProps, subject as reportOverdueSubject } from "./report-overdue";
import ReportReminderEmail, { ReportReminderEmailProps, subject as reportReminderSubject } from "./report-reminder";
import ReportSentBackEmail, { ReportSentBackEmailProps, subject as reportSentBackSubject } from "./report-sent-back";
import ReviewCancelledEmail, { ReviewCancelledEmailProps, subject as reviewCancelledSubject } from "./review-cancelled";
import ReviewInvitationEmail, { ReviewInvitationEmailProps, subject as reviewInvitationSubject } from "./review-invitation";
import ReportSubmittedEmail, { ReportSubmittedEmailProps, subject as reportSubmittedSubject } from "./report-submitted";
import SupplierLinkedEmail, { SupplierLinkedEmailProps, subject as supplierLinkedSubject } from "./supplier-linked";

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
  "report-reminder": template({ props: ReportReminderEmailProps, subject: reportReminderSubject, render: (p) => ReportReminderEmail(p) }),
  "report-overdue": template({ props: ReportOverdueEmailProps, subject: reportOverdueSubject, render: (p) => ReportOverdueEmail(p) }),
  "report-submitted": template({
    props: ReportSubmittedEmailProps,
    subject: reportSubmittedSubject,
    render: (p) => ReportSubmittedEmail(p),
  }),
  "report-sent-back": template({ props: ReportSentBackEmailProps, subject: reportSentBackSubject, render: (p) => ReportSentBackEmail(p) }),
  "report-accepted": template({ props: ReportAcceptedEmailProps, subject: reportAcceptedSubject, render: (p) => ReportAcceptedEmail(p) }),
  "review-invitation": template({
    props: ReviewInvitationEmailProps,
    subject: reviewInvitationSubject,
    render: (p) => ReviewInvitationEmail(p),
  }),
  "review-cancelled": template({
    props: ReviewCancelledEmailProps,
    subject: reviewCancelledSubject,
    render: (p) => ReviewCancelledEmail(p),
  }),
  notification: template({ props: NotificationEmailProps, subject: notificationSubject, render: (p) => NotificationEmail(p) }),
  "notification-digest": template({
    props: NotificationDigestEmailProps,
    subject: notificationDigestSubject,
    render: (p) => NotificationDigestEmail(p),
  }),
  "supplier-linked": template({ props: SupplierLinkedEmailProps, subject: supplierLinkedSubject, render: (p) => SupplierLinkedEmail(p) }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailProps<N extends EmailTemplateName> = z.input<(typeof emailTemplates)[N]["props"]>;
