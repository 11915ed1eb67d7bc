// The text says the status; the colour only repeats it.
export const TONES = { niet_geverifieerd: "grey", geverifieerd: "green", betwist: "red" } as const;
