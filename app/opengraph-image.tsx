import { socialCard, socialCardSize } from "@/lib/publish/social-card";
import { site } from "@/lib/site";

// Generated once at build time (a static export requires it to be said).
export const dynamic = "force-static";

export const alt = `${site.name}: ${site.tagline}`;
export const size = socialCardSize;
export const contentType = "image/png";

export default function Image() {
  return socialCard({ title: site.tagline, eyebrow: `The engineering blog of ${site.company.name}` });
}
