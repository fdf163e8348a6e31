/**
 * A generated LinkedIn `Connections.csv` of any size, deterministic, shaped like the real export
 * (the "Notes:" preamble, then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`).
 * Names are unique (first name, middle initial, last name), companies follow a long tail (a few large
 * employers, many small ones) and about one in three has an e-mail address, as in real exports.
 * Plain TypeScript without imports: the benchmark (plain Node) and the tests both use it.
 */
const firstNames = [
  'Anne',
  'Bo',
  'Camilla',
  'Dorthe',
  'Erik',
  'Frida',
  'Gustav',
  'Hanne',
  'Ib',
  'Jonas',
  'Karen',
  'Lars',
  'Mette',
  'Niels',
  'Ole',
  'Pia',
  'Rasmus',
  'Signe',
  'Thomas',
  'Ulla',
  'Vagn',
  'Åse',
  'Øjvind',
  'Ærenpris',
  'Mads',
  'Sofie',
  'Emil',
  'Ida',
  'Freja',
  'Magnus',
  'Laura',
  'Oliver',
  'Clara',
  'Noah',
  'Agnes',
  'William',
  'Ella',
  'Lucas',
  'Alma',
  'Victor',
];
const lastNames = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Madsen',
  'Kristensen',
  'Østergaard',
  'Brandt-Holm',
  'Bøgh',
  'Thomsen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Olsen',
  'Knudsen',
  'Jakobsen',
  'Kjær',
  'Lauridsen',
  'Holm',
  'Frederiksen',
  'Schmidt',
  'Eriksen',
  'Kristiansen',
  'Clausen',
  'Simonsen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Jeppesen',
  'Vestergaard',
  'Mogensen',
  'Dahl',
  'Skov',
];
const companyWords = [
  'Aarhus',
  'Nordisk',
  'Grøn',
  'Kyst',
  'Data',
  'Energi',
  'Bygge',
  'Medico',
  'Fjord',
  'Sund',
  'Skov',
  'Vind',
  'Havne',
  'Logistik',
  'Finans',
  'Design',
  'Læring',
  'Fødevare',
  'Transport',
  'Software',
];
const companyKinds = ['ApS', 'A/S', 'Kommune', 'Region', 'Gruppen', 'Consult', 'Lab', 'Partners', 'Fonden', 'Universitet'];
const titles = [
  'Projektleder',
  'Software Engineer',
  'Konsulent',
  'Chef',
  'Sygeplejerske',
  'Lektor',
  'Product Manager',
  'Controller',
  'Sælger',
  'HR-partner',
  'Designer',
  'Data Scientist',
  'Jurist',
  'Kommunikationsmedarbejder',
  'Ingeniør',
  'CEO',
  'CFO',
  'Underviser',
  'Specialist',
  'Rådgiver',
];
const seniority = ['', '', 'Senior ', 'Lead ', 'Junior '];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email."\n\n';

/** The name of generated person `i` (unique for i below 40 × 40 × 26). */
export function generatedName(i: number): { first: string; last: string } {
  const f = firstNames[i % firstNames.length]!;
  const l = lastNames[Math.floor(i / firstNames.length) % lastNames.length]!;
  const initial = String.fromCharCode(65 + (Math.floor(i / (firstNames.length * lastNames.length)) % 26));
  return { first: `${f} ${initial}.`, last: l };
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A LinkedIn export with `n` connections, as text. */
export function generateLinkedInCsv(n: number): string {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < n; i++) {
    const { first, last } = generatedName(i);
    // A long tail: the square of a uniform number favours the first companies.
    const c = Math.floor(rand() ** 2 * 4000);
    const company =
      rand() < 0.08 ? '' : `${companyWords[c % companyWords.length]} ${companyWords[Math.floor(c / 20) % 20]} ${companyKinds[c % 10]}`;
    const position = rand() < 0.05 ? '' : `${pick(seniority)}${pick(titles)}`;
    const slug = `${first}-${last}-${i}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    const email = rand() < 0.3 ? `${slug}@example.dk` : '';
    const date = `${String(1 + Math.floor(rand() * 28)).padStart(2, '0')} ${pick(months)} ${2008 + Math.floor(rand() * 18)}`;
    lines.push([first, last, `https://www.linkedin.com/in/${slug}`, email, company, position, date].map(quote).join(','));
  }
  return `${NOTES}${lines.join('\n')}\n`;
}
