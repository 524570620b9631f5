"""The generated sites of bench/sitegen.py as HTML: each page as its site's CMS would serve it.

A site picks once how it names its elements: plain words ("related-posts"), BEM ("article__tags"), a
short prefix ("hc-share"), camelCase ("shareBar"), Bootstrap-like utility classes beside the names, or
CSS-in-JS hashes ("css-1q2w3e") that change when the site is rebuilt (once during the crawl), with a
readable class left on some elements only. Each role (see ``sitegen.Block``) gets one of several usual
names, and some roles no class at all. Pages vary as real ones do: post ids and category classes on
the article, numbered ad slots with random ids, optional widgets, head metadata (title, description,
canonical link, JSON-LD). What the text dump of a page shows, its HTML shows, in the elements such
a site would use: a ``<nav>`` of links, an ``<h1>``, a ``<figure>`` with its caption, ad slots
between paragraphs, ``<section>``s of related links, a comment thread, a ``<footer>``.
"""

from __future__ import annotations

import html
import json
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from sitegen import Block, PageCtx

SCHEMES = ("plain", "plain", "bem", "prefixed", "camel", "hashed", "bootstrap")
# The names of each role's element, as real sites write them (WordPress themes and plugins, news CMSs:
# "td-a-rec" is the Newspaper theme's ad block, "rich-link" the Guardian's inline teaser, "mol-" the
# Daily Mail's prefix, "RenderKeyPoints" CNBC's bullet points); a site takes one.
NAMES: dict[str, tuple[str, ...]] = {
    "cookie": ("cookie-banner", "cookie-consent", "gdpr-notice", "cmp-container", "privacy-prompt"),
    "brand": ("site-branding", "logo", "brand", "site-logo", "masthead-logo"),
    "masthead": ("masthead", "site-header-top", "header-main", "top-strip"),
    "account": ("user-menu", "account-links", "header-actions", "login-bar", "user-tools"),
    "nav": ("main-navigation", "primary-nav", "site-nav", "menu-main", "sections", "pillars"),
    "breaking": ("breaking-news", "news-alert", "alert-strip", "flash-info"),
    "ticker": ("trending-bar", "hot-topics", "topic-strip", "trending-topics"),
    "topbar": ("top-bar", "utility-bar", "pre-header", "weather-date"),
    "breadcrumb": ("breadcrumb", "breadcrumbs", "crumbs", "section-path"),
    "kicker": ("kicker", "article-section", "eyebrow", "category-label", "content__labels", "rubric"),
    "title": ("entry-title", "headline", "article-title", "post-title", "story-headline", "art-title"),
    "standfirst": ("standfirst", "dek", "article-summary", "subheadline", "lede", "content__standfirst", "intro"),
    "bullets": ("article-bullets", "summary-points", "highlights", "RenderKeyPoints-list", "mol-bullets"),
    "meta": ("byline", "entry-meta", "article-meta", "post-meta", "dateline", "story-info", "article-info"),
    "share": ("share-tools", "social-share", "share-bar", "sharing", "st-buttons", "addtoany_list", "sticky-icons"),
    "lead-caption": ("lead-image", "featured-image", "hero-media", "article-figure", "wp-block-image", "main-media"),
    "reading": ("reading-time", "read-time", "rt-reading-time", "duration"),
    "listen": ("audio-player", "listen-button", "tts-player", "speechify", "read-aloud"),
    "toc": ("table-of-contents", "toc", "article-toc", "ez-toc-container", "jump-links"),
    "takeaways": ("key-takeaways", "summary-box", "tldr", "key-points", "at-a-glance"),
    "body": (
        "entry-content",
        "article-body",
        "story-body",
        "post-content",
        "article-text",
        "content-body",
        "td-post-content",
    ),
    "ad": ("ad-slot", "advert", "ad-container", "dfp-ad", "adunit", "td-a-rec", "mpu-slot", "gpt-wrap", "bx-ins"),
    "ad-continue": ("ad-continue", "continue-reading", "story-continues", "after-ad"),
    "teaser": ("read-also", "inline-related", "related-link", "see-also", "rich-link", "readmore", "art-ins"),
    "inline-newsletter": ("newsletter-promo", "inline-signup", "nl-box", "email-capture", "mailpoet_form", "sub-cta"),
    "caption": ("inline-image", "article-image", "wp-caption", "embedded-media", "image-wrap", "mol-img"),
    "related-box": ("related-box", "related-inline", "story-links", "mol-related", "inline-list"),
    "tags": ("tags", "tag-list", "article-tags", "topics", "post-tags", "keywords", "submeta"),
    "share-end": ("share-bottom", "share-footer", "article-share", "post-share", "sharedaddy"),
    "channel": ("follow-us", "social-follow", "channel-promo", "gnews-cta", "follow-box"),
    "disclaimer": ("disclaimer", "article-disclaimer", "editorial-note", "opinion-note", "notice"),
    "helpful": ("feedback-widget", "was-helpful", "article-feedback", "helpful-box", "rating-box"),
    "bio": ("author-bio", "about-author", "author-box", "writer-card", "contributor"),
    "report": ("report-error", "corrections-link", "feedback-link", "typo-report"),
    "support": ("support-us", "membership-ask", "subscribe-promo", "contributions-epic", "paywall-cta"),
    "tips": ("story-tips", "news-tip", "contact-newsroom", "tipline", "got-a-story"),
    "newsletter": ("newsletter", "newsletter-signup", "subscribe-box", "email-signup", "nl-widget"),
    "related": ("related-posts", "related-articles", "more-stories", "recirculation", "read-next", "jp-relatedposts"),
    "trending": ("most-read", "trending", "popular-posts", "top-stories", "most-viewed", "hot-list"),
    "comments": ("comments", "comment-section", "discussion", "comments-area", "reader-comments"),
    "pagination": ("post-navigation", "prev-next", "article-pager", "nav-links", "next-prev"),
    "archive": ("archives", "widget-archive", "archive-list", "monthly-archive"),
    "obituaries": ("obituaries", "obits-widget", "death-notices", "legacy-obits"),
    "footer": ("site-footer", "footer", "colophon", "page-footer", "bottom"),
    "footer-nav": ("footer-links", "footer-menu", "footer-nav", "legal-links", "bottom-links"),
    "copyright": ("copyright", "site-info", "legal", "credits", "small-print"),
    "address": ("footer-address", "contact-info", "imprint", "office"),
    "app": ("app-promo", "app-download", "get-app", "app-banner"),
    "live": ("live-button", "on-air", "live-link", "watch-live"),
    "video": ("video-player", "video-embed", "media-player", "jw-player", "vjs-wrapper"),
    "embed": ("instagram-media", "social-embed", "embed-post", "oembed"),
    "embed-consent": ("consent-placeholder", "embed-blocked", "cmp-embed", "privacy-embed", "sp_message"),
    "gallery": ("gallery", "slideshow", "image-gallery", "carousel", "wp-block-gallery"),
    "fact-box": ("fact-box", "factbox", "infobox", "facts", "article-aside"),
    "ai-summary": ("ai-summary", "summary-box", "article-summary-ai", "tldr-box"),
    "pull-quote": ("pull-quote", "pullquote", "wp-block-pullquote", "quote-aside"),
    "comment-sort": ("comments-sort", "sort-bar", "thread-sort"),
    "comment-post": ("comment", "comment-item", "c-comment", "post-comment", "spcv_comment"),
    "comment-more": ("load-more", "show-replies", "comments-more", "more-button"),
    "comment-note": ("comments-login", "comment-policy", "login-required", "comments-note"),
    "markets": ("market-ticker", "markets-bar", "quotes-strip", "ticker-tape"),
    "companies": ("companies-mentioned", "stock-box", "quotes-box", "instruments"),
    "premium": ("premium-badge", "plus-label", "paywall-badge", "sub-badge"),
    "tools": ("article-tools", "gift-share", "toolbar", "article-actions"),
    "not-advice": ("finance-disclaimer", "investment-note", "disclosure", "legal-note"),
    "scores": ("live-scores", "scores-ticker", "score-strip", "results-bar"),
    "leagues": ("league-nav", "competitions", "sub-nav", "tournaments"),
    "scoreboard": ("match-header", "scoreboard", "match-score", "game-header"),
    "standings": ("standings", "league-table", "table-widget", "ranking"),
    "betting": ("betting-notice", "gambling-disclaimer", "odds-widget", "sponsor-odds"),
    "author-card": ("author-card", "columnist", "byline-block", "author-info"),
    "views-own": ("opinion-disclaimer", "views-note", "column-note", "editor-note"),
    "letters": ("letters-cta", "write-to-us", "reply-cta", "have-your-say"),
    "poll": ("poll", "opinion-poll", "vote-widget", "survey"),
    "most-watched": ("most-watched", "popular-videos", "video-list", "watch-next"),
    "schedule": ("tv-schedule", "on-now", "program-guide", "epg"),
    "townbar": ("local-bar", "edition-bar", "town-date", "region-strip"),
    "live-label": ("live-badge", "liveblog-label", "is-live", "live-indicator"),
    "key-events": ("key-events", "liveblog-summary", "highlights-list", "timeline-top"),
    "timestamp": ("update-time", "liveblog-time", "entry-time", "post-timestamp"),
    "clip": ("video-teaser", "clip-card", "media-item", "player-wrap", "inline-video"),
    "photos": ("photo-gallery", "image-carousel", "gallery-teaser", "media-gallery"),
    "infobox": ("info-box", "good-to-know", "context-box", "sidebar-facts"),
    "quote-box": ("blockquote-aside", "quote-card", "highlight-quote", "big-quote"),
    "price-box": ("price-widget", "booking-box", "deal-box", "affiliate-widget"),
    "recap": ("quick-read", "story-recap", "summary-points", "brief-box"),
    "sponsor": ("sponsor-line", "partner-label", "presented-by", "native-label"),
    "sources": ("sources", "references", "citations", "reference-list"),
    "health-note": ("medical-disclaimer", "health-notice", "advice-note"),
    "affiliate": ("affiliate-disclosure", "commission-note", "disclosure-box"),
    "trip-facts": ("trip-facts", "destination-info", "rating-box", "at-a-glance-travel"),
    "events": ("events-widget", "whats-on", "agenda", "event-list"),
    "tip": ("news-tip", "send-tip", "reader-photos", "tip-box"),
    "issue": ("issue-label", "edition", "print-issue", "issue-info"),
    "audio": ("audio-version", "listen-story", "narrated", "audm-player"),
    "print-note": ("print-edition", "print-note", "appeared-in", "article-origin"),
    "bio-line": ("author-note", "contributor-note", "byline-bio", "tagline-author"),
    "offer": ("subscribe-offer", "paywall-offer", "promo-box", "sub-promo"),
    "press-label": ("release-type", "doc-type", "press-label", "content-type"),
    "ends": ("release-end", "end-mark", "ends"),
    "contact": ("press-contact", "media-contact", "contact-box", "vcard"),
    "attachments": ("attachments", "downloads", "file-list", "documents"),
    "print-share": ("page-tools", "print-tools", "page-actions", "utility-links"),
    "modified": ("last-modified", "page-updated", "modified-date", "review-date"),
    "useful": ("page-feedback", "was-this-helpful", "feedback-form", "helpfulness"),
    "buy": ("buy-box", "price-comparison", "where-to-buy", "shop-links", "product-offers"),
    "specs": ("spec-box", "specifications", "product-specs", "tech-specs"),
    "pros": ("pros", "review-pros", "plus-list", "good-points"),
    "cons": ("cons", "review-cons", "minus-list", "bad-points"),
    "verdict": ("verdict", "review-score", "score-box", "rating-summary"),
    "tested": ("review-disclosure", "test-note", "sample-note", "review-note"),
    "on-air": ("now-playing", "on-air-bar", "live-radio", "radio-bar"),
    "podcast": ("podcast-player", "episode-player", "audio-embed", "pod-player"),
    "transcript-note": ("transcript-note", "transcript-disclaimer", "auto-transcript"),
    "download": ("episode-download", "download-link", "mp3-link", "podcast-download"),
    "claim": ("claim-box", "claim-review", "fact-check-claim", "verdict-box", "claim"),
    "scale": ("rating-scale", "methodology-link", "ratings-explained", "how-we-rate"),
    "programme": ("partner-note", "program-disclosure", "meta-partnership", "partnership-note"),
    "signatory": ("ifcn-badge", "signatory-note", "ifcn", "trust-badge"),
    "checks": ("related-factchecks", "factcheck-list", "more-checks", "latest-checks"),
    "screenshot": ("screenshot", "evidence-image", "claim-image", "wp-block-image"),
    "archived": ("archive-link", "archived-version", "evidence-link"),
    "meter": ("meter-banner", "paywall-meter", "metered-notice", "piano-meter", "tp-meter"),
    "edition-bar": ("edition-bar", "top-strip", "weather-epaper", "service-bar"),
    "plus": ("plus-badge", "premium-label", "subscriber-badge", "paid-content"),
    "push": ("push-prompt", "notification-optin", "onesignal-slidedown", "push-ask"),
    "jobs": ("jobs-widget", "job-listings", "stellenmarkt", "careers-box"),
    "most-commented": ("most-commented", "top-discussed", "hot-comments", "popular-comments"),
    "publisher": ("publisher-info", "imprint-line", "publisher", "legal-entity"),
    "donate-box": ("donate-inline", "donation-cta", "give-box", "appeal-inline"),
    "appeal": ("donation-form", "appeal-box", "donate-widget", "give-widget", "fundraising"),
    "petition": ("petition-box", "petition-counter", "sign-petition", "action-box"),
    "names-note": ("editor-note", "names-note", "protect-note", "article-note"),
    "charity-legal": ("charity-info", "registration", "legal-info", "org-details"),
    "edition": ("edition-picker", "edition-select", "edition-label", "locale-switch"),
    "authors": ("author-list", "authors", "contributors", "author-bios", "byline-block"),
    "disclosure": ("disclosure", "disclosure-statement", "conflict-of-interest", "coi-note"),
    "partners": ("partners", "partner-list", "funding-partners", "partner-institutions"),
    "republish": ("republish", "republish-box", "cc-license", "syndication-box"),
    "write": ("write-for-us", "pitch-cta", "join-academics", "contributor-cta"),
    "chart": ("chart", "datawrapper-chart", "dw-embed", "infographic", "data-viz"),
    "provided-by": ("release-source", "news-provided-by", "issuer", "provided-by"),
    "dateline": ("dateline", "release-dateline", "xn-location", "location-date"),
    "about": ("boilerplate", "about-company", "company-about", "issuer-profile"),
    "fls": ("forward-looking", "safe-harbor", "disclaimer-fls", "legal-note"),
    "release-contact": ("media-contact", "contact-info", "release-contact", "press-contact"),
    "source-line": ("source-line", "release-source-footer", "xn-source", "issuer-line"),
    "original": ("original-content", "view-original", "multimedia-link", "release-url"),
    "industry": ("industry-tags", "release-subjects", "subjects", "industries"),
    "also-from": ("also-from-source", "issuer-releases", "more-from-company", "related-releases"),
    "not-responsible": ("wire-disclaimer", "distributor-note", "issuer-disclaimer", "legal-disclaimer"),
    "release-photo": ("release-image", "multimedia", "company-logo", "wp-block-image"),
    "recipe-bar": ("recipe-actions", "wprm-recipe-jump", "recipe-toolbar", "tasty-recipes-buttons"),
    "recipe-times": ("recipe-times", "wprm-recipe-times-container", "recipe-meta", "cook-times"),
    "recipe-rating": ("recipe-rating", "wprm-recipe-rating", "star-rating", "rating-summary"),
    "recipe-card": ("recipe-card", "wprm-recipe-name", "recipe-header", "tasty-recipes-title"),
    "ingredients": ("ingredients", "wprm-recipe-ingredients", "recipe-ingredients", "ingredient-list"),
    "method": ("method", "wprm-recipe-instructions", "recipe-steps", "instructions"),
    "nutrition": ("nutrition", "wprm-nutrition-label", "nutrition-info", "recipe-nutrition"),
    "recipe-tip": ("recipe-notes", "wprm-recipe-notes", "cook-tip", "tip-box"),
    "recipe-rate": ("rate-recipe", "wprm-user-rating", "rating-prompt", "recipe-review-cta"),
    "more-recipes": ("more-recipes", "recipe-carousel", "related-recipes", "recipe-list"),
    "recipe-teaser": ("recipe-promo", "inline-recipe", "recipe-teaser", "save-card"),
    "alert-banner": ("alert-banner", "warning-strip", "weather-alert", "site-alert"),
    "warning": ("warning-box", "weather-warning", "alert-box", "wx-warning"),
    "status-box": ("status-box", "incident-status", "disruption-info", "traffic-status"),
    "advice": ("travel-advice", "advice-note", "inline-advice", "driver-tip"),
    "live-map": ("live-map", "map-cta", "traffic-map-link", "open-map"),
    "delay": ("report-delay", "tipline", "traffic-tip", "delay-report"),
    "closures": ("current-alerts", "closures", "disruptions-list", "incident-list"),
    "planner": ("journey-planner", "route-planner", "trip-search", "planner-widget"),
    "next-match": ("next-match", "match-bar", "fixture-ticker", "upcoming-match"),
    "match-card": ("match-card", "result-card", "score-embed", "match-result"),
    "ticket-note": ("ticket-cta", "ticket-promo", "buy-tickets", "ticketing-box"),
    "fixtures": ("fixtures", "fixture-list", "upcoming-fixtures", "match-schedule"),
    "kit": ("shop-promo", "kit-launch", "store-banner", "merch-cta"),
    "member": ("membership-cta", "season-ticket-promo", "join-club", "members-box"),
    "sponsors": ("sponsor-strip", "partners-bar", "sponsors", "partner-logos"),
    "case-box": ("case-info", "case-box", "court-facts", "verfahren-info", "case-details"),
    "restrictions": ("reporting-restrictions", "legal-notice", "court-order-note", "editor-note"),
    "presumed": ("presumption-note", "innocence-note", "legal-note", "hinweis"),
    "not-final": ("appeal-note", "not-final", "ruling-status", "rechtskraft"),
    "next-hearing": ("next-hearing", "hearing-date", "case-next", "termin"),
    "victim-help": ("help-box", "support-line", "victim-support", "helpline"),
    "record": ("court-reporting-note", "editorial-policy", "reporting-note", "standards-note"),
    "rulings": ("related-rulings", "court-list", "more-judgments", "rulings"),
    "comments-closed": ("comments-closed", "comments-disabled", "no-comments", "comments-off"),
    "partner": ("partner-label", "sponsored-by", "promo-label", "paid-partnership"),
    "listing": ("listing-card", "property-box", "estate-embed", "home-card", "object-teaser"),
    "agent": ("agent-card", "broker-box", "realtor", "contact-agent"),
    "mortgage": ("mortgage-cta", "calculator-promo", "loan-calc", "finance-box"),
    "market": ("market-data", "price-index", "area-stats", "sqm-price"),
    "home-search": ("property-search", "home-finder", "search-widget", "estate-search"),
    "similar": ("similar-listings", "more-homes", "listing-carousel", "nearby-homes"),
    "prices-note": ("listing-disclaimer", "prices-note", "estate-legal", "third-party-note"),
    "spoiler": ("spoiler-warning", "spoiler-alert", "content-warning", "spoiler"),
    "where-watch": ("where-to-watch", "streaming-info", "watch-on", "availability"),
    "tv-verdict": ("review-verdict", "rating-box", "star-rating", "verdict"),
    "show-info": ("show-facts", "series-info", "credits", "programme-info"),
    "trailer": ("trailer-embed", "video-trailer", "yt-embed", "trailer"),
    "tv-affiliate": ("affiliate-disclosure", "commerce-note", "affiliate-note", "disclosure"),
    "tonight": ("tv-tonight", "tv-picks", "epg-teaser", "tonight-box"),
    "reviews": ("more-reviews", "review-list", "latest-reviews", "related-reviews"),
    "live-banner": ("live-banner", "election-live", "live-strip", "breaking-live"),
    "counted": ("count-status", "counting-progress", "results-status", "ausgezaehlt"),
    "results": ("results-table", "election-results", "vote-share", "party-results"),
    "provisional": ("results-note", "provisional-note", "results-disclaimer", "fine-print"),
    "results-method": ("methodology", "data-note", "how-we-count", "results-method"),
    "turnout": ("turnout", "voter-turnout", "participation", "turnout-box"),
    "seat-count": ("seat-chart", "seats", "parliament-chart", "seat-distribution"),
    "polling": ("polling-info", "voting-info", "election-day-note", "how-to-vote"),
    "finder": ("polling-finder", "station-search", "where-to-vote", "wahllokal-finder"),
    "candidate": ("candidate-card", "candidate-box", "profile-card", "kandidat"),
    "poll-box": ("poll-box", "latest-poll", "survey-embed", "umfrage"),
    "meeting-box": ("meeting-info", "decision-box", "agenda-item", "council-facts", "sitzung"),
    "draft-minutes": ("minutes-note", "draft-note", "provisional-minutes", "status-note"),
    "recording": ("webcast-link", "meeting-video", "recording", "watch-meeting"),
    "next-meeting": ("next-meeting", "meeting-date", "upcoming-meeting", "next-session"),
    "documents": ("documents", "downloads", "meeting-papers", "attachments-list"),
    "have-say": ("have-your-say", "participation", "public-questions", "get-involved"),
    "councillor": ("councillor-card", "member-card", "official-card", "quote-source"),
    "council-office": ("press-office", "comms-note", "source-note", "publisher-note"),
    "council-more": ("council-news", "more-decisions", "related-news", "latest-council"),
    "look": ("shop-the-look", "shoppable", "product-box", "commerce-widget", "affiliate-products"),
    "product": ("product-card", "product-embed", "shop-card", "buy-box"),
    "commission": ("affiliate-note", "commerce-disclosure", "commission-note", "disclosure"),
    "gallery-count": ("gallery-count", "slideshow-label", "photo-count", "media-count"),
    "pin": ("pin-button", "pinterest-save", "save-image", "pin-it"),
    "shop-prices": ("price-disclaimer", "prices-note", "shop-note", "commerce-footnote"),
    "shoot-credits": ("credits", "shoot-credits", "photo-credits", "production-credits"),
    "horoscope": ("horoscope-teaser", "astro-box", "horoscope", "stars-widget"),
    "fashion-more": ("more-stories", "recirculation", "read-next", "more-fashion"),
    "asker": ("question-from", "reader-question", "letter-from", "asked-by"),
    "answer-label": ("answer-label", "reply-head", "answer-title", "response-label"),
    "names-changed": ("names-note", "privacy-note", "editor-note", "letter-note"),
    "column-note": ("column-disclaimer", "advice-disclaimer", "legal-note", "column-note"),
    "helpline": ("helpline", "support-box", "crisis-line", "help-note"),
    "columnist": ("columnist-card", "author-card", "expert-box", "about-columnist"),
    "write-in": ("ask-cta", "send-question", "write-in", "submit-letter"),
    "letters-more": ("more-letters", "previous-questions", "column-archive", "related-letters"),
    "spec-box": ("spec-box", "tech-specs", "car-data", "technische-daten", "specs-table"),
    "dealer": ("dealer-box", "dealer-locator", "car-offers", "finance-widget", "lead-form"),
    "loan-note": ("press-car-note", "disclosure-note", "test-note", "hinweis"),
    "official": ("wltp-note", "consumption-note", "pkw-envkv", "fuel-disclaimer"),
    "road-verdict": ("verdict-box", "road-test-verdict", "rating-box", "fazit"),
    "compare": ("compare-cta", "car-compare", "compare-link", "versus-widget"),
    "motoring-more": ("more-reviews", "motoring-latest", "related-tests", "more-stories"),
    "life": ("obit-dates", "lifespan", "notice-name", "death-notice-header"),
    "funeral": ("funeral-details", "service-info", "funeral-info", "trauerfeier"),
    "funeral-home": ("funeral-director", "provider-credit", "fh-credit", "bestatter"),
    "wish": ("family-wish", "donations-note", "in-lieu", "notice-note"),
    "candles": ("candles", "light-candle", "candle-count", "memorial-candles"),
    "guestbook-head": ("guestbook-title", "condolences-head", "gb-heading", "kondolenz-titel"),
    "condolence": ("guestbook-entry", "condolence", "gb-entry", "memory-entry"),
    "sign-guestbook": ("sign-guestbook", "gb-cta", "add-condolence", "write-entry"),
    "flowers": ("send-flowers", "sympathy-gift", "flowers-cta", "shop-flowers"),
    "place-notice": ("place-notice", "notice-cta", "advertise-notice", "anzeige-aufgeben"),
    "obit-more": ("recent-notices", "more-obituaries", "notice-list", "related-notices"),
    "reviewed": ("reviewed-by", "expert-review", "fact-checked", "reviewer"),
    "partner-note": ("advertiser-disclosure", "affiliate-disclosure", "partner-note", "commission-note"),
    "risk": ("risk-warning", "capital-at-risk", "investment-warning", "risk-note"),
    "money-note": ("not-advice", "finance-disclaimer", "legal-note", "disclaimer-box"),
    "independence": ("editorial-independence", "independence-note", "how-we-work", "editorial-policy"),
    "calculator": ("calculator-cta", "calc-promo", "tool-teaser", "savings-calculator"),
    "rate-table": ("rate-table", "best-buys", "product-table", "comparison-widget", "rates-box"),
    "money-more": ("more-money", "related-money", "latest-finance", "recirculation"),
    "game-card": ("game-info", "game-card", "product-box", "game-details", "infobox"),
    "pros-cons": ("pros-cons", "review-points", "good-bad", "verdict-lists"),
    "game-score": ("review-score", "score-box", "rating", "verdict-box"),
    "reviewed-on": ("review-note", "disclosure", "review-disclosure", "article-note"),
    "platforms": ("platforms", "available-on", "game-platforms", "platform-tags"),
    "wishlist": ("buy-box", "affiliate-cta", "wishlist-cta", "deal-button"),
    "game-trailer": ("video-embed", "trailer", "yt-embed", "media-embed"),
    "game-more": ("more-reviews", "latest-reviews", "related-posts", "more-stories"),
    "correction": ("correction", "editors-note", "article-note", "correction-note"),
    "print-run": ("print-note", "article-note", "edition-note", "print-edition"),
    "accuracy": ("corrections-policy", "accuracy-note", "article-note", "policy-note"),
    "support-student": ("donate-box", "support-cta", "support-student-journalism", "donation-appeal"),
    "campus-more": ("more-news", "latest-news", "in-this-issue", "related-posts"),
    "independent-paper": ("about-paper", "masthead-note", "publisher-note", "footer-about"),
    "med-review": ("medically-reviewed", "reviewer", "review-byline", "byline-extra"),
    "med-disclaimer": ("medical-disclaimer", "disclaimer", "article-note", "health-disclaimer"),
    "emergency": ("emergency-note", "callout", "alert-box", "article-note"),
    "conditions": ("related-conditions", "condition-links", "see-also", "topic-links"),
    "health-sources": ("sources", "article-sources", "references", "source-note"),
    "symptom-checker": ("symptom-checker", "checker-promo", "tool-teaser", "promo-box"),
    "health-more": ("more-health", "latest-health", "related-posts", "recirculation"),
    "consent-bar": ("cookie-consent", "cmp-banner", "consent-notice", "gdpr-bar", "cookie-bar"),
    "end-mark": ("end-mark", "article-end", "ends", "tombstone"),
    "agency-credit": ("agency", "source-credit", "credit-line", "article-source"),
    "page-notice": ("notice", "article-notice", "info-note", "alert-note"),
    "journal-ref": ("journal-reference", "citation", "paper-ref", "publication"),
    "funding": ("funding", "funding-note", "acknowledgements", "support-note"),
    "about-org": ("boilerplate", "about-university", "about-us-note", "org-about"),
    "media-contact": ("media-contact", "press-contact", "contact-box", "contact-note"),
    "editors-notes": ("notes-to-editors", "editors-notes", "press-notes", "release-notes"),
    "figure-credit": ("wp-caption", "figure", "image-credit", "media-credit"),
    "podcast-promo": ("podcast-cta", "audio-promo", "listen-box", "podcast-teaser"),
    "research-more": ("related-news", "more-research", "latest-news", "news-list"),
    "issue-line": ("issue-info", "edition-line", "issue-date", "masthead-issue"),
    "thought": ("thought-week", "verse-box", "quote-of-week", "reflection"),
    "diary": ("whats-on", "events-list", "diary", "calendar-box"),
    "gift-appeal": ("donate-box", "appeal", "give-cta", "support-us"),
    "letters-invite": ("letters-note", "write-to-us", "letters-cta", "reader-letters"),
    "community-more": ("in-this-issue", "more-news", "parish-news", "related-posts"),
    "weather-box": ("weather", "weather-widget", "forecast", "wx-line"),
    "market-prices": ("market-prices", "price-table", "commodity-box", "prices-widget"),
    "agri-advice": ("advice-note", "disclaimer", "agronomy-note", "article-note"),
    "auction": ("auction-note", "sale-notice", "livestock-sale", "events-note"),
    "agri-more": ("more-farming", "latest-farming", "related-posts", "recirculation"),
    "editors-note": ("editors-note", "article-note", "ed-note", "update-note"),
    "read-more": ("read-more", "inline-link", "related-inline", "rich-link", "more-link"),
    "photo-credit": ("wp-caption", "image-credit", "photo-credit", "media-credit", "figure"),
    "stars": ("star-rating", "rating", "review-stars", "score"),
    "pick-badge": ("badge", "critics-pick", "editor-pick", "label-pick"),
    "venue-box": ("event-info", "venue-box", "listing-details", "show-info", "ticket-box"),
    "seen-line": ("review-note", "seen-at", "performance-note", "article-footnote"),
    "ticket-affiliate": ("affiliate-disclosure", "commission-note", "disclosure", "affiliate-note"),
    "listings": ("whats-on", "listings", "event-listings", "agenda"),
    "culture-more": ("more-reviews", "related-reviews", "related-posts", "recirculation"),
    "view-online": ("view-online", "preheader", "email-browser-link", "web-version"),
    "forwarded": ("forwarded-cta", "signup-cta", "subscribe-prompt", "nl-signup"),
    "edition-no": ("issue-number", "edition-info", "issue-meta", "newsletter-issue"),
    "greeting": ("intro", "newsletter-intro", "greeting", "preamble"),
    "contents": ("in-this-issue", "newsletter-toc", "contents", "todays-items"),
    "divider": ("divider", "section-break", "separator", "hr-stars"),
    "nl-sponsor": ("sponsor-block", "sponsored", "partner-message", "presented-by"),
    "signoff": ("signoff", "sign-off", "newsletter-outro", "closing"),
    "edited-by": ("credits", "newsletter-credits", "edited-by", "staff-line"),
    "reply-line": ("reply-cta", "feedback-note", "write-back", "reply-prompt"),
    "share-line": ("refer-cta", "share-newsletter", "forward-cta", "referral"),
    "email-footer": ("email-footer", "subscription-footer", "unsubscribe-block", "list-footer"),
    "bulletin-more": ("past-issues", "archive-list", "more-newsletters", "related-posts"),
    "recall-box": ("recall-box", "recall-details", "product-info", "fact-box", "alert-box"),
    "answered": ("update-note", "article-update", "statement-note", "addendum"),
    "contacted": ("comment-note", "response-note", "request-note", "article-note"),
    "recall-action": ("advice-box", "what-to-do", "consumer-advice", "recall-advice"),
    "recall-source": ("source", "source-note", "recall-source", "article-source"),
    "all-recalls": ("all-recalls", "recall-link", "more-link", "cta-link"),
    "consumer-help": ("helpline", "consumer-contact", "contact-note", "tips-line"),
    "recall-more": ("more-consumer", "latest-recalls", "related-posts", "recirculation"),
    "header": ("site-header", "header", "page-header", "top", "masthead-wrap"),
    "article": ("post", "article", "story", "entry", "art-wrap", "content"),
    "main": ("site-main", "main-content", "content-area", "page-content", "main-wrap", "layout"),
}
# Roles some sites write with no class at all: a paragraph saying "Read more:" with a link, a
# paragraph "ADVERTISEMENT" between the article's own, a caption in emphasis.
BARE_SHARE = {"ad-continue": 0.5, "teaser": 0.4, "reading": 0.4, "ad": 0.2, "inline-newsletter": 0.3, "caption": 0.3}
BARE_SHARE |= {"names-note": 0.5, "archived": 0.5, "scale": 0.3}
BARE_SHARE |= {"dateline": 0.4, "source-line": 0.4, "advice": 0.3, "recipe-tip": 0.3}
BARE_SHARE |= {"presumed": 0.5, "not-final": 0.3, "spoiler": 0.3, "provisional": 0.3, "tv-affiliate": 0.3}
HEAD_ROLES = frozenset({"cookie", "brand", "masthead", "account", "nav", "breaking", "ticker", "topbar", "townbar"})
HEAD_ROLES |= {"meter", "edition-bar", "edition"}
HEAD_ROLES |= {"alert-banner", "next-match"}
HEAD_ROLES |= {"live-banner"}
HEAD_ROLES |= {"consent-bar", "issue-line", "weather-box"}
HEAD_ROLES |= {"view-online"}
BARE_SHARE |= {"draft-minutes": 0.4, "commission": 0.3, "asker": 0.3, "names-changed": 0.5, "column-note": 0.3}
BARE_SHARE |= {"loan-note": 0.4, "official": 0.3, "funeral": 0.4, "wish": 0.4, "partner-note": 0.3, "risk": 0.3}
BARE_SHARE |= {"money-note": 0.4}
BARE_SHARE |= {"reviewed-on": 0.4, "platforms": 0.3, "correction": 0.3, "print-run": 0.4, "accuracy": 0.3}
BARE_SHARE |= {"med-disclaimer": 0.3, "emergency": 0.3, "health-sources": 0.3, "conditions": 0.2}
BARE_SHARE |= {"end-mark": 0.5, "agency-credit": 0.5, "page-notice": 0.3, "journal-ref": 0.3, "funding": 0.3}
BARE_SHARE |= {"letters-invite": 0.3, "agri-advice": 0.3, "auction": 0.3, "about-org": 0.2}
BARE_SHARE |= {"editors-note": 0.4, "read-more": 0.4, "seen-line": 0.4, "ticket-affiliate": 0.3, "divider": 0.5}
BARE_SHARE |= {"greeting": 0.5, "signoff": 0.5, "edited-by": 0.4, "reply-line": 0.4, "contacted": 0.5}
BARE_SHARE |= {"answered": 0.4, "recall-action": 0.3, "recall-source": 0.4, "stars": 0.2, "edition-no": 0.3}
TOP_ROLES = frozenset({"breadcrumb", "kicker", "title"})
AFTER_ROLES = frozenset(
    {"related", "trending", "comments-head", "comment", "comment-form", "newsletter", "pagination", "archive"}
    | {"obituaries", "most-watched", "standings", "comment-sort", "comment-post", "comment-more", "comment-note"}
    | {"events"}
    | {"checks", "jobs", "most-commented"}
    | {"also-from", "more-recipes", "closures", "planner", "fixtures"}
    | {"rulings", "comments-closed", "home-search", "similar", "tonight", "reviews"}
    | {"council-more", "fashion-more", "letters-more", "horoscope"}
    | {"motoring-more", "obit-more", "money-more"}
    | {"game-more", "campus-more", "health-more"}
    | {"research-more", "community-more", "agri-more"}
    | {"listings", "culture-more", "bulletin-more", "recall-more"}
)
FOOT_ROLES = frozenset({"footer-nav", "copyright", "address", "app", "schedule"})
FOOT_ROLES |= {"publisher", "charity-legal"}
FOOT_ROLES |= {"not-responsible", "sponsors"}
FOOT_ROLES |= {"independent-paper"}
FOOT_ROLES |= {"email-footer"}
RTL = frozenset({"he", "ar", "fa", "ur"})  # languages written right to left: their pages say so on the root element
UTILITY = ("clearfix", "mb-3", "mt-4", "px-2", "d-flex", "container", "row", "col-12", "text-muted")
WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
TAGS_RE = regex.compile(r"(.*?[:\N{FULLWIDTH COLON}])\s*(.*)")
SHARE_TARGETS = ("https://www.facebook.com/sharer/sharer.php?u=", "https://twitter.com/intent/tweet?url=")


