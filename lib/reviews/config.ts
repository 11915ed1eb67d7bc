// Settings of the review module read from the environment, in one place.
import { waiverThresholdFrom } from "./rules";

/** Four-eyes threshold in cents: a waiver above it needs a second buyer user (default € 1.000). */
export const waiverThreshold = (): number => waiverThresholdFrom(process.env.REVIEW_WAIVER_FOUR_EYES_CENTS);
