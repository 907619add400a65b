// Site-wide settings an owner may change. Values can also come from environment variables at build time.

/** Stands in for the real address until the owner sets one; the build warns while it is used. */
export const PLACEHOLDER_SITE_URL = 'https://vidensbank.example.dk';

export const siteConfig = {
  /**
   * The site's canonical origin (without the base path), used in canonical links, the sitemap,
   * robots.txt, the feed and the open-data files. Set SITE_URL when building.
   */
  siteUrl: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL,
  /** The site's name, shown in the header and in every <title>. */
  name: 'Vidensbank om socialøkonomi',
  /** One-line description for the front page and search engines. */
  description:
    'Viden og eksempler til kommuner, der vil samarbejde med og fremme socialøkonomiske virksomheder: strategier, indsatser, interviews og en intern guide.',
  /**
   * The site owner's accessibility statement, made in the state's WAS-Tool.
   * Set ACCESSIBILITY_STATEMENT_URL when building; the footer link is omitted when unset.
   */
  accessibilityStatementUrl: process.env['ACCESSIBILITY_STATEMENT_URL'] || undefined,
  /**
   * Where readers report a problem with the site (accessibility or content): an e-mail address.
   * Set CONTACT_EMAIL when building; /tilgaengelighed/ then offers a ready-made e-mail.
   */
  contactEmail: process.env['CONTACT_EMAIL'] || undefined,
  /**
   * Base URL for "Ret denne side" links to a file in the git host, e.g.
   * https://git.example.dk/vidensbank/-/edit/main/ . Omitted when unset.
   */
  editBaseUrl: process.env['EDIT_BASE_URL'] || undefined,
  /**
   * The licence of the site's open data (/data/) and texts. A default chosen for the owner to
   * confirm: the facts come from public reports, and CC BY 4.0 lets anyone reuse them with credit.
   */
  /**
   * Plain language: `npm run tjek` reports each page's LIX (words per sentence plus the share of
   * words over six letters) and warns when a page is above this limit. Around 40 is ordinary
   * newspaper text, 55 and above very hard text.
   */
  lixLimit: 55,
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.da' },
} as const;