@dataclass
class HtmlStyle:
    """How one site writes its HTML, chosen once."""

    scheme: str
    prefix: str
    rng: random.Random
    names: dict[str, str] = field(default_factory=dict)
    bare: dict[str, bool] = field(default_factory=dict)
    readable: dict[str, bool] = field(default_factory=dict)
    flags: dict[str, str] = field(default_factory=dict)
    rebuild: float = 0.5  # the share of the crawl after which a CSS-in-JS site was rebuilt

    def flag(self, key: str, options: tuple[str, ...]) -> str:
        if key not in self.flags:
            self.flags[key] = self.rng.choice(options)
        return self.flags[key]

    def name(self, role: str) -> str:
        if role not in self.names:
            self.names[role] = self.rng.choice(NAMES[role])
        return self.names[role]


def html_style(site: str) -> HtmlStyle:
    rng = random.Random(f"{site}-html")
    scheme = rng.choice(SCHEMES)
    prefix = "".join(w[0] for w in WORD_RE.findall(site.lower()))[:3] or "x"
    return HtmlStyle(scheme, prefix, rng, rebuild=rng.uniform(0.3, 0.7))


class Page:
    """One page's HTML being written: its site's style, and what varies on this page."""

    def __init__(self, ctx: PageCtx, hs: HtmlStyle, position: float, page_id: int) -> None:
        self.ctx, self.hs = ctx, hs
        self.rng = random.Random(f"{ctx.style.name}-{ctx.article.title}-html")
        self.build = "b" if position >= hs.rebuild else "a"
        self.page_id = page_id
        self.ads = 0

    def cls(self, role: str, *extra: str) -> str:
        """The class attribute of a role's element on this page (empty when the site gives none)."""
        hs = self.hs
        if self.bare(role):
            return _attr("class", " ".join(extra))
        base = hs.name(role)
        classes = [self._named(base, role), *extra]
        if hs.scheme == "bootstrap" and hs.rng.random() < 0.5:
            classes.append(hs.rng.choice(UTILITY))
        return _attr("class", " ".join(c for c in classes if c))

    def bare(self, role: str) -> bool:
        """Whether the site writes this role's element without a class."""
        if role not in self.hs.bare:
            self.hs.bare[role] = self.hs.rng.random() < BARE_SHARE.get(role, 0.0)
        return self.hs.bare[role]

    def _named(self, base: str, role: str) -> str:
        hs = self.hs
        if hs.scheme == "bem":
            block = "header" if role in HEAD_ROLES else "footer" if role in FOOT_ROLES else "article"
            return f"{block}__{base}"
        if hs.scheme == "prefixed":
            return f"{hs.prefix}-{base}"
        if hs.scheme == "camel":
            first, *rest = base.split("-")
            return first + "".join(w.title() for w in rest)
        if hs.scheme == "hashed":
            digest = format(zlib.crc32(f"{hs.prefix}{self.build}{role}".encode()), "x")[:6]
            if role not in hs.readable:
                hs.readable[role] = hs.rng.random() < 0.4
            return f"css-{digest}" + (f" {base}" if hs.readable[role] else "")
        return base

    def href(self, title: str) -> str:
        words = WORD_RE.findall(title.lower())[:8]
        slug = "-".join(words) if all(w.isascii() for w in words) and words else str(zlib.crc32(title.encode()))
        return f"/{_slug(self.ctx.category)}/{slug}"


