import { dataNames, dataSources, operations } from './card-text.ts';
import type { RegisterField } from './field.ts';

/**
 * Etalab's inventory of an administration's main algorithmic processing (CRPA L312-1-3), from
 * its guide "Fiche pratique : l'inventaire des principaux traitements algorithmiques"
 * (guides.etalab.gouv.fr/algorithmes/inventaire, updated 11 February 2021), section "En pratique :
 * quelles informations dois-je indiquer dans mon inventaire ?". The guide lists the information
 * to gather for each algorithm, in four tables, but gives no file layout and requires none of
 * them: the CSV's header is its French names, in its order, one row per algorithm.
 */
export const ETALAB_FIELDS: readonly RegisterField[] = [
  // "Informations sur l'administration"
  {
    name: "Nom de l'administration concernée",
    required: false,
    source: (e) => e.card.organisation,
  },
  { name: 'Direction/service porteur', required: false, source: (e) => e.card.administration },
  {
    name: "Contact au sein de l'administration concernée",
    required: false,
    source: (e) => e.card.contact,
  },
  { name: 'Date de mise à jour des informations', required: false, source: (e) => e.card.updated },
  // "Informations métier sur l'algorithme et la décision prise"
  { name: "Nom de l'algorithme", required: false, source: (e) => e.title || null },
  { name: 'Contexte global', required: false, source: 'unknown' },
  { name: "Finalité de l'algorithme", required: false, source: (e) => e.card.purpose },
  {
    name: "Comment et quand l'algorithme intervient-il dans la prise de décision ?",
    required: false,
    source: (e) => e.card.contribution,
  },
  {
    name: "Niveau d'automatisation de la décision",
    required: false,
    source: (e) => e.card.automation,
  },
  { name: 'Fondements juridiques', required: false, source: (e) => e.card.legalBasis },
  // "Ressources connexes": a link, such as where the notebook is read.
  { name: 'Ressources connexes', required: false, source: (e) => e.url ?? null },
  // "Informations sur l'impact de la décision": the card says nothing of them.
  { name: 'Nombre de décisions administratives prises par an', required: false, source: 'unknown' },
  { name: 'Portée de la décision', required: false, source: 'unknown' },
  { name: 'Public concerné par la décision', required: false, source: 'unknown' },
  // "Informations sur le fonctionnement interne de l'algorithme"
  { name: 'Données traitées', required: false, source: dataNames },
  { name: 'Source des données traitées', required: false, source: dataSources },
  { name: 'Mode de collecte des données traitées', required: false, source: 'unknown' },
  { name: "Type d'algorithme", required: false, source: 'unknown' },
  { name: "Opérations effectuées par l'algorithme", required: false, source: operations },
];
