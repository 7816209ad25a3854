import type { Tx } from '@/lib/db';
import type { IdeaBaseState } from './states';
import { IDEA_RESOURCE } from './resource';
import { COAUTHORS_SEGMENT, publicIdeasPath } from './paths';

const DAY = 24 * 60 * 60 * 1000;

type Text = { fi: string; sv?: string; en?: string };
type DemoIdea = {
  title: string;
  body: string;
  locale?: 'fi' | 'sv';
  theme: number;
  /** Offset from the area's centre in degrees [lng, lat], or none. */
  pin?: [number, number];
  place?: string;
  daysAgo: number;
  state: IdeaBaseState;
  /** Index into the component's custom states. */
  custom?: number;
  reason?: Text;
  answer?: Text;
  cost?: { euros: number; justification: Text; timeFrame: Text };
  inPerson?: { channel: 'IN_PERSON' | 'PAPER'; place: string; ageGroup: string; name?: string };
  supports: number;
  /** Assigned to the space's evaluator, with a review and a private note. */
  review?: boolean;
  withdrawnByAuthor?: boolean;
};

const THEMES: Text[] = [
  { fi: 'Liikunta ja leikki', sv: 'Motion och lek', en: 'Sports and play' },
  { fi: 'Viihtyisyys ja luonto', sv: 'Trivsel och natur', en: 'Comfort and nature' },
  { fi: 'Liikenne ja turvallisuus', sv: 'Trafik och säkerhet', en: 'Traffic and safety' },
  { fi: 'Yhteisö ja tapahtumat', sv: 'Gemenskap och evenemang', en: 'Community and events' },
];

const CUSTOM_STATES: { baseState: IdeaBaseState; label: Text; colour: string }[] = [
  { baseState: 'UNDER_REVIEW', label: { fi: 'Kustannusarviossa', sv: 'Kostnadsberäknas', en: 'Being costed' }, colour: 'amber' },
  { baseState: 'ACCEPTED', label: { fi: 'Etenee äänestykseen', sv: 'Går vidare till omröstning', en: 'Goes to the vote' }, colour: 'green' },
];

