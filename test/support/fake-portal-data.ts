/**
 * The datasets the fake portal serves: small, real-looking French open data. Populations are the
 * INSEE municipal populations of Paris's arrondissements (as in examples/data); centroids and
 * NO2 figures are rounded, plausible values, not measurements.
 */

export interface Arrondissement {
  c_ar: number;
  c_arinsee: number;
  l_ar: string;
  l_aroff: string;
  surface: number;
  population: number;
  geom_x_y: { lon: number; lat: number };
}

const POPULATION = [
  15114, 19847, 32179, 27332, 55252, 40389, 48015, 35317, 57271, 83873, 138170, 138024, 181271,
  136455, 229713, 159386, 159212, 183127, 178691, 185140,
];
const AREA_KM2 = [
  1.826, 0.992, 1.171, 1.601, 2.541, 2.154, 4.088, 3.881, 2.179, 2.892, 3.666, 16.324, 7.146, 5.621,
  8.502, 16.305, 5.669, 6.005, 6.786, 5.984,
];
const OFFICIAL = [
  'Louvre',
  'Bourse',
  'Temple',
  'Hôtel-de-Ville',
  'Panthéon',
  'Luxembourg',
  'Palais-Bourbon',
  'Élysée',
  'Opéra',
  'Entrepôt',
  'Popincourt',
  'Reuilly',
  'Gobelins',
  'Observatoire',
  'Vaugirard',
  'Passy',
  'Batignolles-Monceau',
  'Buttes-Montmartre',
  'Buttes-Chaumont',
  'Ménilmontant',
];
const CENTROID: [number, number][] = [
  [48.8626, 2.3363],
  [48.8683, 2.3428],
  [48.863, 2.36],
  [48.8543, 2.3576],
  [48.8445, 2.3507],
  [48.8491, 2.3329],
  [48.8562, 2.3122],
  [48.8727, 2.3125],
  [48.8771, 2.3375],
  [48.8761, 2.3607],
  [48.8591, 2.38],
  [48.835, 2.4213],
  [48.8283, 2.3623],
  [48.8292, 2.3266],
  [48.8401, 2.2928],
  [48.8604, 2.262],
  [48.8873, 2.3067],
  [48.8925, 2.3484],
  [48.8871, 2.3848],
  [48.8634, 2.4012],
];

export const ARRONDISSEMENTS: Arrondissement[] = POPULATION.map((population, i) => ({
  c_ar: i + 1,
  c_arinsee: 75101 + i,
  l_ar: i === 0 ? '1er Ardt' : `${i + 1}ème Ardt`,
  l_aroff: OFFICIAL[i],
  surface: Math.round(AREA_KM2[i] * 1e6),
  population,
  geom_x_y: { lat: CENTROID[i][0], lon: CENTROID[i][1] },
}));

export interface Station {
  code: string;
  nom: string;
  typologie: 'Urbaine' | 'Trafic';
  arrondissement: number;
  lon: number;
  lat: number;
}

export const STATIONS: Station[] = [
  {
    code: 'PA01H',
    nom: 'Paris 1er Les Halles',
    typologie: 'Urbaine',
    arrondissement: 1,
    lat: 48.8622,
    lon: 2.3446,
  },
  {
    code: 'PA07',
    nom: 'Paris 7e',
    typologie: 'Urbaine',
    arrondissement: 7,
    lat: 48.8571,
    lon: 2.2933,
  },
  {
    code: 'PA12',
    nom: 'Paris 12e',
    typologie: 'Urbaine',
    arrondissement: 12,
    lat: 48.8372,
    lon: 2.3939,
  },
  {
    code: 'PA13',
    nom: 'Paris 13e',
    typologie: 'Urbaine',
    arrondissement: 13,
    lat: 48.8284,
    lon: 2.3601,
  },
  {
    code: 'PA18',
    nom: 'Paris 18e',
    typologie: 'Urbaine',
    arrondissement: 18,
    lat: 48.8918,
    lon: 2.3456,
  },
  {
    code: 'HAUS',
    nom: 'Boulevard Haussmann',
    typologie: 'Trafic',
    arrondissement: 8,
    lat: 48.8739,
    lon: 2.3155,
  },
  {
    code: 'AUT',
    nom: 'Boulevard Périphérique Auteuil',
    typologie: 'Trafic',
    arrondissement: 16,
    lat: 48.8502,
    lon: 2.2527,
  },
  {
    code: 'ELYS',
    nom: 'Avenue des Champs-Élysées',
    typologie: 'Trafic',
    arrondissement: 8,
    lat: 48.8689,
    lon: 2.3107,
  },
];

