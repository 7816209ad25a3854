/**
 * Demo spaces for Kuopio: a Lähiöohjelma 2026 process for the two pilot neighbourhoods (phases after seed 002:
 * situational picture, strategic workshops and outreach, participatory budgeting ideas, expert assessment, vote,
 * implementation) and assemblies for the rural councils and the statutory councils (seed 000).
 */
import type { AssemblyType } from '../../generated/prisma/enums';

type L = { fi: string; sv?: string; en?: string };
export type SeedPhase = { title: L; description: L; start: string; end: string };
export type SeedProcess = { slug: string; areaSlug: string; title: L; subtitle: L; description: L; phases: SeedPhase[] };
export type SeedAssembly = { slug: string; type: AssemblyType; title: L; description: L; areaSlugs: string[] };

const lahioPhases: SeedPhase[] = [
  {
    title: { fi: 'Tilannekuva', sv: 'Lägesbild', en: 'Situational picture' },
    description: {
      fi: 'Kaupunki kokoaa alueen hyvinvointitiedon ja investointiohjelmien hankkeet ja kertoo ne asukkaille.',
      sv: 'Staden sammanställer områdets välfärdsdata och investeringsprojekt och berättar om dem för invånarna.',
      en: 'The city compiles the area’s wellbeing data and investment projects and shares them with residents.',
    },
    start: '2026-01-12', end: '2026-02-28',
  },
  {
    title: { fi: 'Työpajat ja jalkautuva osallistaminen', sv: 'Workshoppar och uppsökande delaktighet', en: 'Workshops and outreach' },
    description: {
      fi: 'Kehittämisen teemoja käsitellään strategisissa työpajoissa ja siellä, missä asukkaat muutenkin ovat: kouluilla, kaupoissa ja tapahtumissa.',
      sv: 'Utvecklingsteman behandlas i strategiska workshoppar och där invånarna annars finns: i skolor, butiker och evenemang.',
      en: 'Development themes are discussed in strategic workshops and where residents already are: at schools, shops and events.',
    },
    start: '2026-03-01', end: '2026-04-30',
  },
  {
    title: { fi: 'Ideointi', sv: 'Idéinsamling', en: 'Ideas' },
    description: {
      fi: 'Asukkaat jättävät ideoita arkea lähellä olevista parannuksista. Ideoita voi jättää verkossa tai asiointipisteessä.',
      sv: 'Invånarna lämnar idéer om förbättringar i vardagen, på nätet eller vid en servicepunkt.',
      en: 'Residents propose everyday improvements, online or at a service point.',
    },
    start: '2026-05-01', end: '2026-06-15',
  },
  {
    title: { fi: 'Ideoiden arviointi', sv: 'Bedömning av idéer', en: 'Assessment of ideas' },
    description: {
      fi: 'Kaupungin eri palvelualueiden asiantuntijat arvioivat ideoiden toteutettavuuden ja kustannukset.',
      sv: 'Sakkunniga från stadens olika serviceområden bedömer idéernas genomförbarhet och kostnader.',
      en: 'Experts from the city’s service areas assess feasibility and costs.',
    },
    start: '2026-08-01', end: '2026-09-30',
  },
  {
    title: { fi: 'Äänestys', sv: 'Omröstning', en: 'Vote' },
    description: {
      fi: 'Asukkaat äänestävät, mitkä ehdotukset toteutetaan alueen noin 50 000 euron budjetilla.',
      sv: 'Invånarna röstar om vilka förslag som genomförs med områdets budget på cirka 50 000 euro.',
      en: 'Residents vote on which proposals are carried out with the area’s budget of about €50,000.',
    },
    start: '2026-10-15', end: '2026-11-30',
  },
  {
    title: { fi: 'Toteutus ja seuranta', sv: 'Genomförande och uppföljning', en: 'Implementation and follow-up' },
    description: {
      fi: 'Kaupunki toteuttaa valitut ehdotukset mahdollisuuksien mukaan yhdessä asukkaiden kanssa ja raportoi etenemisestä.',
      sv: 'Staden genomför de valda förslagen om möjligt tillsammans med invånarna och rapporterar om framstegen.',
      en: 'The city carries out the chosen proposals, together with residents where possible, and reports on progress.',
    },
    start: '2026-12-01', end: '2027-10-31',
  },
];

function lahioProcess(slug: string, areaSlug: string, name: string): SeedProcess {
  return {
    slug,
    areaSlug,
    title: { fi: `Lähiöohjelma 2026 – ${name}`, sv: `Förortsprogrammet 2026 – ${name}`, en: `Neighbourhood programme 2026 – ${name}` },
    subtitle: {
      fi: 'Kehitetään asuinaluetta yhdessä asukkaiden kanssa',
      sv: 'Vi utvecklar bostadsområdet tillsammans med invånarna',
      en: 'Developing the neighbourhood together with residents',
    },
    description: {
      fi: `${name} on yksi Kuopion lähiöohjelman kahdesta pilottialueesta. Ohjelmassa alueen asukkaat, erityisesti nuoret, suunnittelevat alueen kehittämistä yhdessä kaupungin kanssa. Osallistuvalla budjetoinnilla alueelle on varattu noin 50 000 euroa asukkaiden ehdottamiin ja äänestämiin toimenpiteisiin.`,
      sv: `${name} är ett av de två pilotområdena i Kuopios förortsprogram. Invånarna, särskilt unga, planerar områdets utveckling tillsammans med staden. Genom deltagande budgetering har cirka 50 000 euro reserverats för åtgärder som invånarna föreslår och röstar om.`,
      en: `${name} is one of the two pilot areas of Kuopio’s neighbourhood programme. Residents, young people first, plan the development of the area together with the city. Participatory budgeting sets aside about €50,000 for measures residents propose and vote on.`,
    },
    phases: lahioPhases,
  };
}