def render_html(ctx: PageCtx, blocks: list[Block], position: float, page_id: int, hs: HtmlStyle) -> str:
    """The page's HTML document. `position` is where the page's date falls in the crawl (0 to 1)."""
    page = Page(ctx, hs, position, page_id)
    body = "\n".join(_zones(page, blocks))
    return _document(page, body)


def page_url(ctx: PageCtx) -> str:
    """The page's address (its canonical link)."""
    return f"https://www.{ctx.style.domain}{Page(ctx, html_style(ctx.style.name), 0, 0).href(ctx.article.title)}"


def _document(page: Page, body: str) -> str:
    ctx, style = page.ctx, page.ctx.style
    url = page_url(ctx)
    summary = ctx.article.summary or ctx.article.paragraphs[0][:160]
    sep = page.hs.flag("title-sep", (" | ", " - ", " \N{EN DASH} "))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": ctx.article.title,
        "datePublished": ctx.when.isoformat(),
        "author": {"@type": "Person", "name": ctx.author},
        "publisher": {"@type": "Organization", "name": style.name},
    }
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(ctx.article.title + sep + style.name)}</title>",
        f'<meta name="description" content="{_q(summary)}">',
        f'<meta property="og:title" content="{_q(ctx.article.title)}">',
        f'<meta property="og:description" content="{_q(summary)}">',
        f'<meta property="og:url" content="{_q(url)}">',
        f'<link rel="canonical" href="{_q(url)}">',
        f'<link rel="stylesheet" href="/assets/main.{page.build}{page.hs.prefix}.css">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'pageType': 'article'});</script>",
    ]
    body_class = f"single single-post postid-{page.page_id} " + page.rng.choice(("ab-a", "ab-b"))
    direction = ' dir="rtl"' if style.lang in RTL else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{style.lang}"{direction}>\n<head>\n'
        + "\n".join(head)
        + f'\n</head>\n<body class="{body_class}">\n{body}\n'
        + '<script src="/assets/app.js" async></script>\n</body>\n</html>\n'
    )


