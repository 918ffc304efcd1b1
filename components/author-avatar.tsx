import { getImageProps } from "next/image";
import type { Author } from "@/lib/content/collection";
import { initialsOf } from "@/lib/render/initials";

// Whole class names, so Tailwind finds them in the source.
const sizes = {
  small: { box: "size-12", text: "text-base", pixels: 48 },
  large: { box: "size-24", text: "text-3xl", pixels: 96 },
} as const;

/**
 * The author's picture (`avatar`, a file under public/) or, without one, a monogram of their initials.
 * Decorative either way: the author's name is always written beside it.
 */
export function AuthorAvatar({ author, size }: { author: Author; size: keyof typeof sizes }) {
  const { box, text, pixels } = sizes[size];
  if (author.avatar) {
    // getImageProps rather than <Image>: the optimised srcset without shipping a client component.
    const { props: image } = getImageProps({ src: author.avatar, alt: "", width: pixels, height: pixels });
    // eslint-disable-next-line @next/next/no-img-element -- the props come from next/image, see above
    return <img {...image} alt="" className={`${box} shrink-0 rounded-full border border-line object-cover`} />;
  }
  return (
    <span
      aria-hidden="true"
      data-monogram
      className={`${box} ${text} inline-flex shrink-0 items-center justify-center rounded-full border border-line bg-highlight font-bold tracking-wide text-accent`}
    >
      {initialsOf(author.name)}
    </span>
  );
}