export const kuopioProcesses: SeedProcess[] = [
  lahioProcess('lahioohjelma-2026-neulamaki', 'neulamaki', 'Neulamäki'),
  lahioProcess('lahioohjelma-2026-petonen', 'petonen', 'Petonen'),
];

const ruralCouncils: [string, string, L][] = [
  ['etela-kuopio', 'Etelä-Kuopio', { fi: 'Etelä-Kuopion maaseuturaati', sv: 'Landsbygdsrådet i Södra Kuopio', en: 'South Kuopio rural council' }],
  ['juankoski', 'Juankoski', { fi: 'Juankosken maaseuturaati', sv: 'Landsbygdsrådet i Juankoski', en: 'Juankoski rural council' }],
  ['karttula', 'Karttula', { fi: 'Karttulan maaseuturaati', sv: 'Landsbygdsrådet i Karttula', en: 'Karttula rural council' }],
  ['lansi-kuopio', 'Länsi-Kuopio', { fi: 'Länsi-Kuopion maaseuturaati', sv: 'Landsbygdsrådet i Västra Kuopio', en: 'West Kuopio rural council' }],
  ['maaninka', 'Maaninka', { fi: 'Maaningan maaseuturaati', sv: 'Landsbygdsrådet i Maaninka', en: 'Maaninka rural council' }],
  ['nilsia', 'Nilsiä', { fi: 'Nilsiän maaseuturaati', sv: 'Landsbygdsrådet i Nilsiä', en: 'Nilsiä rural council' }],
  ['riistavesi', 'Riistavesi', { fi: 'Riistaveden maaseuturaati', sv: 'Landsbygdsrådet i Riistavesi', en: 'Riistavesi rural council' }],
  ['vehmersalmi', 'Vehmersalmi', { fi: 'Vehmersalmen maaseuturaati', sv: 'Landsbygdsrådet i Vehmersalmi', en: 'Vehmersalmi rural council' }],
];

export const kuopioAssemblies: SeedAssembly[] = [
  ...ruralCouncils.map(([areaSlug, name, title]) => ({
    slug: `${areaSlug}-maaseuturaati`,
    type: 'RURAL_COUNCIL' as const,
    title,
    description: {
      fi: `${title.fi} edistää ${name} -alueen asukkaiden osallisuutta ja lähidemokratiaa. Raati laatii talousarvion, toimintasuunnitelman ja toimintakertomuksen, antaa lausuntoja ja tekee aloitteita sekä järjestää kuulemistilaisuuksia. Maaseuturaatien toimintamääräraha jaetaan raatien kesken tasan.`,
      sv: `${title.sv} främjar invånarnas delaktighet och närdemokrati i området ${name}. Rådet gör en budget, en verksamhetsplan och en verksamhetsberättelse, ger utlåtanden, tar initiativ och ordnar hörande. Landsbygdsrådens verksamhetsanslag delas lika mellan råden.`,
      en: `The ${title.en} promotes residents’ participation and local democracy in ${name}. The council makes a budget, an action plan and an annual report, issues statements and initiatives, and holds hearings. The rural councils’ operating appropriation is split equally between them.`,
    },
    areaSlugs: [areaSlug],
  })),
  {
    slug: 'nuorisovaltuusto',
    type: 'YOUTH_COUNCIL',
    title: { fi: 'Kuopion nuorisovaltuusto', sv: 'Kuopios ungdomsfullmäktige', en: 'Kuopio Youth Council' },
    description: {
      fi: 'Nuorisovaltuusto on lakisääteinen nuorten vaikuttajaryhmä, joka tuo nuorten näkökulman kaupungin päätöksentekoon.',
      sv: 'Ungdomsfullmäktige är ett lagstadgat påverkansorgan för unga som för fram ungas perspektiv i stadens beslutsfattande.',
      en: 'The Youth Council is a statutory body that brings young people’s perspective into the city’s decision-making.',
    },
    areaSlugs: [],
  },
  {
    slug: 'vanhusneuvosto',
    type: 'ELDERLY_COUNCIL',
    title: { fi: 'Kuopion vanhusneuvosto', sv: 'Kuopios äldreråd', en: 'Kuopio Council for the Elderly' },
    description: {
      fi: 'Vanhusneuvosto on lakisääteinen toimielin, joka edistää ikääntyneiden osallistumista ja vaikuttamista.',
      sv: 'Äldrerådet är ett lagstadgat organ som främjar äldres deltagande och påverkan.',
      en: 'The Council for the Elderly is a statutory body that promotes older people’s participation and influence.',
    },
    areaSlugs: [],
  },
  {
    slug: 'vammaisneuvosto',
    type: 'DISABILITY_COUNCIL',
    title: { fi: 'Kuopion vammaisneuvosto', sv: 'Kuopios råd för personer med funktionsnedsättning', en: 'Kuopio Disability Council' },
    description: {
      fi: 'Vammaisneuvosto on lakisääteinen toimielin, joka edistää vammaisten henkilöiden osallistumista ja vaikuttamista.',
      sv: 'Rådet för personer med funktionsnedsättning är ett lagstadgat organ som främjar deras deltagande och påverkan.',
      en: 'The Disability Council is a statutory body that promotes the participation and influence of persons with disabilities.',
    },
    areaSlugs: [],
  },
];
