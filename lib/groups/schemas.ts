// Zod inputs of buyer groups: the member's side (start, answer, leave, share, take over) and the
// group's side (invite an organisation, remove it, publish a version of a standard).
import { chosenId, dateField, optionalText, requiredText, uuid, version, z } from "@/lib/zod";

const yesNo = (message: string) => z.enum(["true", "false"], { error: message }).transform((v) => v === "true");

export const StartGroup = z.object({ name: requiredText("de naam van de groep", "name") });

export const AnswerGroupInvitation = z.object({ groupId: uuid, join: yesNo("Kies of jullie meedoen."), version });

export const LeaveGroup = z.object({ groupId: uuid, version });

export const SetGroupConsent = z.object({ groupId: uuid, templateId: uuid, share: yesNo("Kies of jullie resultaten gedeeld worden.") });

export const TakeOverStandard = z.object({ groupId: uuid, templateId: uuid });

export const PublishToGroup = z.object({ groupId: uuid });

export const InviteOrganisation = z.object({ organisationId: chosenId("Kies de organisatie die je uitnodigt.") });

export const RemoveGroupMember = z.object({ organisationId: chosenId("Kies de organisatie."), version });

export const PublishStandard = z.object({
  templateId: uuid,
  effectiveFrom: dateField("de ingangsdatum"),
  note: optionalText("de toelichting", "sentence"),
});
