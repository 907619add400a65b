// html-validate configuration for the built pages (tests/quality/check-html.ts).
// Every rule turned off or changed says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<meta charset="utf-8" />`-style void elements with a self-closing slash.
    'void-style': 'off',
    // Long SVG path data and generated attribute values make line length meaningless here.
    'long-title': 'off',
    // Pagefind's filter/meta spans are intentionally empty: the values live in attributes.
    'empty-heading': 'error',
    // `data-pagefind-body` etc. are boolean-style data attributes with empty values by design.
    'attribute-empty-style': 'off',
    // Astro emits `<script type="module">` with an explicit type; it is required for modules.
    'script-type': 'off',
    // HTML5 allows ids that start with a digit; heading ids come from headings such as "1. Muligheder …".
    'valid-id': ['error', { relaxed: true }],
    // Headings are checked (levels, one h1) by tests/quality/check-structure.ts, with page names.
    'heading-level': 'off',
  },
};