/** The demo ideas of a neighbourhood programme (`n`: the area's name), in every state a newcomer should see. */
function demoIdeas(n: string): DemoIdea[] {
  return [
    {
      title: 'Kuntoportaat Puijonlaakson rinteeseen',
      body: `Rinteessä kulkee jo polku, jota moni käyttää treenaamiseen. Puiset kuntoportaat kaiteineen tekisivät siitä turvallisen myös talvella, ja ne houkuttelisivat nuoria liikkumaan lähellä kotia.`,
      theme: 0, pin: [0.004, 0.002], daysAgo: 40, state: 'ACCEPTED', custom: 1, supports: 14,
      answer: { fi: 'Idea on toteutettavissa. Kuntoportaat sopivat rinteeseen, ja ne voidaan rakentaa ensi kesänä, jos idea menestyy äänestyksessä.', sv: 'Idén är genomförbar. Motionstrappan passar i sluttningen och kan byggas nästa sommar om idén klarar sig i omröstningen.' },
      cost: { euros: 38000, justification: { fi: 'Puurakenteiset portaat (noin 120 askelmaa), kaiteet ja valaistus polun alkuun.', sv: 'Trappa i trä (cirka 120 steg), räcken och belysning vid stigens början.' }, timeFrame: { fi: 'Kesä 2027', sv: 'Sommaren 2027' } },
      review: true,
    },
    {
      title: `Lisää penkkejä ${n === 'Petonen' ? 'Petosen' : 'Neulamäen'} kävelyreitin varrelle`,
      body: 'Ikääntyneet asukkaat kertovat, että pitkällä kävelyreitillä ei ole yhtään paikkaa levähtää. Kolme tai neljä penkkiä reitin varrella auttaisi monia liikkumaan omin voimin.',
      theme: 1, pin: [-0.006, -0.002], daysAgo: 35, state: 'UNDER_REVIEW', custom: 0, supports: 9, review: true,
    },
    {
      title: 'Suojatie ja hidaste koulun risteykseen',
      body: 'Koulun vieressä olevassa risteyksessä autot ajavat lujaa ja suojatie puuttuu. Lapset ylittävät tien aamuisin vaarallisessa kohdassa.',
      theme: 2, pin: [0.001, -0.003], daysAgo: 33, state: 'UNDER_REVIEW', supports: 21, review: true,
    },
    {
      title: 'Ulkokuntosali leikkipuiston viereen',
      body: 'Vanhemmat voisivat treenata samalla, kun lapset leikkivät. Laitteita voisi olla eri-ikäisille, myös ikääntyneille sopivia tasapainolaitteita.',
      theme: 0, pin: [0.003, 0.001], daysAgo: 30, state: 'MERGED', supports: 3,
      reason: { fi: 'Yhdistetty kuntoportaita koskevaan ideaan, koska molemmat sijoittuisivat samalle liikunta-alueelle.', sv: 'Sammanslagen med idén om motionstrappan, eftersom båda skulle ligga på samma motionsområde.' },
    },
    {
      title: 'Koirapuisto alueen laidalle',
      body: 'Alueella on paljon koiria, mutta lähin aidattu koirapuisto on kaukana. Koirapuisto vähentäisi myös irrallaan juoksevia koiria leikkipuistoissa.',
      theme: 1, place: 'Metsän reunassa oleva joutomaa, pysäköintialueen takana', daysAgo: 28, state: 'REJECTED', supports: 6,
      reason: { fi: 'Ehdotetulla paikalla kulkee vesijohto, eikä alueelle voi rakentaa aitaa. Koirapuistoa selvitetään osana kaupungin viheralueohjelmaa.', sv: 'På den föreslagna platsen går en vattenledning och där kan inte byggas staket. En hundpark utreds i stadens grönområdesprogram.' },
    },
    {
      title: 'Yhteinen kesäjuhla lähiön pihalla',
      body: 'Kesäjuhla, jossa naapurit tutustuvat toisiinsa: musiikkia, lasten ohjelmaa ja yhdistysten esittelyjä. Järjestäjiksi voisi pyytää alueen yhdistyksiä.',
      theme: 3, place: 'Ostoskeskuksen edessä oleva aukio', daysAgo: 25, state: 'PROJECT', supports: 17,
      answer: { fi: 'Kesäjuhla järjestetään kesäkuussa 2027 yhdessä asukasyhdistyksen kanssa.', sv: 'Sommarfesten ordnas i juni 2027 tillsammans med invånarföreningen.' },
      cost: { euros: 6000, justification: { fi: 'Äänentoisto, lasten ohjelma ja tarvikkeet.' }, timeFrame: { fi: 'Kesäkuu 2027' } },
    },
    {
      title: 'Valaistus pururadalle',
      body: 'Pururata on pimeänä syksyllä ja talvella lähes kokonaan käyttökelvoton työpäivän jälkeen. Led-valaistus lisäisi käyttöä ja turvallisuutta.',
      theme: 2, pin: [-0.009, 0.003], daysAgo: 60, state: 'IMPLEMENTED', supports: 25,
      answer: { fi: 'Pururadan valaistus valmistui marraskuussa. Kiitos ideasta!', sv: 'Belysningen på motionsbanan blev klar i november. Tack för idén!' },
      cost: { euros: 24000, justification: { fi: 'Led-valaisimet 1,2 km:n matkalle.' }, timeFrame: { fi: 'Syksy 2026' } },
    },
    {
      title: 'Skeittiramppi nuorille',
      body: 'Nuorilla ei ole alueella omaa paikkaa. Pieni skeittiramppi tai pumptrack-rata kokoaisi nuoria yhteen ja toisi tekemistä iltoihin.',
      theme: 0, pin: [0.007, -0.001], daysAgo: 20, state: 'SUBMITTED', supports: 11,
      inPerson: { channel: 'IN_PERSON', place: `${n === 'Petonen' ? 'Petosen' : 'Neulamäen'} koulun työpaja`, ageGroup: '13-17' },
    },
    {
      title: 'Kukkaistutuksia ostoskeskuksen eteen',
      body: 'Ostoskeskuksen edusta on harmaa ja ankea. Kesäkukat ja muutama penkki tekisivät siitä mukavan kohtaamispaikan.',
      theme: 1, place: 'Ostoskeskuksen edusta', daysAgo: 18, state: 'SUBMITTED', supports: 4,
      inPerson: { channel: 'PAPER', place: 'Asiointipisteen palautelaatikko', ageGroup: '65-plus', name: 'Aino Virtanen' },
    },
    {
      title: 'Lekplats med tillgängliga gungor',
      body: 'Barn som använder rullstol kan inte leka på områdets lekplatser. En gunga och sandlåda som är tillgängliga skulle göra lekplatsen till en plats för alla barn.',
      locale: 'sv', theme: 0, pin: [-0.002, 0.001], daysAgo: 12, state: 'SUBMITTED', supports: 7,
    },
    {
      title: 'Kirjastoauto käymään viikoittain',
      body: 'Lähin kirjasto on kaukana. Kirjastoauto voisi pysähtyä alueella kerran viikossa esimerkiksi koulun pihalla iltapäivisin.',
      theme: 3, place: 'Koulun piha', daysAgo: 9, state: 'WITHDRAWN', supports: 2, withdrawnByAuthor: true,
    },
    {
      title: 'Talviuintipaikka lammelle',
      body: 'Avantouinti on suosittua. Lammelle voisi tehdä avannon ja pienen pukukopin talvikaudeksi.',
      theme: 0, pin: [-0.004, -0.003], daysAgo: 3, state: 'SUBMITTED', supports: 1,
    },
  ];
}

