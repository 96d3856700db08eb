/**
 * The interface in English: every word the site shows around the articles. Each language has a file like
 * this one with the same keys (the type below makes a missing key a build error, and a unit test checks
 * that every slot of a template is kept). `{name}` marks a slot; `{ one, other }` a plural.
 */
export const en = {
  siteName: 'Help Center',
  skipToContent: 'Skip to content',
  home: 'Home',
  homeDescription: 'Answers about moving to us, email software errors, bounced mail, spam, backups and logins.',
  heroTitle: 'How can we help?',
  heroLead: 'Search for a question, or paste the error code you see.',
  errorLookupPrompt: 'Got a bounced email or an error code?',
  errorLookupLink: 'Paste it into the error lookup',
  browseByTopic: 'Browse by topic',
  popularArticles: 'Popular articles',
  articleCount: { one: '{count} article', other: '{count} articles' },
  articlesIn: 'Articles in {topic}',
  noArticlesYet: 'No articles in this topic yet.',

  search: 'Search',
  searchTheHelpCenter: 'Search the help center',
  searchPlaceholder: 'Describe your problem or paste an error code',
  topic: 'Topic',
  allTopics: 'All topics',
  showAllResults: 'Show all results',
  closeSearch: ': close the search',
  /** The dialog's close button where there is no Esc key (touch screens). */
  close: 'Close',
  /** The search box's placeholder where the long one is cut (phones). */
  searchPlaceholderShort: 'Search or paste an error',
  recentSearches: 'Recent searches',
  clearRecentSearches: 'Clear recent searches',
  pasteErrorHint: 'Got an error message or a bounced email? Paste the code or the whole report here.',
  searchResults: 'Search results',
  moveHint: '{up} {down} to move, {enter} to open',
  allResults: 'All results',

  footerAllTopics: 'All topics',
  emailErrorLookup: 'Email error lookup',
  contactSupport: 'Contact support',
  /** The theme button cycles: as the system says, light, dark. */
  themeSystem: 'Theme: as on this device (change)',
  themeLight: 'Theme: light (change)',
  themeDark: 'Theme: dark (change)',
  language: 'Language',
  /** After a language's name in the switcher, when the article has no translation in it: in that language. */
  notTranslated: '(not translated)',
  /** The languages' names in this language: "{language}" in the notices below. */
  languageNames: { en: 'English', fr: 'French', de: 'German', it: 'Italian', es: 'Spanish' },

  breadcrumb: 'Breadcrumb',
  onThisPage: 'On this page',
  onThisPageCollapsible: 'On this page (collapsible)',
  updated: 'Updated',
  shortLink: 'Short link:',
  copy: 'Copy',
  copyTheShortLink: ' the short link',
  copyForReply: 'Copy for a reply',
  relatedArticles: 'Related articles',
  moreInTopic: 'More in this topic',
  previous: 'Previous',
  next: 'Next',
  stillStuck: 'Still stuck?',
  stillStuckBody: 'Our support team can help. Have the exact error message, a screenshot and the time it happened at hand',
  whatToInclude: 'what to include in your request',
  fallbackNotice: 'This article has not been translated into English yet. It is shown in {language}, the language it was written in.',
  fallbackOriginal: 'Read the original',
  inLanguage: '({language})',
  outdatedSection: 'The original of this section changed on {date}, after this translation was made.',
  outdatedOriginal: 'Read the original section',

  notFoundTitle: 'Page not found',
  notFoundDescription: 'This page does not exist. Search the help center or pick a topic.',
  notFoundHeading: 'We could not find that page',
  notFoundLead: 'The link may be old or mistyped. Search for what you need, or pick a topic below.',
  articlesThatMayHelp: 'Articles that may help',

  searchTitle: 'Search',
  searchDescription: "Search the help center's answers about email, websites, domains, backups and accounts, by question or error code.",
  searchNeedsJs: 'Search needs JavaScript. Browse the topics below instead.',
  nothingMatches: 'Nothing matches yet',
  tryFewerWords: 'Try fewer words, or the words of the error message you see.',
  pasteCodeBefore: 'Paste an error code as it appears, for example',
  pasteCodeOr: 'or',
  browseBelow: 'Or browse the topics and popular articles below.',

  errorsTitle: 'Email error codes and messages',
  errorsDescription: 'Look up an email error code or message, or paste a delivery failure report to find out what went wrong and how to fix it.',
  errorsLead: 'Find out why an email bounced or why your email program shows an error: paste the report, or look the code up in the list.',

  /** Words inside articles: the authoring components and the section controls. */
  article: {
    note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger',
    labelled: '{label}: {title}',
    /** The one control after a section's heading, and its first item. */
    sectionActions: 'Share “{title}”',
    sectionLink: 'Link to this section',
    copyLink: 'Copy link',
    copyForReply: 'Copy for a reply',
    readTranscript: 'Read the transcript',
    downloadVideo: 'Download the video: {title}',
    playVideo: 'Play: {title}',
    loadsYouTube: '(loads the player from YouTube)',
  },

  /** Strings the browser scripts show; a page hands them over as JSON (see `browserStrings`). */
  browser: {
    results: { one: '{count} result', other: '{count} results' },
    resultsFor: '{count} for “{query}”',
    resultsForIn: '{count} for “{query}” in {where}',
    noResultsFor: 'No results for “{query}”',
    noResultsForIn: 'No results for “{query}” in {where}.',
    /** When only some results have every word found: the trusted count first (`{results}`: resultsFor), then the others. */
    withPartial: '{results}, and {partial} with only some of the words',
    noneWithAllWords: 'No page has every word of “{query}”: {count} with some of them',
    partialCount: '{count} + {partial} with some of the words',
    typeSomething: 'Type a question, a word or an error code.',
    searching: 'Searching…',
    couldNotLoad: 'Search could not load. Check your connection and try again.',
    searchNeedsBuild: 'Search works on a built site: run npm run build, then npm run preview (the development server has no search index).',
    showingResultsFor: 'Showing results for {corrected}. Search for {typed} instead.',
    copyLink: 'Copy link',
    copyLinkTo: 'Copy link to {title}',
    copied: 'Copied',
    copiedLink: 'Copied: {link}',
    couldNotCopy: 'Could not copy. The link is {link}',
    replyCopied: 'Reply text copied: {link}',
    linkCopied: 'Link copied: {link}',
    searchOtherLanguages: 'Search in the other languages',
    unmatchedWords: 'No page in English has: {words}',
    inOtherLanguages: 'In other languages',
    nothingInOtherLanguages: 'Nothing in the other languages either.',
    noArticleNumber: 'There is no article number {id}',
    articlesAbout: 'Articles about “{query}”',
    chooseVariant: 'Choose your variant',
    video: 'Video',
  },
};

export type UiStrings = typeof en;
export type BrowserStrings = UiStrings['browser'];
export type ArticleStrings = UiStrings['article'];
