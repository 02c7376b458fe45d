/**
 * Countries and their capitals, in English and as written in their own language, and the continents (`countries-list`,
 * MIT: 252 countries and territories), and the countries in the other languages of our decks (country-names-intl.ts):
 * "Sierra Leone", "Costa Rica", "Kuala Lumpur" have a person's shape and are places. Loaded once, on first use.
 */
import { createRequire } from 'node:module';
import { CITY_NAMES } from './city-names.js';
import { TOWN_NAMES } from './town-names.js';
import { COUNTRY_NAMES_INTL } from './country-names-intl.js';
import { isGivenName } from './given-names.js';
import { REGION_NAMES } from './region-names.js';
import { commonUse } from './english-lexicon.js';

let places: Set<string> | null = null;

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

type Countries = Record<string, { name: string; native: string; capital?: string; alias?: string[] }>;
const countryList = () =>
  createRequire(import.meta.url)('countries-list') as {
    countries: Countries;
    continents: Record<string, string>;
  };

export function isPlaceName(name: string): boolean {
  if (places === null) {
    const { countries, continents } = countryList();
    places = new Set();
    for (const c of Object.values(countries))
      for (const n of [c.name, c.native, c.capital]) if (n) places.add(fold(n));
    // (and the continents: "Asia", "South America")
    for (const n of Object.values(continents)) places.add(fold(n));
    // (and the countries as other languages write them: "États-Unis", "Turchia", "Verenigd Koninkrijk"; not those that
    // are English words, "Chili", "Grenade")
    for (const n of COUNTRY_NAMES_INTL.split('|')) if (n && !commonUse(n)) places.add(fold(n));
  }
  return places.has(fold(name));
}

let countryNames: Set<string> | null = null;
/** A country as English, its own language or another language of our decks writes it ("France", "Italia", "Países Bajos"). */
export function isCountryName(name: string): boolean {
  if (countryNames === null) {
    countryNames = new Set();
    for (const c of Object.values(countryList().countries))
      for (const n of [c.name, c.native]) if (n) countryNames.add(fold(n));
    for (const n of COUNTRY_NAMES_INTL.split('|')) if (n) countryNames.add(fold(n));
  }
  return countryNames.has(fold(name));
}

let cities: Set<string> | null = null;
/**
 * A city of 50,000 people or more (city-names.ts, from GeoNames), whose name is no word in common use: "Glasgow",
 * "Nantes", "Petrolina", "Brescia"; not "Reading", "Nice", "Split" (words first), not "Belfast Road".
 */
export function isCityName(name: string, evenCommon = false): boolean {
  cities ??= new Set(CITY_NAMES.split('|').map(fold));
  return cities.has(fold(name)) && (evenCommon || !(!name.includes(' ') && commonUse(name)));
}

let towns: Set<string> | null = null;
/**
 * A town of 5,000 people or more in the countries of the pipeline's languages (town-names.ts, from GeoNames):
 * "Tudela", "Vierzon", "Athlone", "Lochem". For typing a name kept on its own merits as a place, never for keeping
 * one; not an acronym ("EU", "TEO"), nor a single word in common use or a given name ("Plano", "Alva").
 */
export function isTownName(name: string, evenCommon = false): boolean {
  towns ??= new Set(TOWN_NAMES.split('|').map(fold));
  if (!/\p{Ll}/u.test(name) || !towns.has(fold(name))) return false;
  return evenCommon || !(!name.includes(' ') && (commonUse(name) || isGivenName(name)));
}

let regions: Set<string> | null = null;
/**
 * A state, a province or a region (region-names.ts, from country-region-data): "Bretagne", "New South Wales",
 * "Antofagasta", "Bayern"; not a word in common use or a given name of one word ("Centre", "Victoria"), nor an
 * acronym.
 */
export function isRegionName(name: string, evenCommon = false): boolean {
  regions ??= new Set(REGION_NAMES.split('|').map(fold));
  // (nor an acronym that spells one: "IMO" is no "Imo", "APAC" no "Apac")
  if (!/\p{Ll}/u.test(name)) return false;
  return (
    regions.has(fold(name)) &&
    (evenCommon || !(!name.includes(' ') && (commonUse(name) || isGivenName(name))))
  );
}

let byCode: Map<string, string[]> | null = null;
/**
 * The names of the country whose ISO code `code` is, folded (English, native and other names): "MX" → "mexico",
 * "méxico" folded; "UK" and "USA" too. Empty for anything else.
 */
export function countryNamesOfCode(code: string): string[] {
  if (byCode === null) {
    byCode = new Map();
    for (const [k, c] of Object.entries(countryList().countries))
      byCode.set(k, [c.name, c.native, ...(c.alias ?? [])].map(fold));
    byCode.set('UK', byCode.get('GB') ?? []);
    byCode.set('USA', byCode.get('US') ?? []);
  }
  return byCode.get(code) ?? [];
}
/** Folds a name as the place lists do (lower case, no diacritics). */
export const foldPlace = fold;
