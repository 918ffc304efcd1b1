/** The original journal index (shared seed): what readers must see, newest first. */
export const seedIndex = [
  {
    slug: "introduction-to-pci-dss",
    title: "Introduction to PCI DSS",
    author: "Louis-Paul Dareau",
    readingTime: "8 minutes read",
    excerpt:
      "ProcessOut recently got certified for full PCI DSS (Payment Card Industry Data Security Standard) compliance.",
  },
  {
    slug: "zero-downtime-elasticsearch-migrations",
    title: "Zero-downtime Elasticsearch migrations",
    author: "Manuel Huez",
    readingTime: "2 minutes read",
    excerpt:
      "Back in January, I wrote a small paper on how we built a resilient Elasticsearch based search and analytics",
  },
  {
    slug: "automatons-for-integrity",
    title: "Automatons for integrity",
    author: "Guillaume Merindol",
    readingTime: "5 minutes read",
    excerpt: "Bugs are always messy. Though they become more of a problem when you’re dealing with anything of value.",
  },
  {
    slug: "resilient-elasticsearch-based-search-and-analytics",
    title: "Resilient Elasticsearch based search and analytics",
    author: "Manuel Huez",
    readingTime: "2 minutes read",
    excerpt:
      "One of the common startup issues is providing customers with powerful search results and intelligent analytics.",
  },
  {
    slug: "the-secret-life-of-a-transaction",
    title: "The secret life of a transaction",
    author: "Gregoire Delpit",
    readingTime: "2 minutes read",
    excerpt: "In our post, The Payments Crew, we presented the different players involved in an online transaction.",
  },
  {
    slug: "the-payment-crew",
    title: "The Payment Crew",
    author: "Gregoire Delpit",
    readingTime: "1.5 minutes read",
    excerpt: "Online payment is a complex ecosystem and too often only experts succeed to navigate into it.",
  },
] as const;
