/** The standalone page's only style: readable on paper and screens, light and dark. */
export const HTML_STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fff;--muted:#5c5c66;--line:#d0d0d7;--code:#f4f4f6;--err:#a4002a}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ec;--bg:#16161a;--muted:#a8a8b3;--line:#3a3a44;--code:#24242b;--err:#ff8fa3}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
.summary{color:var(--muted);font-size:1.1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
dd dl{margin:0}
.hash{font-size:.85em;overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
pre{background:var(--code);padding:.75rem;overflow-x:auto;border-radius:4px}
.cell{margin:1rem 0;border-left:3px solid var(--line);padding-left:.75rem}
details summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.options{font-family:ui-monospace,monospace}
.table{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
figure{margin:.5rem 0}figure img{max-width:100%;height:auto;background:#fff}
figcaption{color:var(--muted);font-size:.85rem}
.error{color:var(--err)}
.input output{font-weight:600}
.dataset h3{margin-bottom:0}
.missing{color:var(--muted);font-style:italic}
.card ul,.card ol{padding-left:1.2rem}.card ul.data{list-style:none;padding:0}.card li{margin:.35rem 0}
.card li p{margin:0}.card li dl{margin:.25rem 0}.range,.intro{color:var(--muted)}
@media (max-width:560px){dl{grid-template-columns:minmax(0,1fr);gap:0}dd{margin-bottom:.4rem}}
.imported{border:1px solid var(--line);border-radius:6px;padding:0 1rem .5rem;margin:1.5rem 0;background:var(--code)}
.imported>h2{font-size:1.2rem;margin:.75rem 0 .25rem}.imported .from{color:var(--muted);margin-top:0;overflow-wrap:anywhere}
.imported .prose h1{font-size:1.4rem}.imported pre{background:var(--bg)}
footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
`;
