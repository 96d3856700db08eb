import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/links/index.ts';

/**
 * Everything may be crawled; the sitemap lists the canonical pages. Crawlers read robots.txt only at the
 * root of a host: for a help center under a path (example.com/help/), the host's own robots.txt should
 * carry this Sitemap line (see the README).
 */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl('/sitemap-index.xml')}\n`);