def _zones(page: Page, blocks: list[Block]) -> Iterator[str]:
    """The blocks in their containers: header, the article (top, body, end), what follows it, footer."""
    roles = [b.role for b in blocks]
    top = next(i for i, r in enumerate(roles) if r in TOP_ROLES)
    first_p = roles.index("p")
    last_p = len(roles) - 1 - roles[::-1].index("p")
    end = next((i for i in range(last_p + 1, len(roles)) if roles[i] in AFTER_ROLES | FOOT_ROLES), len(roles))
    foot = next((i for i in range(end, len(roles)) if roles[i] in FOOT_ROLES), len(roles))
    yield f"<header{page.cls('header')}>"
    yield from (_element(page, b) for b in blocks[:top])
    yield "</header>"
    yield f'<main id="main"{page.cls("main")}>'
    category = f"category-{_slug(page.ctx.category)}"
    yield f'<article id="post-{page.page_id}"{page.cls("article", f"post-{page.page_id}", category)}>'
    yield from (_element(page, b) for b in blocks[top:first_p])
    yield f"<div{page.cls('body')}>"
    yield from (_element(page, b) for b in blocks[first_p : last_p + 1])
    yield "</div>"
    yield from (_element(page, b) for b in blocks[last_p + 1 : end])
    yield "</article>"
    yield from _after(page, blocks[end:foot])
    yield "</main>"
    yield f"<footer{page.cls('footer')}>"
    yield from (_element(page, b) for b in blocks[foot:])
    yield "</footer>"