export interface No2Record {
  station: string;
  code_station: string;
  typologie: string;
  date: string;
  no2: number;
  geo_point: { lon: number; lat: number };
}

/** A week of daily NO2 means (µg/m³) at each station: 56 records; deterministic. */
export const NO2: No2Record[] = STATIONS.flatMap((station, s) =>
  Array.from({ length: 7 }, (_, d) => {
    const base = station.typologie === 'Trafic' ? 55 : 24;
    const swing = ((s * 7 + d * 13) % 17) * (station.typologie === 'Trafic' ? 2 : 1);
    return {
      station: station.nom,
      code_station: station.code,
      typologie: station.typologie,
      date: `2024-01-${String(15 + d).padStart(2, '0')}`,
      no2: base + swing + ((s + d) % 3) * 0.5,
      geo_point: { lon: station.lon, lat: station.lat },
    };
  }),
);

/** The arrondissements as the `code,name,population` CSV of examples/data. */
export function arrondissementsCsv(): string {
  const lines = ARRONDISSEMENTS.map(
    (a) =>
      `${a.c_arinsee},Paris ${a.c_ar === 1 ? '1er' : `${a.c_ar}e`} Arrondissement,${a.population}`,
  );
  return `code,name,population\n${lines.join('\n')}\n`;
}

export function stationsCsv(): string {
  const lines = STATIONS.map(
    (s) => `${s.code},${s.nom},${s.typologie},${s.arrondissement},${s.lon},${s.lat}`,
  );
  return `code,nom,typologie,arrondissement,longitude,latitude\n${lines.join('\n')}\n`;
}

export function stationsGeoJson(): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: STATIONS.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: {
        code: s.code,
        nom: s.nom,
        typologie: s.typologie,
        arrondissement: s.arrondissement,
      },
    })),
  });
}

/** `rows` lines of measurements, about 20 bytes each: a file big enough to watch download. */
export function bigCsv(rows = 20_000): string {
  let text = 'id,arrondissement,no2\n';
  for (let i = 0; i < rows; ++i) text += `${i},${(i % 20) + 1},${20 + ((i * 37) % 600) / 10}\n`;
  return text;
}

/** Line (from 1, header included) where each malformed CSV goes wrong. */
export const MALFORMED = {
  /** A quoted field opened on this line is never closed. */
  unclosedQuoteLine: 4,
  /** This line has 4 fields where the header has 3. */
  extraFieldLine: 5,
} as const;

export const MALFORMED_QUOTE_CSV =
  'code,name,population\n75101,Paris 1er Arrondissement,15114\n75102,Paris 2e Arrondissement,19847\n75103,"Paris 3e Arrondissement,32179\n75104,Paris 4e Arrondissement,27332\n';

export const MALFORMED_FIELDS_CSV =
  'code,name,population\n75101,Paris 1er Arrondissement,15114\n75102,Paris 2e Arrondissement,19847\n75103,Paris 3e Arrondissement,32179\n75104,Paris 4e Arrondissement,27332,extra\n75105,Paris 5e Arrondissement,55252\n';

/** "Préfecture", "Hôtel de Ville" in ISO-8859-1: bytes that are not UTF-8. */
export function latin1Csv(): Uint8Array {
  const text = 'code,nom\n1,Préfecture de Police\n2,Hôtel de Ville\n';
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
