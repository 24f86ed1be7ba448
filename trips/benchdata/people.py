"""Generated sectors, organisations and the people in them."""

from contacts.models import Organisation, Person, Sector

from . import vocabulary as words
from .world import Weighted, ascii_word
from .writer import next_id, write

COUNTRY = Weighted(words.COUNTRIES)
CITIES = {
    "CN": [latin for latin, _ in words.CHINESE_CITIES],
    **words.OTHER_CITIES,
}
ORG_COLUMNS = [
    "id", "name", "native_name", "slug", "kind", "country", "city", "website", "competences",
    "description", "is_public", "created_at", "updated_at",
]  # fmt: skip
PERSON_COLUMNS = [
    "id", "given_name", "family_name", "native_name", "title", "organisation_id", "email", "phone",
    "messaging_id", "preferred_language", "notes", "lawful_basis", "lawful_basis_source",
    "lawful_basis_date", "do_not_contact", "created_at", "updated_at",
]  # fmt: skip
# Cells a careless import leaves behind: the export must neutralise and quote them.
DUPLICATE_SHARE = 0.003
FINNISH = range(1, 8)  # organisation index % 500: an organiser, then participant companies
ODD_TITLES = ["=SUM(A1:A9)", "+86 hotline", "-", "@home", 'Head of "Innovation"', "Sales, Asia"]
PHONE_PREFIX = {"CN": "+86138", "FI": "+35840", "SE": "+4670", "DE": "+49151", "KZ": "+7701"}
PHONE_DIGITS = {"CN": 8, "FI": 7, "SE": 7, "DE": 8, "KZ": 7}
LATIN_ASCII = {name: ascii_word(name) for name in words.LATIN_GIVEN + words.LATIN_FAMILY}
CHINESE_ASCII = {
    latin: ascii_word(latin) for latin, _ in words.CHINESE_GIVEN + words.CHINESE_FAMILY
}


def sectors(world):
    """The shared sector keywords, reused when they exist already."""
    existing = dict(Sector.objects.values_list("slug", "pk"))
    for name, slug in words.SECTORS:
        if slug not in existing:
            existing[slug] = Sector.objects.create(name=name, slug=slug).pk
    world.sector_ids = sorted(existing.values())


def organisations(world, count):
    orgs = world.organisations
    orgs.first_id = next_id(Organisation)
    taken = {
        (name, country) for name, country in Organisation.objects.values_list("name", "country")
    }
    rows = (
        _organisation(world, org_id, taken)
        for org_id in range(orgs.first_id, orgs.first_id + count)
    )
    write(Organisation, ORG_COLUMNS, rows, total=count, progress=world.progress)
    world.counts["organisations"] = count
    links = [
        (org_id, world.rng.choice(world.sector_ids))
        for org_id in orgs.ids()
        if world.rng.random() < 0.6
    ]
    write(
        Organisation.sectors.through,
        ["organisation_id", "sector_id"],
        links,
        total=len(links),
        progress=world.progress,
    )


def _organisation(world, org_id, taken):
    rng, orgs = world.rng, world.organisations
    index = org_id - orgs.first_id
    # The first is the big city government (tens of thousands of people); one in 500 is a
    # trade-promotion body that organises trips; a few participant companies always.
    country = "CN" if index == 0 else "FI" if index % 500 in FINNISH else COUNTRY.pick(rng)
    city = rng.choice(CITIES[country])
    kind, name, native = _kind_and_name(rng, country, city, index)
    base, n = name, 1
    while (name, country) in taken:
        n += 1
        name = f"{base} {n}"
    taken.add((name, country))
    slug = world.slug(name, org_id)
    orgs.country.append(country)
    orgs.kind.append(kind)
    orgs.domain.append(f"{slug[:40].strip('-')}.example")
    if kind == Organisation.Kind.PARTICIPANT:
        orgs.participants.append(org_id)
    elif kind == Organisation.Kind.ORGANISER:
        orgs.organisers.append(org_id)
    else:
        orgs.by_country.setdefault(country, []).append(org_id)
    created = world.moment()
    return (
        org_id, name, native, slug, kind, country, city, f"https://{orgs.domain[-1]}",
        "", "", rng.random() < 0.3, created, created,
    )  # fmt: skip


