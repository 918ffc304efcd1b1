/**
 * Sets <html data-theme> before the first paint, from the reader's saved choice or the system setting,
 * so the page never flashes the wrong theme. Inline and tiny on purpose: it must run before any CSS paints.
 */
export const THEME_STORAGE_KEY = "flight-journal-theme";

const script = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme="light"}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
