"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** The figure's picture, again, in a modal dialog: the browser picks the variant for the whole screen. */
function openDialog(link: HTMLAnchorElement) {
  const picture = link.querySelector("picture")?.cloneNode(true);
  const image = picture instanceof Element ? picture.querySelector("img") : null;
  if (!(picture instanceof Element) || !image) return false;
  for (const element of picture.querySelectorAll("[sizes]")) element.setAttribute("sizes", "100vw");
  image.loading = "eager";
  const dialog = document.createElement("dialog");
  dialog.className = "figure-zoom";
  dialog.setAttribute("aria-label", image.alt);
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Close";
  dialog.append(close, picture);
  // A click anywhere (the picture, the backdrop, the button) closes it, as Escape does; focus goes back to the link.
  dialog.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    dialog.remove();
    link.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return true;
}

/**
 * One delegated listener for every figure's link (components/mdx/figure.tsx): with JavaScript a click opens the
 * picture in a dialog; without it, or with a modifier key (a new tab), the link opens the full-size file.
 */
export function FigureZoom() {
  const pathname = usePathname();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-figure-zoom]") : null;
      if (!(link instanceof HTMLAnchorElement) || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (openDialog(link)) event.preventDefault();
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [pathname]);
  return null;
}
