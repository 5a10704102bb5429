// 长辈模式 ("Larger text"): one attribute on <html>, set before the first paint by a tiny inline
// script and toggled by the header's switch (components/ElderModeSwitch.tsx); app/globals.css does
// the rest. Pure constants, safe to import into client code.

/** localStorage key; "1" means on. Kept across pages and visits of the same origin. */
export const ELDER_MODE_KEY = "pc-elder-mode";

/** The attribute on <html> that turns the mode on (app/globals.css styles `html[data-elder]`). */
export const ELDER_MODE_ATTRIBUTE = "data-elder";

/**
 * Runs in <head> before the body is parsed, so a reader who chose the mode never sees the small
 * page first. A constant string, so that its sha256 is one stable value a CSP can allow by hash.
 * try/catch: storage throws where the reader blocks it (and then the mode simply stays off).
 */
export const ELDER_MODE_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(ELDER_MODE_KEY)})==="1")document.documentElement.setAttribute(${JSON.stringify(ELDER_MODE_ATTRIBUTE)},"")}catch(e){}`;
