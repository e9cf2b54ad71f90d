// The HTML page of a webview: no essay text, only a script and a stylesheet from dist/, under a
// Content-Security-Policy that allows nothing else (no remote content, no inline script or style).

export interface PageResources {
  /** The webview's `cspSource`: the origin its local resources are served from. */
  cspSource: string;
  /** A fresh random nonce for the one script. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function webviewHtml({ cspSource, nonce, scriptUri, styleUri, title }: PageResources): string {
  const policy = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>
`;
}
