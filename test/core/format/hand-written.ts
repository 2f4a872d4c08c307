/** Notebook files as people write them, for the round-trip tests. */

const SHA_A = 'a'.repeat(64);
const SHA_B = '0123456789abcdef'.repeat(4);

/** The style `serialize` writes: reads back to the same text. */
export const canonical = `---
algobook: 1
id: taxe-habitation
title: Taxe d'habitation
summary: "Calcul simplifié : abattements, plafonds, exonérations."
---

# Taxe d'habitation

Le calcul suit l'article 1414 du CGI.

\`\`\`js
const taux = 0.2;
\`\`\`

\`\`\`js echo=false
md\`Taux : **\${taux * 100} %**\`
\`\`\`
`;

/** Datasets, comments, flow style, anchors, block scalars, unknown keys in any order. */
export const withDatasets = `---
# Front matter written by hand.
title: "Population: communes 2024"
algobook: 1
id: population
transparency:
  purpose: >
    Montrer la population
    par commune.
  owner: {name: DGFiP, contact: "mailto:x@example.org"}
authors:
  - name: Ada
    orcid: 0000-0001
  - Grace
license: EUPL-1.2
datasets:
  communes:
    url: data/communes.csv   # relative to the notebook
    format: csv
    sha256: ${SHA_A}
    bytes: 1234
    license: etalab-2.0
    retrieved: 2024-05-01
    mirrors: [https://a.example/communes.csv, https://b.example/communes.csv]
  "pop 2024": {url: 'https://data.example/pop.arrow', format: arrow, sha256: ${SHA_B}}
revision: 1.2.0
basedOn: &p
  id: base
derivedFrom: *p
---
Intro paragraph with \`inline\` code and a [link](https://example.org).

\`\`\`js
const communes = await dataset("communes");
\`\`\`
`;

/** Spacing and fences of every kind the parser must get right. */
export const messy = `\uFEFF---   
algobook: 1
id: messy
title: Messy
...



Text before.   

\`\`\`python
print("\`\`\`js inside python")
\`\`\`js
\`\`\`

~~~
\`\`\`js
still prose
~~~

> \`\`\`js
> quoted, not a cell
> \`\`\`

    \`\`\`js
    indented code, not a cell

~~~js   indicator   echo=false
const tilde = "~~~";
~~~~


  \`\`\`js
  const indented = 1;
    return2;
  \`\`\`
\`\`\`\`js
const fence = \`
\`\`\`
\`;
\`\`\`\`
\`\`\`js
\`\`\`
After.


`;
