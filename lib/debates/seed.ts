import type { Tx } from '@/lib/db';
import { localize } from '@/lib/core/localized-text';
import { adjustCommentStats } from '@/lib/comments/stats';
import { openPreModeration } from '@/lib/moderation/open-case';
import { readCommentSettings } from '@/lib/comments/settings';
import { DEBATE_RESOURCE, debateRef } from './resource';

const DAY = 24 * 60 * 60 * 1000;

type Text = { fi: string; sv?: string };
type DemoComment = { by: 'resident' | 'official'; body: string; daysAgo: number };
type DemoDebate = {
  key: string;
  by: 'official' | 'resident';
  title: Text;
  description: Text;
  daysAgo: number;
  conclusion?: Text;
  /** Waits for a moderator (only where the component pre-moderates). */
  pending?: boolean;
  comments?: DemoComment[];
};

/** Finnish case forms of the demo areas' names; another name is used as it is. */
const NAME_FORMS: Record<string, { genitive: string; illative: string }> = {
  Neulamäki: { genitive: 'Neulamäen', illative: 'Neulamäkeen' },
  Petonen: { genitive: 'Petosen', illative: 'Petoseen' },
};

/** The public debate a resident of the area opened: Petonen's is about buses, anywhere else about a dark path. */
function residentTopic(n: string, genitive: string): DemoDebate {
  if (n === 'Petonen') {
    return {
      key: 'iltabussit',
      by: 'resident',
      title: { fi: 'Iltabussit keskustasta Petoseen kulkevat liian harvoin' },
      description: {
        fi: `Arki-iltaisin kello 21 jälkeen bussi keskustasta ${genitive} suuntaan kulkee vain kerran tunnissa. Moni nuori jää sen takia pois harrastuksista tai kulkee kotiin pitkän matkan kävellen.

Voisiko iltavuoroja lisätä edes kokeiluna?`,
      },
      daysAgo: 6,
      comments: [{ by: 'official', body: 'Kiitos! Välitämme toiveen joukkoliikenteen suunnitteluun, joka valmistelee ensi syksyn aikatauluja.', daysAgo: 5 }],
    };
  }
  return {
    key: 'katuvalot',
    by: 'resident',
    title: { fi: 'Kävelytie koululle on pimeä' },
    description: {
      fi: `Koulun takana kulkevalta kävelytieltä puuttuu valaistus noin 200 metrin matkalta. Syksyllä ja talvella lapset kulkevat siitä pimeässä aamulla ja iltapäivällä.

Voisiko kaupunki lisätä valot tai ainakin raivata pensaat tien varresta?`,
    },
    daysAgo: 5,
    comments: [{ by: 'official', body: 'Kiitos havainnosta! Välitimme sen katuvalaistuksesta vastaavalle yksikölle, joka käy katsomassa paikan.', daysAgo: 4 }],
  };
}

/** Demo debates of a Lähiöohjelma Keskustelu component, written for the area `n` (e.g. "Neulamäki"). */
function demoDebates(n: string): DemoDebate[] {
  const { genitive, illative } = NAME_FORMS[n] ?? { genitive: n, illative: n };
  return [
    {
      key: 'keskuspuisto',
      by: 'official',
      title: { fi: `Mitä ${genitive} keskuspuistolle pitäisi tehdä?`, sv: `Vad borde göras med parken i ${n}?` },
      description: {
        fi:
          `Puisto koulun ja ostoskeskuksen välissä on alueen suurin yhteinen viheralue, mutta monen mielestä se on nyt lähinnä läpikulkupaikka.\n\n` +
          `## Kerro meille\n\n- Mihin käytät puistoa nyt, ja mihin haluaisit käyttää sitä?\n- Puuttuuko jotain: penkkejä, valaistusta, leikkipaikkoja, kuntoiluvälineitä?\n- Mikä puistossa on jo hyvin ja pitää säilyttää?\n\n` +
          `Keskustelun ajatukset viedään kaupunkiympäristön palvelualueelle puiston peruskorjauksen suunnitteluun.`,
        sv:
          `Parken mellan skolan och köpcentret är områdets största gemensamma grönområde, men många upplever att den i dag mest är en genomfartsplats.\n\n` +
          `## Berätta för oss\n\n- Vad använder du parken till i dag, och vad skulle du vilja använda den till?\n- Saknas något: bänkar, belysning, lekplatser, utegym?\n\n` +
          `Tankarna från diskussionen förs vidare till planeringen av parkens grundrenovering.`,
      },
      daysAgo: 12,
      comments: [
        { by: 'resident', body: 'Iltaisin puisto on niin pimeä, että kierrän sen. Valaistus polun varteen olisi tärkein asia.', daysAgo: 11 },
        { by: 'resident', body: 'Lapsille olisi kiva saada vesileikkipaikka. Lähin on toisella puolella kaupunkia.', daysAgo: 9 },
        { by: 'official', body: 'Kiitos! Valaistus on mukana peruskorjauksen luonnoksessa. Kerromme aikataulusta täällä, kun se tarkentuu.', daysAgo: 7 },
      ],
    },
    {
      key: 'nuorten-tila',
      by: 'official',
      title: { fi: 'Nuorten kohtaamispaikka: missä ja milloin?', sv: 'En mötesplats för unga: var och när?' },
      description: {
        fi: `Työpajoissa ${genitive} nuoret toivoivat omaa paikkaa, jossa voi olla iltaisin ilman, että pitää ostaa mitään. Kysyimme, missä sellainen voisi olla ja mihin aikaan sen pitäisi olla auki.`,
      },
      daysAgo: 40,
      conclusion: {
        fi: 'Keskustelussa toivottiin eniten paikkaa koulun yhteyteen ja aukioloa arki-iltoihin. Nuorisopalvelut avaa kokeiluna avoimet ovet koulun liikuntasaliin keskiviikkoisin klo 17–20 tammikuusta alkaen. Kokemukset kootaan kevään aikana.',
        sv: 'I diskussionen önskade de flesta en plats i anslutning till skolan och öppet vardagskvällar. Ungdomstjänsterna öppnar som försök skolans gymnastiksal på onsdagar kl. 17–20 från och med januari.',
      },
      comments: [
        { by: 'resident', body: 'Koulun sali olisi hyvä, sinne on helppo tulla kaikkialta alueelta.', daysAgo: 38 },
        { by: 'resident', body: 'Viikonloppuisin olisi myös tarvetta, silloin ei ole mitään tekemistä.', daysAgo: 36 },
      ],
    },
    residentTopic(n, genitive),
    {
      key: 'skeittiparkki',
      by: 'resident',
      title: { fi: `Skeittiparkki ${illative}?` },
      description: { fi: 'Alueella on paljon skeittaavia nuoria, mutta lähin skeittipaikka on keskustassa. Pieni betoniparkki kentän laitaan olisi hieno juttu.' },
      daysAgo: 1,
      pending: true,
    },
  ];
}

