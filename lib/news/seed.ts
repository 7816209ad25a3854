import type { Tx } from '@/lib/db';
import { localize } from '@/lib/core/localized-text';
import { queueNewsAnnouncement } from './announcement-queue';

const DAY = 24 * 60 * 60 * 1000;

type DemoPost = {
  key: string;
  title: { fi: string; sv?: string };
  summary?: { fi: string; sv?: string };
  body: { fi: string; sv?: string };
  /** Days from the seeding moment; null is a draft. */
  publishInDays: number | null;
  pinned?: boolean;
  unpublished?: boolean;
};

/** Demo posts of a Lähiöohjelma News component, written for the area `n` (e.g. "Neulamäki"). */
function demoPosts(n: string): DemoPost[] {
  return [
    {
      key: 'ohjelma-alkaa',
      title: { fi: `Lähiöohjelma käynnistyy: ${n} kehittyy asukkaiden kanssa`, sv: `Förortsprogrammet startar: ${n} utvecklas med invånarna` },
      summary: { fi: `${n} on yksi lähiöohjelman kahdesta pilottialueesta. Alueelle on varattu noin 50 000 euroa asukkaiden ideoille.`, sv: `${n} är ett av förortsprogrammets två pilotområden. Cirka 50 000 euro har reserverats för invånarnas idéer.` },
      body: {
        fi: `## Mistä on kyse?\n\nKuopion kaupunki valitsi alueet hyvinvointitiedon perusteella. Ohjelmassa asukkaat, erityisesti nuoret, suunnittelevat alueen kehittämistä yhdessä kaupungin kanssa.\n\n## Mitä seuraavaksi?\n\n- Julkaisemme alueen tilannekuvan.\n- Järjestämme työpajoja ja kävelyjä.\n- Keräämme arjen ideoita osallistuvaan budjetointiin.`,
        sv: `## Vad handlar det om?\n\nKuopio stad valde områdena utifrån välfärdsdata. I programmet planerar invånarna, särskilt unga, områdets utveckling tillsammans med staden.`,
      },
      publishInDays: -45,
    },
    {
      key: 'tilannekuva',
      title: { fi: `Alueen tilannekuva julkaistu – ${n} lukuina` },
      summary: { fi: 'Tilannekuvassa on koottu alueen hyvinvointitietoa ja kaupungin investointiohjelman toimenpiteet.' },
      body: { fi: `Tilannekuva kertoo, millainen ${n} on asuinalueena tänään: asukasmäärä, ikärakenne, palvelut ja alueelle suunnitellut investoinnit.\n\nTilannekuva on pohja työpajoille. Kerro meille, mikä siitä puuttuu!` },
      publishInDays: -30,
    },
    {
      key: 'tyopaja',
      title: { fi: `Tule mukaan asukastyöpajaan – ideoidaan alueen tulevaisuutta`, sv: `Välkommen till invånarverkstaden` },
      summary: { fi: 'Työpaja pidetään koululla tiistaina kello 17–19. Kahvitarjoilu, lapset ovat tervetulleita mukaan.', sv: 'Verkstaden hålls i skolan på tisdag kl. 17–19. Kaffe serveras.' },
      body: {
        fi: `Työpajassa pohditaan yhdessä, mitä alueella pitäisi kehittää ensimmäisenä.\n\n**Ilmoittautumista ei tarvita.** Tilat ovat esteettömät.\n\nJos et pääse paikalle, voit jättää idean myös verkossa.`,
        sv: `I verkstaden funderar vi tillsammans på vad som borde utvecklas först i området.\n\n**Ingen anmälan behövs.** Lokalerna är tillgängliga.`,
      },
      publishInDays: -3,
      pinned: true,
    },
    {
      key: 'nuoret',
      title: { fi: 'Nuorten ideat kuuluviin – jalkautuvat ohjaajat liikkeellä' },
      summary: { fi: 'Nuorisotyön ohjaajat kiertävät alueella ja kuulevat nuorten ajatuksia paikan päällä.' },
      body: { fi: 'Kaikki eivät käytä verkkopalveluja, joten kuljemme sinne, missä nuoret ovat. Paikan päällä kerätyt ideat kirjataan palveluun ja lasketaan mukaan muiden ideoiden rinnalla.' },
      publishInDays: -10,
    },
    {
      key: 'ideakeruu',
      title: { fi: 'Ideakeruu avautuu pian', sv: 'Insamlingen av idéer öppnar snart' },
      summary: { fi: 'Osallistuvan budjetoinnin ideakeruu alkaa. Jätä oma ideasi ja kommentoi muiden ideoita.' },
      body: { fi: 'Ideakeruun aikana kuka tahansa voi ehdottaa pieniä arjen parannuksia. Kaupungin asiantuntijat arvioivat ideat, ja lopuksi asukkaat äänestävät.', sv: 'Under insamlingen kan vem som helst föreslå små förbättringar i vardagen.' },
      publishInDays: 10,
    },
    {
      key: 'kavely-luonnos',
      title: { fi: 'Luonnos: kehittämiskävely syyskuussa' },
      body: { fi: 'Reitti ja aikataulu tarkentuvat. Julkaistaan, kun kävelyn ajankohta on vahvistettu.' },
      publishInDays: null,
    },
    {
      key: 'vanha-aikataulu',
      title: { fi: 'Työpajan ajankohta muuttunut' },
      body: { fi: 'Tämä tiedote on vanhentunut ja poistettu näkyvistä.' },
      publishInDays: -20,
      unpublished: true,
    },
  ];
}

/**
 * Demo posts for a new News component, tagged with its space's areas. Re-running the seed adds nothing to a
 * component that already has posts.
 */
export async function seedNews(tx: Tx, componentId: string, now = new Date()): Promise<void> {
  if ((await tx.newsPost.count({ where: { componentId } })) > 0) return;
  const component = await tx.component.findUniqueOrThrow({
    where: { id: componentId },
    select: { space: { select: { areas: { select: { area: { select: { id: true, name: true } } } } } } },
  });
  const areas = component.space.areas.map((a) => a.area);
  const areaName = areas[0] ? localize(areas[0].name, 'fi') : 'Alue';
  for (const post of demoPosts(areaName)) {
    const publishAt = post.publishInDays === null ? null : new Date(now.getTime() + post.publishInDays * DAY);
    const created = await tx.newsPost.create({
      data: {
        componentId,
        title: post.title,
        summary: post.summary ?? {},
        body: post.body,
        publishAt,
        isPinned: post.pinned ?? false,
        unpublishedAt: post.unpublished && publishAt ? new Date(publishAt.getTime() + DAY) : null,
        // Posts already out count as announced back then; scheduled ones are announced when their time comes.
        notifiedAt: publishAt && publishAt <= now ? publishAt : null,
        areas: { create: areas.map((a) => ({ areaId: a.id })) },
      },
      select: { id: true, publishAt: true, notifiedAt: true },
    });
    await queueNewsAnnouncement(tx, created);
  }
}