/**
 * Demo content of an Ideas component: themes, two custom states, a dozen ideas in every state (one in Swedish, two
 * collected in person and on paper), supports by the demo residents, the public history of each, answers and costs,
 * and — where the space has an evaluator — assignments with a due date, a review and a private note.
 */
export async function seedIdeas(tx: Tx, componentId: string): Promise<void> {
  if ((await tx.idea.count({ where: { componentId } })) > 0) return;
  const component = await tx.component.findUniqueOrThrow({
    where: { id: componentId },
    select: { spaceId: true, space: { select: { organizationId: true, areas: { select: { area: { select: { id: true, name: true, boundary: true } } }, take: 1 } } } },
  });
  const area = component.space.areas[0]?.area;
  if (!area) return;
  const organizationId = component.space.organizationId;
  const n = (area.name as Text).fi;
  const centre = boundaryCentre(area.boundary);
  const [coordinator, evaluator, staff, residents] = await Promise.all([
    tx.user.findFirst({ where: { organizationId, spaceRoles: { some: { spaceId: component.spaceId, role: 'COORDINATOR' } } }, orderBy: { email: 'asc' }, select: { id: true } }),
    tx.user.findFirst({ where: { organizationId, spaceRoles: { some: { spaceId: component.spaceId, role: 'EVALUATOR' } } }, orderBy: { email: 'asc' }, select: { id: true } }),
    tx.user.findFirst({ where: { organizationId, orgRoles: { some: { role: 'STAFF' } } }, orderBy: { email: 'asc' }, select: { id: true } }),
    tx.user.findMany({ where: { organizationId, spaceRoles: { none: {} }, orgRoles: { none: {} }, blockedAt: null }, orderBy: { email: 'asc' }, select: { id: true, homeAreaId: true } }),
  ]);
  const themes = [];
  for (const [position, name] of THEMES.entries()) themes.push(await tx.ideaTheme.create({ data: { componentId, name, position }, select: { id: true } }));
  const customs = [];
  for (const [position, s] of CUSTOM_STATES.entries()) customs.push(await tx.ideaCustomState.create({ data: { componentId, ...s, position }, select: { id: true } }));
  // Local residents write the area's ideas; the others support them.
  const locals = residents.filter((r) => r.homeAreaId === area.id);
  const now = Date.now();
  const ids: string[] = [];
  const authors: (string | null)[] = [];
  for (const [i, d] of demoIdeas(n).entries()) {
    const published = new Date(now - d.daysAgo * DAY);
    const author = d.inPerson ? null : (locals[i % Math.max(locals.length, 1)] ?? residents[i % Math.max(residents.length, 1)] ?? null);
    const idea = await tx.idea.create({
      data: {
        componentId,
        areaId: area.id,
        themeId: themes[d.theme]?.id,
        title: d.title,
        body: d.body,
        locale: d.locale ?? 'fi',
        authorId: author?.id ?? null,
        publishedAt: published,
        createdAt: published,
        state: d.state,
        customStateId: d.custom !== undefined ? customs[d.custom]?.id : undefined,
        stateReason: d.reason,
        answer: d.answer,
        answeredAt: d.answer ? new Date(published.getTime() + 10 * DAY) : undefined,
        costEstimate: d.cost?.euros,
        costJustification: d.cost?.justification,
        timeFrame: d.cost?.timeFrame,
        latitude: d.pin && centre ? centre[1] + d.pin[1] : undefined,
        longitude: d.pin && centre ? centre[0] + d.pin[0] : undefined,
        locationText: d.place,
        channel: d.inPerson?.channel ?? 'ONLINE',
        collectedAt: d.inPerson ? new Date(published.getTime() - 2 * DAY) : undefined,
        collectedPlace: d.inPerson?.place,
        onBehalfName: d.inPerson?.name,
        ageGroup: d.inPerson?.ageGroup ?? (i % 3 === 0 ? '18-29' : i % 3 === 1 ? '30-64' : '13-17'),
        enteredById: d.inPerson ? (staff?.id ?? coordinator?.id) : undefined,
        supportCount: 0,
      },
      select: { id: true },
    });
    ids.push(idea.id);
    authors.push(author?.id ?? null);
    await seedHistory(tx, idea.id, d, published, author?.id ?? null, coordinator?.id ?? null, d.custom !== undefined ? customs[d.custom]?.id : undefined);
    const supporters = residents.filter((r) => r.id !== author?.id).slice(0, d.supports);
    if (supporters.length > 0) {
      await tx.ideaSupport.createMany({ data: supporters.map((s) => ({ ideaId: idea.id, userId: s.id, componentId, createdAt: published })), skipDuplicates: true });
      await tx.idea.update({ where: { id: idea.id }, data: { supportCount: supporters.length } });
    }
    if (author) await tx.follow.upsert({ where: { userId_targetType_targetId: { userId: author.id, targetType: IDEA_RESOURCE, targetId: idea.id } }, update: {}, create: { userId: author.id, targetType: IDEA_RESOURCE, targetId: idea.id } });
    if (d.review && evaluator) {
      await tx.ideaAssignment.create({ data: { ideaId: idea.id, evaluatorId: evaluator.id, assignedById: coordinator?.id, dueDate: new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + 7 + i)) } });
      await tx.ideaReview.create({
        data: {
          ideaId: idea.id,
          evaluatorId: evaluator.id,
          feasibility: d.state === 'ACCEPTED' ? 'FEASIBLE' : 'UNCLEAR',
          costEstimate: d.cost?.euros ?? 15000,
          costJustification: d.cost?.justification.fi ?? 'Alustava arvio: suunnittelu ja rakentaminen urakkana.',
          timeFrame: d.cost?.timeFrame.fi ?? '2027',
          proposedState: d.state === 'ACCEPTED' ? 'ACCEPTED' : null,
          proposedAnswer: d.answer?.fi ?? null,
        },
      });
      await tx.ideaNote.create({ data: { ideaId: idea.id, authorId: evaluator.id, body: 'Tarkistettu kaavasta: alue on puistoa, ei esteitä. Kysytty hinta-arvio katurakentamiselta.' } });
    }
  }
  // The merged idea points at the first one (the fitness stairs).
  const mergedIndex = demoIdeas(n).findIndex((d) => d.state === 'MERGED');
  if (mergedIndex >= 0 && ids[0]) await tx.idea.update({ where: { id: ids[mergedIndex]! }, data: { mergedIntoId: ids[0] } });
  await seedCoauthors(tx, { organizationId, componentId, residents, ideas: demoIdeas(n).map((d, i) => ({ ...d, id: ids[i]!, authorId: authors[i] ?? null })) });
}

