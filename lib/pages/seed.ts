import type { Tx } from '@/lib/db';

/** Demo content of a Pages component: what a coordinator typically publishes first. */
const DEMO_PAGES = [
  {
    slug: 'tietoa-prosessista',
    title: { fi: 'Tietoa prosessista', sv: 'Om processen', en: 'About the process' },
    body: {
      fi: [
        '## Mistä on kyse?',
        '',
        'Tässä osallistumisprosessissa asukkaat, yhdistykset ja kaupunki kehittävät aluetta yhdessä. Prosessi etenee vaiheittain: ensin kerätään ideoita, sitten kaupungin asiantuntijat arvioivat ne, ja lopuksi asukkaat äänestävät, mitkä ehdotukset toteutetaan.',
        '',
        '## Miten voin osallistua?',
        '',
        '- Jätä idea tai kommentoi muiden ideoita verkossa.',
        '- Tule työpajaan tai kävelylle alueella.',
        '- Äänestä, kun äänestysvaihe alkaa.',
        '',
        'Vaiheet ja niiden aikataulut näet tilan etusivulta.',
      ].join('\n'),
      sv: [
        '## Vad handlar det om?',
        '',
        'I den här delaktighetsprocessen utvecklar invånare, föreningar och staden området tillsammans. Processen går framåt i skeden: först samlas idéer in, sedan bedömer stadens experter dem och till sist röstar invånarna om vilka förslag som genomförs.',
        '',
        '## Hur kan jag delta?',
        '',
        '- Lämna en idé eller kommentera andras idéer på webben.',
        '- Kom till en workshop eller en promenad i området.',
        '- Rösta när röstningsskedet börjar.',
        '',
        'Skedena och deras tidtabeller finns på utrymmets startsida.',
      ].join('\n'),
      en: [
        '## What is this about?',
        '',
        'In this participatory process, residents, associations and the city develop the area together. The process moves in phases: first ideas are collected, then city experts assess them, and finally residents vote on which proposals are carried out.',
        '',
        '## How can I take part?',
        '',
        '- Submit an idea or comment on other ideas online.',
        '- Come to a workshop or a walk in the area.',
        '- Vote when the voting phase begins.',
        '',
        'The phases and their schedules are shown on the front page of the space.',
      ].join('\n'),
    },
  },
  {
    slug: 'usein-kysyttya',
    title: { fi: 'Usein kysyttyä', sv: 'Vanliga frågor', en: 'Frequently asked questions' },
    body: {
      fi: [
        '## Kuka voi osallistua?',
        '',
        'Kaikki alueen asukkaat, alueella työskentelevät ja alueen yhdistykset. Äänestyksen mahdollinen ikäraja kerrotaan äänestysvaiheessa.',
        '',
        '## Tarvitsenko käyttäjätilin?',
        '',
        'Voit lukea kaiken ilman tiliä. Idean jättäminen, kommentointi ja äänestäminen edellyttävät rekisteröitymistä.',
        '',
        '## Voinko osallistua ilman tietokonetta?',
        '',
        'Kyllä. Voit jättää idean myös asukastilassa tai kaupungin palvelupisteessä, jossa henkilökunta kirjaa sen puolestasi.',
      ].join('\n'),
      sv: [
        '## Vem kan delta?',
        '',
        'Alla som bor eller arbetar i området och områdets föreningar. En eventuell åldersgräns för röstningen meddelas i röstningsskedet.',
        '',
        '## Behöver jag ett användarkonto?',
        '',
        'Du kan läsa allt utan konto. För att lämna idéer, kommentera och rösta behöver du registrera dig.',
        '',
        '## Kan jag delta utan dator?',
        '',
        'Ja. Du kan också lämna en idé i invånarlokalen eller på stadens servicepunkt, där personalen registrerar den åt dig.',
      ].join('\n'),
      en: [
        '## Who can take part?',
        '',
        'Everyone who lives or works in the area, and the local associations. Any age limit for voting is announced in the voting phase.',
        '',
        '## Do I need a user account?',
        '',
        'You can read everything without an account. Submitting ideas, commenting and voting require registration.',
        '',
        '## Can I take part without a computer?',
        '',
        'Yes. You can also submit an idea at the residents’ space or at a city service point, where staff enter it for you.',
      ].join('\n'),
    },
  },
] as const;

/** Creates the demo pages; re-running the seed updates them instead of failing on the unique slug. */
export async function seedPages(tx: Tx, componentId: string): Promise<void> {
  for (const [position, page] of DEMO_PAGES.entries()) {
    await tx.page.upsert({
      where: { componentId_slug: { componentId, slug: page.slug } },
      create: { componentId, slug: page.slug, title: page.title, body: page.body, position },
      update: { title: page.title, body: page.body, position },
    });
  }
}
