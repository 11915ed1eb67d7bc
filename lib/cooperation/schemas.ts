import { COOPERATION_FORMS, type CooperationForm } from "@/lib/contracts/rules";
import { optionalText, version, z } from "@/lib/zod";
import { DREAM_PARTNER_INFO } from "./rules";

const topic = (key: keyof typeof DREAM_PARTNER_INFO) => optionalText(`de tekst bij ${DREAM_PARTNER_INFO[key].label.toLowerCase()}`, "long");

export const UpdateCooperation = z.object({
  contractId: z.string({ error: "Onbekende verwijzing." }),
  version,
  cooperationForm: z.enum(Object.keys(COOPERATION_FORMS) as [CooperationForm, ...CooperationForm[]], {
    error: "Kies een samenwerkingsvorm.",
  }),
  volwassenheid: topic("volwassenheid"),
  regie: topic("regie"),
  sturing: topic("sturing"),
  ontwikkeling: topic("ontwikkeling"),
  duurzaamheid: topic("duurzaamheid"),
  extra: topic("extra"),
});
export type UpdateCooperation = z.infer<typeof UpdateCooperation>;
