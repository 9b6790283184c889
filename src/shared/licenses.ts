/** Names and links of the licences open data in Germany usually comes under. */
const LICENSES: Record<string, { name: string; url: string }> = {
  'dl-de/by-2-0': { name: 'Datenlizenz Deutschland – Namensnennung – 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  'dl-de/zero-2-0': { name: 'Datenlizenz Deutschland – Zero – 2.0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
  'cc-by-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};

export function licenseInfo(id: string, url?: string): { name: string; url?: string } {
  // Own keys only: a licence named `constructor` or `toString` is not one of ours.
  const key = id.toLowerCase();
  const known = Object.hasOwn(LICENSES, key) ? LICENSES[key] : undefined;
  return known ? { name: known.name, url: url ?? known.url } : { name: id, ...(url ? { url } : {}) };
}
