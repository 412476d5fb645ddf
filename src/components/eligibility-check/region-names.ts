/** US states and DC by ISO 3166-2 subdivision code, the regions US clinics are licensed by. */
const US =
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|PR Puerto Rico';

let states: Map<string, string> | undefined;

/**
 * A region's name for people: a US state's name, a country's name in `lang` (from `Intl.DisplayNames`),
 * or for another country's subdivision its code and country (`ON, Canada`).
 */
export function regionName(code: string, lang: string): string {
  states ??= new Map(US.split('|').map((s) => [`US-${s.slice(0, 2)}`, s.slice(3)]));
  const state = states.get(code);
  if (state) return state;
  const [country = '', sub] = code.split('-');
  let name = country;
  try {
    name = new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(country) ?? country;
  } catch {
    /* an unknown code stays as written */
  }
  return sub ? `${sub}, ${name}` : name;
}