/**
 * Demo debates for a new Debates component: two opened by the city (one closed with a conclusion, one also in
 * Swedish), one by a resident of the area, and — where the component pre-moderates — one waiting for approval with
 * its moderation case; a few comments, counted in CommentStats. Authors are the space's coordinator and a resident
 * of its area when such accounts exist (the demo users); without them the residents' debates are left out.
 * Re-running the seed adds nothing to a component that already has debates.
 */
export async function seedDebates(tx: Tx, componentId: string, now = new Date()): Promise<void> {
  if ((await tx.debate.count({ where: { componentId } })) > 0) return;
  const component = await tx.component.findUniqueOrThrow({
    where: { id: componentId },
    select: {
      spaceId: true,
      settings: true,
      space: { select: { organizationId: true, areas: { select: { area: { select: { id: true, name: true } } } } } },
    },
  });
  const { organizationId } = component.space;
  const areas = component.space.areas.map((a) => a.area);
  const areaName = areas[0] ? localize(areas[0].name, 'fi') : 'Alue';
  const [coordinator, resident] = await Promise.all([
    tx.user.findFirst({ where: { organizationId, spaceRoles: { some: { spaceId: component.spaceId, role: 'COORDINATOR' } } }, orderBy: { email: 'asc' }, select: { id: true } }),
    tx.user.findFirst({
      where: { organizationId, homeAreaId: { in: areas.map((a) => a.id) }, spaceRoles: { none: {} }, orgRoles: { none: {} } },
      orderBy: { email: 'asc' },
      select: { id: true },
    }),
  ]);
  const preModeration = readCommentSettings(component.settings).preModeration;

  for (const demo of demoDebates(areaName)) {
    if (demo.by === 'resident' && !resident) continue;
    if (demo.pending && !preModeration) continue;
    const createdAt = new Date(now.getTime() - demo.daysAgo * DAY);
    const debate = await tx.debate.create({
      data: {
        componentId,
        title: demo.title,
        description: demo.description,
        authorId: demo.by === 'official' ? (coordinator?.id ?? null) : resident!.id,
        isOfficial: demo.by === 'official',
        moderationState: demo.pending ? 'PENDING' : 'VISIBLE',
        closedAt: demo.conclusion ? new Date(createdAt.getTime() + 30 * DAY) : null,
        closedById: demo.conclusion ? (coordinator?.id ?? null) : null,
        conclusion: demo.conclusion,
        createdAt,
        areas: { create: areas.map((a) => ({ areaId: a.id })) },
      },
      select: { id: true },
    });
    if (demo.pending) {
      await openPreModeration(tx, { organizationId, spaceId: component.spaceId, componentId, targetType: DEBATE_RESOURCE, targetId: debate.id, authorId: resident!.id });
    }
    if (demo.by === 'resident') {
      await tx.follow.upsert({
        where: { userId_targetType_targetId: { userId: resident!.id, targetType: DEBATE_RESOURCE, targetId: debate.id } },
        create: { userId: resident!.id, targetType: DEBATE_RESOURCE, targetId: debate.id, automatic: true },
        update: {},
      });
    }
    for (const comment of demo.comments ?? []) {
      const authorId = comment.by === 'official' ? coordinator?.id : resident?.id;
      if (!authorId) continue;
      const at = new Date(now.getTime() - comment.daysAgo * DAY);
      await tx.comment.create({
        data: {
          organizationId,
          componentId,
          resourceType: DEBATE_RESOURCE,
          resourceId: debate.id,
          authorId,
          officialRole: comment.by === 'official' ? 'COORDINATOR' : null,
          body: comment.body,
          locale: 'fi',
          createdAt: at,
        },
      });
      await adjustCommentStats(tx, debateRef(debate.id), 1, at);
    }
  }
}
