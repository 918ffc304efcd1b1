"use client";

import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "light" | "dark";

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** Switches between light and dark and remembers the choice; the theme script applies it on every load. */
export function ThemeToggle() {
  // On the server the theme is unknown; the button renders once the inline script has decided.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      data-print-hidden
      className="rounded border border-white/20 px-2 py-1 font-mono text-xs text-console-ink hover:border-white/60"
      aria-label={theme ? `Switch to ${next} theme` : "Switch theme"}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
      }}
    >
      {/* Both labels are in the HTML and the theme's CSS shows one from the first paint: the label the server can't
          know never changes after hydration, so the header never moves. */}
      <span className="dark:hidden">Dark</span>
      <span className="hidden dark:inline">Light</span>
    </button>
  );
}
