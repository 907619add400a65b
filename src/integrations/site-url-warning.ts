// Astro integration: warns on every build while the site's canonical origin is still the
// placeholder (src/site.config.ts), since canonical links, sitemap, feed and downloads use it.
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE_URL } from '../site.config';

export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'vidensbank:site-url-warning',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Only builds publish the address; editors previewing with `npm run dev` need not see this.
        if (command !== 'build') return;
        if (!config.site || new URL(config.site).origin === new URL(PLACEHOLDER_SITE_URL).origin) {
          logger.warn(
            `Sitets adresse er stadig pladsholderen ${PLACEHOLDER_SITE_URL}. Sæt SITE_URL (fx SITE_URL=https://vidensbank.dk npm run build), ` +
              'så kanoniske links, sitemap, robots.txt, nyhedsfeedet og de åbne data peger på den rigtige adresse.',
          );
        }
      },
    },
  };
}
