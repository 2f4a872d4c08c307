/** English messages of the chart guard; keys start with `chartGuard.`. Merged into en.ts. */
export const chartGuardEn = {
  'chartGuard.load':
    'This chart tried to load {url}. Charts draw only the data the cell passes: load the file with dataset() and pass the table to chart().',
  'chartGuard.image':
    'This chart tried to show the image {url}. Charts load nothing from the web: the image’s server would learn who reads this notebook.',
  'chartGuard.href':
    'This chart links to {url}, which is not a web address (http or https): the link was not followed.',
  'chartGuard.config':
    'This chart gives its config as an address ({url}). Charts load nothing: write the config in the spec as an object.',
};