/**
 * The fitness stairs were written by two neighbours (a joined co-author, shown by name), and the demo resident
 * (resident@) has an invitation waiting on the latest open idea, with its notification — so a newcomer signed in as
 * them meets the invitation in their notifications.
 */
async function seedCoauthors(
  tx: Tx,
  { organizationId, componentId, residents, ideas }: { organizationId: string; componentId: string; residents: { id: string }[]; ideas: (DemoIdea & { id: string; authorId: string | null })[] },
) {
  const first = ideas[0];
  const partner = residents.find((r) => r.id !== first?.authorId);
  if (first?.authorId && partner) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: partner.id }, select: { email: true } });
    await tx.ideaCoauthor.create({ data: { ideaId: first.id, email: user.email, userId: partner.id, acceptedAt: new Date(Date.now() - (first.daysAgo - 1) * DAY) } });
  }
  const invited = await tx.user.findFirst({ where: { organizationId, email: 'resident@kuopio.example' }, select: { id: true, email: true } });
  const open = [...ideas].reverse().find((d) => d.state === 'SUBMITTED' && !d.inPerson && d.authorId && d.authorId !== invited?.id);
  if (!invited || !open) return;
  const invitation = await tx.ideaCoauthor.create({ data: { ideaId: open.id, email: invited.email }, select: { id: true } });
  const author = await tx.user.findUniqueOrThrow({ where: { id: open.authorId! }, select: { displayName: true } });
  const space = await tx.component.findUniqueOrThrow({ where: { id: componentId }, select: { space: { select: { slug: true } } } });
  await tx.notification.create({
    data: {
      organizationId,
      userId: invited.id,
      kind: 'idea_coauthor_invited',
      eventKey: `idea_coauthor_invited:${invitation.id}`,
      resourceType: IDEA_RESOURCE,
      resourceId: open.id,
      data: {
        title: { fi: open.title },
        context: {
          fi: `${author.displayName} kutsui sinut idean kanssakirjoittajaksi.`,
          sv: `${author.displayName} bjöd in dig som medförfattare till idén.`,
          en: `${author.displayName} invited you to co-author the idea.`,
        },
        path: publicIdeasPath(space.space.slug, componentId, open.id, COAUTHORS_SEGMENT),
      },
      // Seeded, not happened: no mail is owed for it.
      emailSettledAt: new Date(),
    },
  });
}

