/**
 * Links that never break, at build time (Node): the URLs of articles and topics, the ledger of every URL
 * ever published, the redirect plan (short links, aliases, moved and retired URLs) and the files that
 * carry it, the anchors recorded while articles compile, and which URLs an article may contain.
 * Browser code imports the pure modules it needs directly (`share-text.ts`, `urls.ts`): this face also
 * reads files.
 */
export { emptyLedger, frozenLedgerMessage, ledgerAdditions, ledgerMode, mergeLedger, parseLedger, serializeLedger, type Ledger, type LedgerArticle, type Published } from './ledger.ts';
export { LinkRegistry, registryOf, type RecordedLink } from './link-registry.ts';
export { parsePinComment, rewritePinnedAnchors } from './pinned-anchors.ts';
export { loadPublishedState, type PublishedState } from './published-urls.ts';
export { redirectFilePath, redirectPageHtml, type RedirectPageInput, type SiteIdentity } from './redirect-page.ts';
export { toNginxMap, toRedirectsFile } from './redirect-rules.ts';
export { computeRedirects, lostAnchors, type LiveArticle, type Redirect, type RedirectInput, type RedirectKind, type RedirectPlan, type Retirements } from './redirects.ts';
export { parseRetirements } from './retirements.ts';
export { ALLOWED_SCHEMES, schemeOf, unsafeUrlReason } from './safe-url.ts';
export { replyText, shortLink, type ShareTarget } from './share-text.ts';
export { BUILD_OUTPUTS, FIXED_PAGES, isListedInSitemap, RESERVED_PATHS } from './site-routes.ts';
export { absoluteUrl, articlePath, parseEntryPath, rebaseAuthoredUrl, shortPath, topicPath, withBase, withoutBase } from './urls.ts';
export { authoredHref, href, publicUrl } from './href.ts';
export { normalizeBase, publicLocation, type SiteLocation } from './site-location.ts';