def _after(page: Page, blocks: list[Block]) -> Iterator[str]:
    """What follows the article; a comment thread's blocks go into one section."""
    thread: list[str] = []
    for block in blocks:
        if block.role.startswith("comment"):
            thread.append(_element(page, block))
            continue
        if thread:
            yield _comments(page, thread)
            thread = []
        yield _element(page, block)
    if thread:
        yield _comments(page, thread)


def _comments(page: Page, parts: list[str]) -> str:
    return f'<section id="comments"{page.cls("comments")}>\n' + "\n".join(parts) + "\n</section>"


def _element(page: Page, block: Block) -> str:
    return RENDERERS.get(block.role, _generic)(page, block)


# --- one function a role ---------------------------------------------------------------------------------


def _generic(page: Page, block: Block) -> str:
    inner = "".join(f"<p>{_text(line)}</p>" for line in block)
    return f"<div{page.cls(block.role)}>{inner}</div>"


def _paragraph(page: Page, block: Block) -> str:
    return "<p>" + "<br>".join(_text(line) for line in block[0].split("\n")) + "</p>"


def _links(page: Page, items: tuple[str, ...] | list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f'<li><a href="{_q(page.href(t))}">{_text(t)}</a></li>' for t in items) + f"</{tag}>"


def _brand(page: Page, block: Block) -> str:
    name, *rest = block
    tagline = f'<p class="tagline">{_text(rest[0])}</p>' if rest else ""
    return f'<div{page.cls("brand")}><a href="/" rel="home">{_text(name)}</a>{tagline}</div>'


def _masthead(page: Page, block: Block) -> str:
    name, *links = block
    account = "".join(f'<a href="/{_slug(x)}">{_text(x)}</a>' for x in links)
    return f'<div{page.cls("masthead")}><a href="/" rel="home">{_text(name)}</a><div>{account}</div></div>'


def _account(page: Page, block: Block) -> str:
    return f"<div{page.cls('account')}>" + "".join(f'<a href="/{_slug(x)}">{_text(x)}</a>' for x in block) + "</div>"


def _nav(page: Page, block: Block) -> str:
    items = "".join(f'<li><a href="/{_slug(x)}/">{_text(x)}</a></li>' for x in block.items)
    return f'<nav{page.cls("nav")} aria-label="Main"><ul>{items}</ul></nav>'


def _labelled_link(page: Page, block: Block) -> str:
    label, title = block.items
    link = f'<a href="{_q(page.href(title))}">{_text(title)}</a>'
    return f"<div{page.cls(block.role)}><strong>{_text(label)}</strong> {link}</div>"


def _ticker(page: Page, block: Block) -> str:
    label, *topics = block.items
    links = " ".join(f'<a href="/tag/{_slug(t)}">{_text(t)}</a>' for t in topics)
    return f"<div{page.cls('ticker')}><span>{_text(label)}:</span> {links}</div>"


def _crumbs(page: Page, block: Block) -> str:
    home, category = block.items
    return (
        f'<nav{page.cls("breadcrumb")} aria-label="Breadcrumb"><a href="/">{_text(home)}</a> '
        f'<span>&rsaquo;</span> <a href="/{_slug(category)}/">{_text(category)}</a></nav>'
    )


def _kicker(page: Page, block: Block) -> str:
    return f'<p{page.cls("kicker")}><a href="/{_slug(page.ctx.category)}/">{_text(block[0])}</a></p>'


def _title(page: Page, block: Block) -> str:
    return f"<h1{page.cls('title')}>{_text(block[0])}</h1>"


def _standfirst(page: Page, block: Block) -> str:
    tag = page.hs.flag("standfirst-tag", ("p", "p", "h2", "div"))
    return f"<{tag}{page.cls('standfirst')}>{_text(block[0])}</{tag}>"


def _bullets(page: Page, block: Block) -> str:
    return f"<ul{page.cls('bullets')}>" + "".join(f"<li>{_text(b)}</li>" for b in block.items) + "</ul>"


def _meta(page: Page, block: Block) -> str:
    author = page.ctx.author
    parts = []
    for line in block.items:
        text = _text(line)
        if author in line:
            link = f'<a href="/author/{_slug(author)}" rel="author">{_text(author)}</a>'
            parts.append(f'<span class="author">{text.replace(_text(author), link, 1)}</span>')
        elif any(ch.isdigit() for ch in line):
            parts.append(f'<time datetime="{page.ctx.when.isoformat()}">{text}</time>')
        else:
            parts.append(f"<span>{text}</span>")
    return f"<div{page.cls('meta')}>" + " ".join(parts) + "</div>"


def _share(page: Page, block: Block) -> str:
    url = f"https://www.{page.ctx.style.domain}{page.href(page.ctx.article.title)}"
    links = [
        f'<a href="{SHARE_TARGETS[i % 2]}{_q(url)}" rel="nofollow" target="_blank">{_text(x)}</a>'
        for i, x in enumerate(block.items)
    ]
    return f"<div{page.cls(block.role)}>" + " ".join(links) + "</div>"


def _figure(page: Page, block: Block) -> str:
    src = f"/wp-content/uploads/{page.ctx.when:%Y/%m}/img-{page.rng.randint(1000, 99999)}.jpg"
    if page.bare(block.role):
        return f'<p><img src="{src}" alt=""><br><em>{_text(block[0])}</em></p>'
    image = f'<img src="{src}" alt="" loading="lazy">'
    credit = "".join(f' <span class="credit">{_text(x)}</span>' for x in block[1:])
    return f"<figure{page.cls(block.role)}>{image}<figcaption>{_text(block[0])}{credit}</figcaption></figure>"


def _ad(page: Page, block: Block) -> str:
    if page.bare("ad"):
        return f"<p>{_text(block[0])}</p>"
    page.ads += 1
    slot = f"div-gpt-ad-{page.rng.randint(10**12, 10**13 - 1)}-{page.ads}"
    label = f'<span class="ad-label">{_text(block[0])}</span>'
    return f'<div id="{slot}"{page.cls("ad", f"ad-slot-{page.ads}")} data-ad-slot="{page.ads}">{label}</div>'


def _teaser(page: Page, block: Block) -> str:
    label, title = block.items
    link = f'<a href="{_q(page.href(title))}">{_text(title)}</a>'
    return f"<p{page.cls('teaser')}><strong>{_text(label)}</strong> {link}</p>"


def _signup(page: Page, block: Block) -> str:
    first, *rest = block
    if page.bare(block.role):
        return f"<p><strong>{_text(first)}</strong></p>"
    button = page.ctx.style.words.account[1]
    fields = ""
    if len(rest) >= 2:  # a form's field, its button, and the line under it
        fields = f'<input type="email" placeholder="{_q(rest[0])}"><button>{_text(rest[1])}</button>'
        fields += "".join(f"<p><small>{_text(x)}</small></p>" for x in rest[2:])
    elif rest:
        fields = f'<input type="email"><button>{_text(rest[0])}</button>'
    else:
        fields = f'<input type="email"><button type="submit">{_text(button)}</button>'
    return f"<div{page.cls(block.role)}><p>{_text(first)}</p><form>{fields}</form></div>"


def _story_list(page: Page, block: Block) -> str:
    """A heading and linked headlines, with the date or reading time the text shows after each."""
    header, *titles = block.items
    lines = list(block)[1:]
    numbered = bool(lines) and lines[0].startswith("1. ")
    extras = [x for x in lines if x not in titles and not numbered]
    items = []
    for i, t in enumerate(titles):
        after = f' <span class="meta">{_text(extras[i])}</span>' if i < len(extras) else ""
        items.append(f'<li><a href="{_q(page.href(t))}">{_text(t)}</a>{after}</li>')
    tag = "ol" if numbered else "ul"
    head = "h2" if block.role in ("related", "trending") else "h3"
    wrapper = "aside" if block.role in ("trending", "related-box") else "section"
    return (
        f"<{wrapper}{page.cls(block.role)}><{head}>{_text(header)}</{head}><{tag}>{''.join(items)}</{tag}></{wrapper}>"
    )


def _tags(page: Page, block: Block) -> str:
    m = TAGS_RE.match(block[0])
    if m is None:
        return _generic(page, block)
    label, rest = m.groups()
    topics = [t.strip() for t in regex.split(r"[,\N{IDEOGRAPHIC COMMA}]", rest) if t.strip()]
    links = ", ".join(f'<a href="/tag/{_slug(t)}" rel="tag">{_text(t)}</a>' for t in topics)
    return f"<div{page.cls('tags')}><span>{_text(label)}</span> {links}</div>"


def _comment_head(page: Page, block: Block) -> str:
    return f'<h3 class="comments-title">{_text(block[0])}</h3>'


def _comment(page: Page, block: Block) -> str:
    meta, text, action = block
    number = page.rng.randint(1000, 99999)
    return (
        f'<div class="comment" id="comment-{number}"><div class="comment-meta">{_text(meta)}</div>'
        f'<p>{_text(text)}</p><a class="comment-reply-link" href="#comment-{number}">{_text(action)}</a></div>'
    )


def _comment_form(page: Page, block: Block) -> str:
    head, note, button = block
    return (
        f'<div id="respond" class="comment-respond"><h3>{_text(head)}</h3><p>{_text(note)}</p>'
        f"<form><textarea></textarea><button>{_text(button)}</button></form></div>"
    )


def _pagination(page: Page, block: Block) -> str:
    pairs = list(zip(block[0::2], block[1::2], strict=False))
    links = "".join(
        f'<div><span>{_text(label)}</span> <a href="{_q(page.href(t))}">{_text(t)}</a></div>' for label, t in pairs
    )
    return f"<nav{page.cls('pagination')}>{links}</nav>"


def _archive(page: Page, block: Block) -> str:
    return f"<aside{page.cls('archive')}>" + _links(page, list(block)) + "</aside>"


def _footer_nav(page: Page, block: Block) -> str:
    return (
        f"<nav{page.cls('footer-nav')}>" + "".join(f'<a href="/{_slug(x)}">{_text(x)}</a> ' for x in block) + "</nav>"
    )


def _one_line(tag: str) -> Callable[[Page, Block], str]:
    def render(page: Page, block: Block) -> str:
        return f"<{tag}{page.cls(block.role)}>" + " ".join(_text(x) for x in block) + f"</{tag}>"

    return render


def _toc(page: Page, block: Block) -> str:
    label, *entries = block
    items = "".join(f'<li><a href="#section-{i}">{_text(e)}</a></li>' for i, e in enumerate(entries, 1))
    return f"<nav{page.cls('toc')}><p>{_text(label)}</p><ol>{items}</ol></nav>"


def _takeaways(page: Page, block: Block) -> str:
    label, *points = block
    return (
        f"<div{page.cls('takeaways')}><h2>{_text(label)}</h2><ul>"
        + "".join(f"<li>{_text(p)}</li>" for p in points)
        + "</ul></div>"
    )


def _listen(page: Page, block: Block) -> str:
    label, duration = block
    button = f'<button type="button">{_text(label)}</button>'
    return f'<div{page.cls("listen")}>{button} <span class="duration">{_text(duration)}</span></div>'


