// Text for the standard PDF font. Helvetica (a standard font, so no font file is embedded) only
// knows the WinAnsi (Windows-1252) characters; pdf-lib throws on anything else. Dutch needs
// nothing beyond it (ë, é, ï, €, –), but Intl formatting and pasted text bring in characters
// such as the narrow no-break space or the minus sign, so every string is mapped first.
import type { PDFFont } from "pdf-lib";

// The characters Windows-1252 puts in 0x80–0x9F; with Latin-1 (0x20–0x7E, 0xA0–0xFF) the whole set.
const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const REPLACEMENTS: Record<string, string> = {
  "\u202F": " ", // narrow no-break space (Intl currency formats)
  "\u2009": " ",
  "\u2007": " ",
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2265": ">=",
  "\u2264": "<=",
  "\u2713": "v",
  "\u2715": "x",
  "\u00AD": "",
  "\t": " ",
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(char);
}

/** The text with every character Helvetica can show kept and the rest mapped (or "?"). */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (encodable(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else if (char === "\n" || char === "\r") out += " ";
    else {
      // A letter with a combining accent that has no precomposed WinAnsi form: keep the letter.
      const base = char.normalize("NFD")[0];
      out += base && encodable(base) ? base : "?";
    }
  }
  return out;
}

/** Breaks text into lines that fit the width; a word longer than a line is cut. Keeps paragraph breaks. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = toWinAnsi(paragraph)
      .split(" ")
      .filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    for (let word of words) {
      while (font.widthOfTextAtSize(word, size) > width && word.length > 1) {
        // Cut an overlong word (a URL, a long reference) at the widest prefix that fits.
        let cut = word.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut--;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = "";
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}
