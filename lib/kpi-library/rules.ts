// Fixed texts of the KPI library.
import { packageOptions } from "@/lib/contracts/rules";
import { levelInfo, TEMPLATE_LEVELS } from "./levels";

export const AMBITION_SOURCE =
  "Bron van de drie ambitieniveaus: Handreiking buyer groups, aanbevelingen vraagharmonisatie (no-regret minimum, plus level en maximum; minimumeisen stap voor stap verhogen).";

/** The levels as the template form shows them, lowest ambition first. */
export const levelChoices = TEMPLATE_LEVELS.map((key) => ({ key, label: levelInfo(key).label, explanation: levelInfo(key).explanation }));

export const templatePackageOptions = packageOptions;