def _helpful(page: Page, block: Block) -> str:
    question, *answers = block
    buttons = "".join(f"<button>{_text(a)}</button>" for a in answers)
    return f"<div{page.cls('helpful')}><p>{_text(question)}</p>{buttons}</div>"


def _bio(page: Page, block: Block) -> str:
    label, name, text = block
    return (
        f'<div{page.cls("bio")}><h4>{_text(label)}</h4><a href="/author/{_slug(name)}">{_text(name)}</a>'
        f"<p>{_text(text)}</p></div>"
    )


def _obituaries(page: Page, block: Block) -> str:
    label, *lines = block
    items = "".join(
        f'<li><a href="/obituaries/{_slug(name)}">{_text(name)}</a> <span>{_text(died)}</span></li>'
        for name, died in zip(lines[0::2], lines[1::2], strict=False)
    )
    return f"<aside{page.cls('obituaries')}><h3>{_text(label)}</h3><ul>{items}</ul></aside>"


def _topbar(page: Page, block: Block) -> str:
    weather, today, cta = block
    return (
        f'<div{page.cls("topbar")}><span class="weather">{_text(weather)}</span>'
        f' <span class="date">{_text(today)}</span>'
        f' <a href="/subscribe">{_text(cta)}</a></div>'
    )


def _channel(page: Page, block: Block) -> str:
    return f'<p{page.cls("channel")}><a href="https://news.google.com/" target="_blank">{_text(block[0])}</a></p>'


def _live(page: Page, block: Block) -> str:
    return f'<a{page.cls("live")} href="/live">{_text(block[0])}</a>'


def _video(page: Page, block: Block) -> str:
    label, title, duration = block.items
    return (
        f'<figure{page.cls("video")}><span class="label">{_text(label)}</span>'
        f'<video src="/media/{page.rng.randint(10**6, 10**7)}.mp4" controls></video>'
        f'<figcaption><a href="{_q(page.href(title))}">{_text(title)}</a> '
        f'<span class="duration">{_text(duration)}</span></figcaption></figure>'
    )


def _embed(page: Page, block: Block) -> str:
    view, shared = block
    return (
        f'<blockquote{page.cls("embed")} data-instgrm-permalink="https://www.instagram.com/p/'
        f'{format(page.rng.getrandbits(40), "x")}/"><a href="#">{_text(view)}</a><p>{_text(shared)}</p></blockquote>'
    )


def _consent(page: Page, block: Block) -> str:
    text, button = block
    return f"<div{page.cls('embed-consent')}><p>{_text(text)}</p><button>{_text(button)}</button></div>"


def _gallery(page: Page, block: Block) -> str:
    counter, *caption = block
    src = f"/media/gallery-{page.rng.randint(1000, 99999)}.jpg"
    credit = "".join(f' <span class="credit">{_text(x)}</span>' for x in caption[1:])
    return (
        f'<div{page.cls("gallery")}><span class="counter">{_text(counter)}</span><figure><img src="{src}" alt="">'
        f"<figcaption>{_text(caption[0])}{credit}</figcaption></figure></div>"
    )


def _boxed_list(tag: str, head: str) -> Callable[[Page, Block], str]:
    """A heading and its lines as list items (a fact box, a summary, companies and their prices)."""

    def render(page: Page, block: Block) -> str:
        label, *items = block
        return (
            f"<{tag}{page.cls(block.role)}><{head}>{_text(label)}</{head}><ul>"
            + "".join(f"<li>{_text(x)}</li>" for x in items)
            + f"</ul></{tag}>"
        )

    return render


def _summary(page: Page, block: Block) -> str:
    label, *bullets, note = block
    items = "".join(f"<li>{_text(b)}</li>" for b in bullets)
    note_html = f"<p><small>{_text(note)}</small></p>"
    return f"<section{page.cls('ai-summary')}><h2>{_text(label)}</h2><ul>{items}</ul>{note_html}</section>"


def _pull_quote(page: Page, block: Block) -> str:
    return f"<aside{page.cls('pull-quote')}><blockquote><p>{_text(block[0])}</p></blockquote></aside>"


def _comment_post(page: Page, block: Block) -> str:
    """A comment: who and when, the text, the votes and the reply button."""
    lines = list(block)
    head = 2 if len(lines) >= 5 and not lines[0].count("\N{MIDDLE DOT}") else 1
    who, text, tail = lines[:head], lines[head:-2], lines[-2:]
    if len(lines) == 3:  # a removed comment
        who, text, tail = lines[:2], lines[2:], []
    number = page.rng.randint(1000, 99999)
    return (
        f'<div id="comment-{number}"{page.cls("comment-post")}><header>'
        + " ".join(f"<span>{_text(x)}</span>" for x in who)
        + "</header>"
        + "".join(f"<p>{_text(x)}</p>" for x in text)
        + "<footer>"
        + " ".join(f"<button>{_text(x)}</button>" for x in tail)
        + "</footer></div>"
    )


def _button(page: Page, block: Block) -> str:
    return f"<div{page.cls(block.role)}><button>{_text(block[0])}</button></div>"


def _markets(page: Page, block: Block) -> str:
    return f"<ul{page.cls('markets')}>" + "".join(f"<li>{_text(x)}</li>" for x in block.items) + "</ul>"


def _leagues(page: Page, block: Block) -> str:
    return f"<nav{page.cls('leagues')}>" + _links(page, list(block)) + "</nav>"


def _scoreboard(page: Page, block: Block) -> str:
    league, home, score, away, status, *goals = block
    return (
        f'<div{page.cls("scoreboard")}><p class="league">{_text(league)}</p><span class="team">{_text(home)}</span>'
        f' <span class="score">{_text(score)}</span> <span class="team">{_text(away)}</span>'
        f' <span class="status">{_text(status)}</span>'
        + "".join(f'<p class="goals">{_text(x)}</p>' for x in goals)
        + "</div>"
    )


STANDING_RE = regex.compile(r"(\d+)\. (.+) (\d+) (\S+(?: \S+)?)")


def _standings(page: Page, block: Block) -> str:
    label, *rows = block
    cells = []
    for row in rows:
        m = STANDING_RE.fullmatch(row)
        parts = m.groups() if m else (row,)
        cells.append("<tr>" + "".join(f"<td>{_text(x)}</td>" for x in parts) + "</tr>")
    return f"<div{page.cls('standings')}><h3>{_text(label)}</h3><table>{''.join(cells)}</table></div>"


def _author_card(page: Page, block: Block) -> str:
    name, title, *follow = block
    link = "".join(f' <a href="https://x.com/">{_text(x)}</a>' for x in follow)
    return (
        f'<div{page.cls("author-card")}><a href="/author/{_slug(name)}" rel="author">{_text(name)}</a>'
        f' <span class="role">{_text(title)}</span>{link}</div>'
    )


def _poll(page: Page, block: Block) -> str:
    question, *answers, votes = block
    options = "".join(f"<label><input type='radio' name='poll'> {_text(a)}</label>" for a in answers)
    return f"<form{page.cls('poll')}><p>{_text(question)}</p>{options}<p><small>{_text(votes)}</small></p></form>"


def _checks(page: Page, block: Block) -> str:
    """Other fact-checks: each headline's link with its rating as a badge."""
    header, *pairs = block.items
    items = "".join(
        f'<li><span class="rating rating-{_slug(r)}">{_text(r)}</span> <a href="{_q(page.href(t))}">{_text(t)}</a></li>'
        for r, t in zip(pairs[0::2], pairs[1::2], strict=True)
    )
    return f"<section{page.cls('checks')}><h2>{_text(header)}</h2><ul>{items}</ul></section>"


def _call(path: str, tag: str = "div") -> Callable[[Page, Block], str]:
    """Lines, then a button-like link to `path` (a meter's subscribe button, a donation, a petition)."""

    def render(page: Page, block: Block) -> str:
        *lines, button = block
        text = "".join(f"<p>{_text(x)}</p>" for x in lines)
        return f'<{tag}{page.cls(block.role)}>{text}<a class="btn" href="{path}">{_text(button)}</a></{tag}>'

    return render


def _spans(page: Page, block: Block) -> str:
    return f"<div{page.cls(block.role)}>" + " ".join(f"<span>{_text(x)}</span>" for x in block) + "</div>"


def _question(page: Page, block: Block) -> str:
    question, *answers = block
    buttons = "".join(f"<button>{_text(a)}</button>" for a in answers)
    return f"<div{page.cls(block.role)}><p>{_text(question)}</p>{buttons}</div>"


def _appeal(page: Page, block: Block) -> str:
    head, appeal, *amounts, donate = block.items
    buttons = "".join(f'<button type="button" class="amount">{_text(a)}</button>' for a in amounts)
    return (
        f"<aside{page.cls('appeal')}><h3>{_text(head)}</h3><p>{_text(appeal)}</p><form>{buttons}"
        f'<a class="btn" href="/donate">{_text(donate)}</a></form></aside>'
    )


def _authors(page: Page, block: Block) -> str:
    cards = "".join(
        f'<li><a href="/profiles/{_slug(name)}" rel="author">{_text(name)}</a> <span>{_text(post)}</span></li>'
        for name, post in zip(block[0::2], block[1::2], strict=True)
    )
    return f"<ul{page.cls('authors')}>{cards}</ul>"


def _headed(tag: str, head: str) -> Callable[[Page, Block], str]:
    """A heading and its paragraphs (a disclosure statement, a republishing note)."""

    def render(page: Page, block: Block) -> str:
        label, *lines = block
        text = "".join(f"<p>{_text(x)}</p>" for x in lines)
        return f"<{tag}{page.cls(block.role)}><{head}>{_text(label)}</{head}>{text}</{tag}>"

    return render


def _chart(page: Page, block: Block) -> str:
    chart = f"https://datawrapper.dwcdn.net/{format(page.rng.getrandbits(24), 'x')}/1/"
    notes = "".join(f"<span>{_text(x)}</span> " for x in block)
    return (
        f'<figure{page.cls("chart")}><iframe src="{chart}" title="" scrolling="no" height="420"></iframe>'
        f"<figcaption>{notes.strip()}</figcaption></figure>"
    )


def _form(page: Page, block: Block) -> str:
    """A search form: its heading, a labelled field for each line between, and the button."""
    head, *labels, button = block
    fields = "".join(f'<label>{_text(x)}</label><input type="text">' for x in labels)
    return (
        f"<div{page.cls(block.role)}><h3>{_text(head)}</h3><form>{fields}"
        f'<button type="submit">{_text(button)}</button></form></div>'
    )


def _sponsors(page: Page, block: Block) -> str:
    """The partners' strip: a heading and each sponsor's logo, its name as the image's alternative text."""
    head, *names = block.items
    logos = "".join(
        f'<a href="/partners/{_slug(n)}"><img src="/img/partners/{_slug(n)}.svg" alt="{_q(n)}"></a>' for n in names
    )
    return f"<div{page.cls('sponsors')}><h4>{_text(head)}</h4>{logos}</div>"