def _kind_and_name(rng, country, city, index):
    Kind = Organisation.Kind
    stem, activity = rng.choice(words.STEMS), rng.choice(words.ACTIVITIES)
    form = words.FORMS[country]
    if index % 500 == 1:
        return Kind.ORGANISER, f"{city} Business Development {form}", ""
    if index % 500 in FINNISH:
        return Kind.PARTICIPANT, f"{stem} {activity} {form}", ""
    if index == 0:
        city_hanzi = dict(words.CHINESE_CITIES)[city]
        return Kind.GOVERNMENT, f"{city} Municipal Government", f"{city_hanzi}市人民政府"
    if country in ("FI", "SE") and rng.random() < 0.35:
        return Kind.PARTICIPANT, f"{stem} {activity} {form}", ""
    if country == "CN":
        city_hanzi = dict(words.CHINESE_CITIES)[city]
        if rng.random() < 0.4:
            body, body_hanzi = rng.choice(words.BODIES)
            kind = Kind.ZONE_AUTHORITY if "Zone" in body else Kind.GOVERNMENT
            return kind, f"{city} {body}", f"{city_hanzi}{body_hanzi}"
        return Kind.LOCAL_COMPANY, f"{city} {stem} {activity} {form}", f"{city_hanzi}科技有限公司"
    kind = Kind.LOCAL_COMPANY if rng.random() < 0.8 else Kind.OTHER
    return kind, f"{stem} {activity} {form}", ""


def people(world):
    """`world.persons` people spread over the organisations: most have a few, some hundreds,
    and one has very many (the duplicate finder's and the admin inline's worst case)."""
    orgs, rng = world.organisations, world.rng
    sizes = _sizes(rng, world.persons, len(orgs.country))
    first = next_id(Person)
    for size in sizes:
        orgs.first_person.append(first)
        orgs.people.append(size)
        first += size
    rows = _people_rows(world, next_id(Person))
    write(Person, PERSON_COLUMNS, rows, total=world.persons, progress=world.progress)
    world.counts["people"] = world.persons


def _sizes(rng, total, count):
    big = min(20000, total // 50)
    weights = [rng.paretovariate(1.2) for _ in range(count)]
    scale = (total - big) / sum(weights)
    sizes = [max(1, int(w * scale)) for w in weights]
    sizes[0] = 0
    sizes[0] = max(0, total - sum(sizes))  # the first organisation takes the rest: the big one
    while sizes[0] < big:  # trim others so the big one keeps its size
        i = rng.randrange(1, count)
        if sizes[i] > 1:
            sizes[i] -= 1
            sizes[0] += 1
    return sizes


def _people_rows(world, person_id):
    orgs = world.organisations
    for i, org_id in enumerate(orgs.ids()):
        country, domain = orgs.country[i], orgs.domain[i]
        previous = None
        for _ in range(orgs.people[i]):
            if previous and world.rng.random() < DUPLICATE_SHARE:
                # the same person entered twice (an import and a business card): same name,
                # the e-mail in capitals
                row = (person_id, *previous[1:6], previous[6].upper(), *previous[7:])
            else:
                row = _person(world, person_id, org_id, country, domain)
            yield row
            previous = row
            person_id += 1


def _person(world, person_id, org_id, country, domain):
    rng = world.rng
    chinese = rng.random() < (0.95 if country == "CN" else 0.03)
    if chinese:
        family, family_hanzi = rng.choice(words.CHINESE_FAMILY)
        given, given_hanzi = rng.choice(words.CHINESE_GIVEN)
        native = family_hanzi + given_hanzi
        mail = f"{CHINESE_ASCII[given]}.{CHINESE_ASCII[family]}"
    else:
        given, family, native = rng.choice(words.LATIN_GIVEN), rng.choice(words.LATIN_FAMILY), ""
        mail = f"{LATIN_ASCII[given]}.{LATIN_ASCII[family]}"
    title = rng.choice(ODD_TITLES) if rng.random() < 0.0005 else rng.choice(words.TITLES)
    phone = ""
    if country in PHONE_PREFIX and rng.random() < 0.7:
        phone = PHONE_PREFIX[country] + str(rng.randrange(10 ** PHONE_DIGITS[country])).zfill(
            PHONE_DIGITS[country]
        )
    messaging = (
        f"wx_{mail.replace('.', '_')}{person_id % 997}" if chinese and rng.random() < 0.5 else ""
    )
    created = world.moment()
    basis = "consent" if rng.random() < 0.2 else "legitimate_interest"
    return (
        person_id, given, family, native, title, org_id, f"{mail}{person_id}@{domain}", phone,
        messaging, rng.choice(words.LANGUAGES), "", basis, "Business card exchanged at a meeting",
        created.date(), rng.random() < 0.02, created, created,
    )  # fmt: skip
