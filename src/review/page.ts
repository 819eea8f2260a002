import { contentSecurityPolicy, STYLE } from './assets';
import { escapeHtml } from './escape';

/** The shell every review page shares: charset, CSP, viewport, the inline style, and the page's one script. */
export function page(title: string, bodyHtml: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(script))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${bodyHtml}
<script>${script}</script>
</body>
</html>
`;
}
