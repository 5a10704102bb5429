"use client";

import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/i18n/language";
import { ELDER_MODE_ATTRIBUTE, ELDER_MODE_KEY } from "@/lib/site/elderMode";

const TEXT = { zh: "长辈模式", en: "Larger text" } satisfies Record<Lang, string>;

// The mode lives on <html> (set before the first paint by ELDER_MODE_SCRIPT); this button only
// flips it and remembers the choice. Its look follows the attribute in CSS, so it is right even
// before React has hydrated; aria-pressed follows once it has.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const isOn = () => document.documentElement.hasAttribute(ELDER_MODE_ATTRIBUTE);

function toggle() {
  const on = !isOn();
  document.documentElement.toggleAttribute(ELDER_MODE_ATTRIBUTE, on);
  try {
    if (on) localStorage.setItem(ELDER_MODE_KEY, "1");
    else localStorage.removeItem(ELDER_MODE_KEY);
  } catch {
    // Storage refused: the mode still holds on this page, just not on the next.
  }
  listeners.forEach((listener) => listener());
}

/** 长辈模式 / "Larger text": larger type, stronger contrast, bigger controls, one column. */
export function ElderModeSwitch({ lang }: { lang: Lang }) {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return (
    <button type="button" aria-pressed={on} onClick={toggle} className="elder-switch tap rounded border-2 border-white px-3 font-semibold text-white">
      <span aria-hidden="true" className="elder-switch-check">✓</span>
      {TEXT[lang]}
    </button>
  );
}
