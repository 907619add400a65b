// Site-wide settings an owner may change. Values can also come from environment variables at build time.
export const siteConfig = {
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
} as const;