def _shop(page: Page, block: Block) -> str:
    """A shop-the-look box: its heading, each piece linked out to the shop, and the button."""
    head, *items, button = block
    links = "".join(
        f'<li><a href="/go/{page.rng.randint(10000, 99999)}" rel="sponsored nofollow">{_text(x)}</a></li>'
        for x in items
    )
    return (
        f"<aside{page.cls(block.role)}><h4>{_text(head)}</h4><ul>{links}</ul>"
        f'<a class="btn" href="/go/shop" rel="sponsored">{_text(button)}</a></aside>'
    )


def _specs10(page: Page, block: Block) -> str:
    """A road test's data: the model as the table's caption, a row a label and its value (or one line)."""
    model, *rows = block
    if len(rows) == 1 and " | " in rows[0]:
        return f"<div{page.cls(block.role)}><h4>{_text(model)}</h4><p>{_text(rows[0])}</p></div>"
    cells = "".join(
        f"<tr><th>{_text(label)}</th><td>{_text(value)}</td></tr>"
        for label, value in (row.split(": ", 1) for row in rows)
    )
    return f"<table{page.cls(block.role)}><caption>{_text(model)}</caption><tbody>{cells}</tbody></table>"


def _verdict10(page: Page, block: Block) -> str:
    """The verdict: a heading, the sentence and the rating, or the rating alone."""
    if len(block) == 1:
        return f'<div{page.cls(block.role)}><span class="stars">{_text(block[0])}</span></div>'
    head, verdict, rating = block
    return (
        f"<div{page.cls(block.role)}><h3>{_text(head)}</h3><p>{_text(verdict)}</p>"
        f'<span class="stars">{_text(rating)}</span></div>'
    )


def _rates10(page: Page, block: Block) -> str:
    """A rate table: its heading, a row a provider (linked out), the date the rates were checked, the button."""
    head, *rows, checked, button = block
    items = "".join(
        f'<li><a href="/go/{page.rng.randint(10000, 99999)}" rel="sponsored">{_text(x)}</a></li>' for x in rows
    )
    return (
        f"<div{page.cls(block.role)}><h3>{_text(head)}</h3><ul>{items}</ul><small>{_text(checked)}</small>"
        f'<a class="btn" href="/compare" rel="sponsored">{_text(button)}</a></div>'
    )


def _pros_cons11(page: Page, block: Block) -> str:
    """Pros and cons: each heading, then its points as a list."""
    parts: list[str] = []
    for line in block:
        if line.startswith(("+ ", "\N{MINUS SIGN} ")):
            parts.append(f"<li>{_text(line[2:])}</li>")
        else:
            parts.append(f"</ul><h4>{_text(line)}</h4><ul>")
    inner = "".join(parts).removeprefix("</ul>") + "</ul>"
    return f"<div{page.cls(block.role)}>{inner}</div>"


def _score11(page: Page, block: Block) -> str:
    """A review's score: the verdict's heading over it on some sites."""
    *head, score = block
    title = f"<h3>{_text(head[0])}</h3>" if head else ""
    return f'<div{page.cls(block.role)}>{title}<span class="score">{_text(score)}</span></div>'


def _video11(page: Page, block: Block) -> str:
    """An embedded video with its caption line."""
    video = format(zlib.crc32(block[0].encode()), "x")
    return (
        f'<figure{page.cls(block.role)}><iframe src="https://www.youtube-nocookie.com/embed/{video}"'
        f' loading="lazy" allowfullscreen></iframe><figcaption>{_text(block[0])}</figcaption></figure>'
    )


def _consent12(page: Page, block: Block) -> str:
    """A consent banner: its sentence, then its buttons when the text shows them."""
    text, *buttons = block
    controls = "".join(f'<button type="button">{_text(b)}</button>' for line in buttons for b in line.split(" | "))
    return f'<div{page.cls(block.role)} role="dialog"><p>{_text(text)}</p>{controls}</div>'


def _notes12(page: Page, block: Block) -> str:
    """Notes to editors: a heading and a paragraph a note."""
    head, *notes = block
    inner = "".join(f"<p>{_text(x)}</p>" for x in notes)
    return f"<section{page.cls(block.role)}><h3>{_text(head)}</h3>{inner}</section>"


def _figure12(page: Page, block: Block) -> str:
    """A figure between paragraphs, its credit as its caption."""
    image = format(zlib.crc32(block[0].encode() + str(page.page_id).encode()), "x")
    return (
        f'<figure{page.cls(block.role)}><img src="/media/{image}.jpg" alt="" loading="lazy">'
        f"<figcaption>{_text(block[0])}</figcaption></figure>"
    )


def _thought12(page: Page, block: Block) -> str:
    """The thought for the week: its heading, the words quoted."""
    head, *text = block
    quoted = "".join(f"<p>{_text(x)}</p>" for x in text)
    return f"<aside{page.cls(block.role)}><h4>{_text(head)}</h4><blockquote>{quoted}</blockquote></aside>"


def _diary12(page: Page, block: Block) -> str:
    """Coming events: a heading and an event an item."""
    head, *events = block
    items = "".join(f"<li>{_text(x)}</li>" for x in events)
    return f"<section{page.cls(block.role)}><h3>{_text(head)}</h3><ul>{items}</ul></section>"


def _prices12(page: Page, block: Block) -> str:
    """Market prices: a table of crops and prices under its heading, the source line under it."""
    head, *rows, note = block
    cells = "".join(
        f"<tr><th>{_text(crop)}</th><td>{_text(price)}</td></tr>" for crop, price in (r.split(": ", 1) for r in rows)
    )
    return (
        f"<div{page.cls(block.role)}><table><caption>{_text(head)}</caption><tbody>{cells}</tbody></table>"
        f'<p class="source">{_text(note)}</p></div>'
    )


def _read_more13(page: Page, block: Block) -> str:
    """A "read more" line: the site's words, the headline as a link (the line a link when they cannot be told
    apart)."""
    line, title = block[0], page.ctx.others[0]
    for other in page.ctx.others:
        if other in line:
            title = other
            break
    head, found, tail = line.partition(title)
    if not found:
        return f'<p{page.cls(block.role)}><a href="{_q(page.href(line))}">{_text(line)}</a></p>'
    link = f'<a href="{_q(page.href(title))}">{_text(title)}</a>'
    return f"<p{page.cls(block.role)}>{_text(head)}{link}{_text(tail)}</p>"


def _photo13(page: Page, block: Block) -> str:
    """A picture with only its credit under it."""
    image = format(zlib.crc32(block[0].encode() + str(page.page_id).encode()), "x")
    if page.bare(block.role):
        return f'<p><img src="/images/{image}.jpg" alt=""><br><small>{_text(block[0])}</small></p>'
    return (
        f'<figure{page.cls(block.role)}><img src="/images/{image}.jpg" alt="" loading="lazy">'
        f'<figcaption><span class="credit">{_text(block[0])}</span></figcaption></figure>'
    )


def _facts13(path: str | None) -> Callable[[Page, Block], str]:
    """A box of "label: value" lines under its heading (the first line), as a definition list; with `path`,
    the last line is a button to it."""

    def render(page: Page, block: Block) -> str:
        head, *rows = block
        button = ""
        if path:
            *rows, last = rows
            button = f'<a class="btn" href="{path}">{_text(last)}</a>'
        pairs = [r.split(": ", 1) for r in rows]
        items = "".join(f"<dt>{_text(k)}</dt><dd>{_text(v)}</dd>" for k, v in pairs)
        return f"<aside{page.cls(block.role)}><h3>{_text(head)}</h3><dl>{items}</dl>{button}</aside>"

    return render


def _headed_list13(page: Page, block: Block) -> str:
    """A heading and its items (a contents list, the week's listings)."""
    head, *items = block
    lis = "".join(f"<li>{_text(x)}</li>" for x in items)
    return f"<section{page.cls(block.role)}><h3>{_text(head)}</h3><ul>{lis}</ul></section>"


def _divider13(page: Page, block: Block) -> str:
    if page.bare(block.role):
        return f'<p style="text-align:center">{_text(block[0])}</p>'
    return f'<div{page.cls(block.role)} aria-hidden="true">{_text(block[0])}</div>'


def _sponsor13(page: Page, block: Block) -> str:
    head, text = block
    return (
        f'<aside{page.cls(block.role)}><p class="label">{_text(head)}</p><p>{_text(text)}</p>'
        f'<a href="https://example.com/?utm_source=newsletter" rel="sponsored">{_text(head)}</a></aside>'
    )


def _email_footer13(page: Page, block: Block) -> str:
    reason, links = block
    anchors = " ".join(
        f'<a href="/{_slug(x.strip())}">{_text(x.strip())}</a>' for x in regex.split(r"[|\N{MIDDLE DOT}]", links)
    )
    return f"<div{page.cls(block.role)}><p>{_text(reason)}</p><p>{anchors}</p></div>"


def _link_line13(path: str) -> Callable[[Page, Block], str]:
    def render(page: Page, block: Block) -> str:
        return f'<p{page.cls(block.role)}><a href="{path}">{_text(block[0])}</a></p>'

    return render


def _downloads(page: Page, block: Block) -> str:
    """A meeting's documents: a heading and each document's link."""
    head, *docs = block
    links = "".join(f'<li><a href="/documents/{_slug(d)}.pdf">{_text(d)}</a></li>' for d in docs)
    return f"<div{page.cls(block.role)}><h3>{_text(head)}</h3><ul>{links}</ul></div>"


