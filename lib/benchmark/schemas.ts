import { version, z } from "@/lib/zod";

export const SetBenchmarkParticipation = z.object({
  takePart: z.enum(["true", "false"], { error: "Kies of de organisatie meedoet." }).transform((v) => v === "true"),
  version,
});
