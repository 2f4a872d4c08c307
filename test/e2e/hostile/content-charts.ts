/** A notebook whose charts try to load, to reach vega-embed's options and to change the app. */
export function hostileCharts(origin: string): string {
  const cells = [
    // 1: data from an address.
    `chart({data: {url: '${origin}/data.csv'}, mark: 'bar', encoding: {x: {field: 'a', type: 'quantitative'}}})`,
    // 2: an image mark whose address comes from the data.
    `chart({data: [{u: '${origin}/image.png', x: 1}], mark: 'image', encoding: {url: {field: 'u'}, x: {field: 'x', type: 'quantitative'}}})`,
    // 3: vega-embed's config given as an address, through usermeta.
    `chart({data: [{x: 1}], mark: 'point', encoding: {x: {field: 'x', type: 'quantitative'}}, usermeta: {embedOptions: {config: '${origin}/config.json'}}})`,
    // 4: a loader of the spec's own, with credentials, aimed at the attacker.
    `chart({data: {url: 'data.csv'}, mark: 'bar', encoding: {x: {field: 'a', type: 'quantitative'}}, usermeta: {embedOptions: {loader: {baseURL: '${origin}/', http: {credentials: 'include'}}}}})`,
    // 5: vega-tooltip told to draw into the app's <main>.
    `chart({data: [{a: 'x', v: 1}], mark: {type: 'bar', tooltip: true}, encoding: {x: {field: 'a', type: 'nominal'}, y: {field: 'v', type: 'quantitative'}}, usermeta: {embedOptions: {tooltip: {id: 'main'}}}})`,
    // 6: an input binding placed in (and emptying) the app's <main>.
    `chart({data: [{x: 1}], mark: 'point', params: [{name: 'p', value: 1, bind: {input: 'range', min: 0, max: 5, element: 'main'}}], encoding: {x: {field: 'x', type: 'quantitative'}}})`,
    // 7: a number format for every chart of the tab.
    `chart({data: [{v: 5000}], mark: 'point', encoding: {x: {field: 'v', type: 'quantitative'}}, usermeta: {embedOptions: {formatLocale: {decimal: '!', thousands: '~', grouping: [3], currency: ['', '']}}}})`,
    // 8, 9: a trusted chart, drawn only when the reader asks, after the others.
    `const showTrusted = view(Inputs.checkbox({label: 'Show the trusted chart', value: false}))`,
    `showTrusted ? chart({data: [{v: 5000}], mark: 'point', encoding: {x: {field: 'v', type: 'quantitative', scale: {domain: [0, 5000]}}}}) : md\`hidden\``,
    // 10: a link that would run script when the point is clicked.
    `chart({data: [{x: 1}], mark: {type: 'point', size: 400, filled: true}, encoding: {x: {field: 'x', type: 'quantitative'}, href: {value: "javascript:window.__pwned='chart-href'"}}})`,
  ];
  return `---
algobook: 1
id: hostile-charts
title: Hostile charts
---

${cells.map((c) => '```js\n' + c + '\n```').join('\n\n')}
`;
}