RENDERERS: dict[str, Callable[[Page, Block], str]] = {
    "p": _paragraph,
    "brand": _brand,
    "masthead": _masthead,
    "account": _account,
    "nav": _nav,
    "breaking": _labelled_link,
    "ticker": _ticker,
    "topbar": _topbar,
    "breadcrumb": _crumbs,
    "kicker": _kicker,
    "title": _title,
    "standfirst": _standfirst,
    "bullets": _bullets,
    "meta": _meta,
    "share": _share,
    "share-end": _one_line("div"),
    "lead-caption": _figure,
    "caption": _figure,
    "reading": _one_line("span"),
    "listen": _listen,
    "toc": _toc,
    "takeaways": _takeaways,
    "ad": _ad,
    "ad-continue": _one_line("p"),
    "teaser": _teaser,
    "inline-newsletter": _signup,
    "newsletter": _signup,
    "related-box": _story_list,
    "related": _story_list,
    "trending": _story_list,
    "tags": _tags,
    "channel": _channel,
    "comments-head": _comment_head,
    "comment": _comment,
    "comment-form": _comment_form,
    "pagination": _pagination,
    "archive": _archive,
    "footer-nav": _footer_nav,
    "copyright": _one_line("p"),
    "helpful": _helpful,
    "bio": _bio,
    "obituaries": _obituaries,
    "live": _live,
    "video": _video,
    "embed": _embed,
    "embed-consent": _consent,
    "gallery": _gallery,
    "fact-box": _boxed_list("aside", "h3"),
    "ai-summary": _summary,
    "pull-quote": _pull_quote,
    "comment-sort": _button,
    "comment-post": _comment_post,
    "comment-more": _button,
    "comment-note": _generic,
    "markets": _markets,
    "companies": _boxed_list("aside", "h4"),
    "premium": _one_line("span"),
    "tools": _one_line("div"),
    "not-advice": _one_line("p"),
    "scores": _boxed_list("div", "h4"),
    "leagues": _leagues,
    "scoreboard": _scoreboard,
    "standings": _standings,
    "betting": _generic,
    "author-card": _author_card,
    "views-own": _one_line("p"),
    "letters": _one_line("p"),
    "poll": _poll,
    "most-watched": _story_list,
    "schedule": _generic,
    "townbar": _one_line("div"),
    "live-label": _one_line("span"),
    "key-events": _story_list,
    "timestamp": _one_line("time"),
    "clip": _generic,
    "photos": _gallery,
    "infobox": _boxed_list("aside", "h3"),
    "quote-box": _one_line("blockquote"),
    "price-box": _generic,
    "recap": _boxed_list("section", "h2"),
    "sponsor": _one_line("p"),
    "sources": _boxed_list("div", "h4"),
    "health-note": _one_line("p"),
    "affiliate": _one_line("p"),
    "trip-facts": _generic,
    "events": _boxed_list("aside", "h3"),
    "tip": _one_line("p"),
    "issue": _one_line("span"),
    "audio": _one_line("div"),
    "print-note": _one_line("p"),
    "bio-line": _one_line("p"),
    "offer": _generic,
    "press-label": _one_line("span"),
    "ends": _one_line("p"),
    "contact": _generic,
    "attachments": _boxed_list("div", "h4"),
    "print-share": _generic,
    "modified": _one_line("p"),
    "useful": _generic,
    "buy": _generic,
    "specs": _boxed_list("aside", "h3"),
    "pros": _boxed_list("div", "h4"),
    "cons": _boxed_list("div", "h4"),
    "verdict": _boxed_list("div", "h3"),
    "tested": _one_line("p"),
    "on-air": _generic,
    "podcast": _generic,
    "transcript-note": _one_line("p"),
    "download": _one_line("div"),
    "claim": _generic,
    "scale": _one_line("p"),
    "programme": _one_line("p"),
    "signatory": _one_line("p"),
    "checks": _checks,
    "screenshot": _figure,
    "archived": _one_line("p"),
    "meter": _call("/subscribe"),
    "edition-bar": _spans,
    "plus": _one_line("span"),
    "push": _question,
    "jobs": _boxed_list("aside", "h3"),
    "most-commented": _story_list,
    "publisher": _one_line("p"),
    "donate-box": _call("/donate", "aside"),
    "appeal": _appeal,
    "petition": _call("/petition"),
    "names-note": _one_line("p"),
    "charity-legal": _generic,
    "edition": _one_line("div"),
    "authors": _authors,
    "disclosure": _headed("section", "h4"),
    "partners": _headed("section", "h4"),
    "republish": _headed("aside", "h4"),
    "write": _call("/become-an-author", "aside"),
    "chart": _chart,
    "provided-by": _one_line("div"),
    "dateline": _one_line("p"),
    "about": _headed("div", "h3"),
    "fls": _headed("div", "h4"),
    "release-contact": _generic,
    "source-line": _one_line("p"),
    "original": _one_line("p"),
    "industry": _one_line("div"),
    "also-from": _story_list,
    "not-responsible": _one_line("p"),
    "release-photo": _figure,
    "recipe-bar": _spans,
    "recipe-times": _spans,
    "recipe-rating": _one_line("div"),
    "recipe-card": _headed("div", "h2"),
    "ingredients": _boxed_list("div", "h3"),
    "method": _boxed_list("div", "h3"),
    "nutrition": _one_line("p"),
    "recipe-tip": _one_line("p"),
    "recipe-rate": _question,
    "more-recipes": _story_list,
    "recipe-teaser": _call("/recipes/save", "aside"),
    "alert-banner": _one_line("div"),
    "warning": _generic,
    "status-box": _generic,
    "advice": _one_line("p"),
    "live-map": _call("/traffic/map"),
    "delay": _one_line("p"),
    "closures": _boxed_list("aside", "h3"),
    "planner": _question,
    "next-match": _one_line("div"),
    "match-card": _generic,
    "ticket-note": _call("/tickets", "aside"),
    "fixtures": _boxed_list("aside", "h3"),
    "kit": _one_line("div"),
    "member": _one_line("p"),
    "sponsors": _sponsors,
    "case-box": _generic,
    "restrictions": _one_line("p"),
    "presumed": _one_line("p"),
    "not-final": _one_line("p"),
    "next-hearing": _one_line("p"),
    "victim-help": _one_line("aside"),
    "record": _one_line("p"),
    "rulings": _story_list,
    "comments-closed": _one_line("div"),
    "partner": _one_line("div"),
    "listing": _call("/listing", "aside"),
    "agent": _headed("div", "h4"),
    "mortgage": _call("/mortgage-calculator", "aside"),
    "market": _one_line("p"),
    "home-search": _form,
    "similar": _boxed_list("section", "h3"),
    "prices-note": _one_line("p"),
    "spoiler": _one_line("p"),
    "where-watch": _one_line("p"),
    "tv-verdict": _headed("div", "h3"),
    "show-info": _generic,
    "trailer": _one_line("div"),
    "tv-affiliate": _one_line("p"),
    "tonight": _call("/tv-guide", "aside"),
    "reviews": _story_list,
    "live-banner": _one_line("div"),
    "counted": _one_line("p"),
    "results": _boxed_list("section", "h3"),
    "provisional": _one_line("p"),
    "results-method": _one_line("p"),
    "turnout": _one_line("p"),
    "seat-count": _headed("div", "h4"),
    "polling": _one_line("p"),
    "finder": _form,
    "candidate": _one_line("div"),
    "poll-box": _generic,
    "meeting-box": _generic,
    "draft-minutes": _one_line("p"),
    "recording": _call("/webcast", "div"),
    "next-meeting": _one_line("p"),
    "documents": _downloads,
    "have-say": _one_line("p"),
    "councillor": _one_line("div"),
    "council-office": _one_line("p"),
    "council-more": _story_list,
    "look": _shop,
    "product": _call("/go/product", "div"),
    "commission": _one_line("p"),
    "gallery-count": _one_line("span"),
    "pin": _button,
    "shop-prices": _one_line("p"),
    "shoot-credits": _generic,
    "horoscope": _call("/horoscope", "aside"),
    "fashion-more": _story_list,
    "asker": _one_line("p"),
    "answer-label": _one_line("h3"),
    "names-changed": _one_line("p"),
    "column-note": _one_line("p"),
    "helpline": _one_line("aside"),
    "columnist": _call("/columnists", "div"),
    "write-in": _one_line("p"),
    "letters-more": _story_list,
    "spec-box": _specs10,
    "dealer": _call("/dealers", "aside"),
    "loan-note": _one_line("p"),
    "official": _one_line("p"),
    "road-verdict": _verdict10,
    "compare": _call("/compare"),
    "motoring-more": _story_list,
    "life": _one_line("p"),
    "funeral": _one_line("p"),
    "funeral-home": _one_line("p"),
    "wish": _one_line("p"),
    "candles": _call("/candle"),
    "guestbook-head": _one_line("h3"),
    "condolence": _generic,
    "sign-guestbook": _button,
    "flowers": _call("/flowers"),
    "place-notice": _one_line("p"),
    "obit-more": _story_list,
    "reviewed": _one_line("p"),
    "partner-note": _one_line("p"),
    "risk": _one_line("p"),
    "money-note": _one_line("p"),
    "independence": _one_line("p"),
    "calculator": _call("/calculators"),
    "rate-table": _rates10,
    "money-more": _story_list,
    "game-card": _specs10,
    "pros-cons": _pros_cons11,
    "game-score": _score11,
    "reviewed-on": _one_line("p"),
    "platforms": _one_line("p"),
    "wishlist": _call("/go/shop"),
    "game-trailer": _video11,
    "game-more": _story_list,
    "correction": _one_line("p"),
    "print-run": _one_line("p"),
    "accuracy": _one_line("p"),
    "support-student": _call("/donate", "aside"),
    "campus-more": _story_list,
    "independent-paper": _one_line("p"),
    "med-review": _one_line("div"),
    "med-disclaimer": _one_line("p"),
    "emergency": _one_line("p"),
    "conditions": _one_line("p"),
    "health-sources": _one_line("p"),
    "symptom-checker": _call("/symptom-checker", "aside"),
    "health-more": _story_list,
    "consent-bar": _consent12,
    "end-mark": _one_line("p"),
    "agency-credit": _one_line("p"),
    "page-notice": _one_line("p"),
    "journal-ref": _one_line("p"),
    "funding": _one_line("p"),
    "about-org": _one_line("p"),
    "media-contact": _one_line("p"),
    "editors-notes": _notes12,
    "figure-credit": _figure12,
    "podcast-promo": _call("/podcast", "aside"),
    "research-more": _story_list,
    "issue-line": _one_line("div"),
    "thought": _thought12,
    "diary": _diary12,
    "gift-appeal": _call("/donate", "aside"),
    "letters-invite": _one_line("p"),
    "community-more": _story_list,
    "weather-box": _one_line("div"),
    "market-prices": _prices12,
    "agri-advice": _one_line("p"),
    "auction": _one_line("p"),
    "agri-more": _story_list,
    "editors-note": _one_line("p"),
    "read-more": _read_more13,
    "photo-credit": _photo13,
    "stars": _one_line("p"),
    "pick-badge": _one_line("span"),
    "venue-box": _facts13("/tickets"),
    "seen-line": _one_line("p"),
    "ticket-affiliate": _one_line("p"),
    "listings": _headed_list13,
    "culture-more": _story_list,
    "view-online": _link_line13("/newsletter/web"),
    "forwarded": _link_line13("/newsletter/signup"),
    "edition-no": _one_line("p"),
    "greeting": _one_line("p"),
    "contents": _headed_list13,
    "divider": _divider13,
    "nl-sponsor": _sponsor13,
    "signoff": _one_line("p"),
    "edited-by": _one_line("p"),
    "reply-line": _one_line("p"),
    "share-line": _link_line13("/newsletter/refer"),
    "email-footer": _email_footer13,
    "bulletin-more": _story_list,
    "recall-box": _facts13(None),
    "answered": _one_line("p"),
    "contacted": _one_line("p"),
    "recall-action": _one_line("p"),
    "recall-source": _one_line("p"),
    "all-recalls": _link_line13("/recalls"),
    "consumer-help": _one_line("p"),
    "recall-more": _story_list,
}


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _q(text: str) -> str:
    return html.escape(text, quote=True)


def _attr(name: str, value: str) -> str:
    return f' {name}="{_q(value)}"' if value else ""


def _slug(text: str) -> str:
    words = WORD_RE.findall(text.lower())
    return "-".join(words) if words and all(w.isascii() for w in words) else format(zlib.crc32(text.encode()), "x")
