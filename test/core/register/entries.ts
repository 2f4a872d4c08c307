import type { TransparencyCard } from '../../../src/core/citizen/types.ts';
import type { RegisterEntry } from '../../../src/core/register/types.ts';

/** A card where the author wrote nothing, and a notebook with no data and no steps. */
export function emptyCard(): TransparencyCard {
  return {
    purpose: null,
    contribution: null,
    automation: null,
    legalBasis: null,
    administration: null,
    data: [],
    algorithms: [],
    parameters: [],
    operations: [],
    contact: null,
    updated: null,
    status: null,
    begin: null,
    organisation: null,
    theme: null,
    risks: null,
    humanReview: null,
  };
}

/** A register entry for a card, listed as version 2 of `id`. */
export function entry(card: Partial<TransparencyCard> = {}, listed: Partial<RegisterEntry> = {}) {
  return {
    id: 'parking',
    title: 'Tarif de stationnement résidentiel',
    version: 2,
    published: '2026-03-04T10:00:00.000Z',
    sha256: 'a'.repeat(64),
    card: { ...emptyCard(), ...card },
    completeness: { filled: 0, total: 9 },
    ...listed,
  } satisfies RegisterEntry;
}

/** Every field of the card written. */
export function fullCard(): Partial<TransparencyCard> {
  return {
    purpose: 'Calculer le tarif, selon le revenu du foyer.',
    contribution: "Le tarif calculé est appliqué à l'abonnement.",
    automation: 'Entièrement automatisé',
    legalBasis: 'Délibération 2024-12 du conseil municipal',
    administration: 'Direction de la mobilité',
    organisation: 'Gemeente Noorderhaaks',
    contact: 'algoritmes@noorderhaaks.example',
    updated: '2026-03-01',
    status: 'in-use',
    begin: '2024-03-15',
    theme: 'Verkeer',
    risks: 'Un revenu mal déclaré donne un tarif faux ; un agent vérifie les réclamations.',
    humanReview: 'Un agent revoit chaque réclamation.',
    data: [
      {
        name: 'revenus',
        title: 'Revenus des foyers',
        source: 'DGFiP',
        license: 'Licence Ouverte 2.0',
        sha256: 'b'.repeat(64),
        retrieved: '2026-01-01',
        url: 'https://data.example/revenus.csv',
      },
    ],
    operations: [{ cell: 2, name: 'Tarif', prose: '## Tarif\nLe tarif suit une grille.' }],
  };
}