/** The public history: submitted, then the steps that led to the idea's state. */
async function seedHistory(tx: Tx, ideaId: string, d: DemoIdea, published: Date, authorId: string | null, coordinatorId: string | null, customStateId: string | undefined) {
  const at = (days: number) => new Date(published.getTime() + days * DAY);
  const steps: { from: IdeaBaseState | null; to: IdeaBaseState; days: number; answered?: boolean; reason?: Text; custom?: string; by: string | null }[] = [
    { from: null, to: 'SUBMITTED', days: 0, by: authorId ?? coordinatorId },
  ];
  const review = (to: IdeaBaseState, extra: Partial<(typeof steps)[number]> = {}) => steps.push({ from: steps.at(-1)!.to, to, days: steps.length * 4, by: coordinatorId, ...extra });
  switch (d.state) {
    case 'UNDER_REVIEW': review('UNDER_REVIEW', { custom: customStateId }); break;
    case 'ACCEPTED': review('UNDER_REVIEW'); review('ACCEPTED', { answered: true, custom: customStateId }); break;
    case 'REJECTED': review('UNDER_REVIEW'); review('REJECTED', { reason: d.reason }); break;
    case 'MERGED': review('MERGED', { reason: d.reason }); break;
    case 'PROJECT': review('UNDER_REVIEW'); review('ACCEPTED', { answered: true }); review('PROJECT'); break;
    case 'IMPLEMENTED': review('UNDER_REVIEW'); review('ACCEPTED', { answered: true }); review('PROJECT'); review('IMPLEMENTED', { answered: true }); break;
    case 'WITHDRAWN': steps.push({ from: 'SUBMITTED', to: 'WITHDRAWN', days: 2, by: authorId }); break;
    default: break;
  }
  for (const s of steps) {
    await tx.ideaStateChange.create({ data: { ideaId, fromState: s.from, toState: s.to, answered: s.answered ?? false, reason: s.reason, customStateId: s.custom, actorId: s.by, createdAt: at(s.days) } });
  }
}

/** The middle of a GeoJSON polygon's bounding box [lng, lat], or null without a boundary. */
function boundaryCentre(boundary: unknown): [number, number] | null {
  const b = boundary as { type?: string; coordinates?: number[][][] } | null;
  const ring = b?.type === 'Polygon' ? b.coordinates?.[0] : undefined;
  if (!ring || ring.length === 0) return null;
  const lngs = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  return [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}
