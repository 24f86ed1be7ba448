"""The demo story: SME2GO's smart city delegation to Shandong (see shared/domain/README.md).

Every company and person here is fictional sample data. Posintra Oy and Västerås Science Park are
the real organisers named in the source text; their contact people here are invented. Loading is
idempotent: records are found by natural keys and only written when something differs, so a second
run changes nothing (not even history).
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction

from contacts.models import Membership, Organisation, Person, Sector

from .demo_translations import load_translations
from .models import (
    Agreement,
    Delegate,
    Lead,
    Match,
    Meeting,
    MeetingAttendee,
    MeetingCounterpart,
    MeetingPerson,
    Need,
    Participation,
    Place,
    Programme,
    Recognition,
    RecognitionAwarder,
    Trip,
    TripOrganiser,
    Visit,
)

STAFF_GROUP = "Project staff"
STAFF_USERNAME = "demo-staff"
TRIP_SLUG = "smart-city-delegation-shandong"
PLANNED_TRIP_SLUG = "water-and-cleantech-delegation-almaty"
D = dt.date


def upsert(model, lookup, **values):
    """Find by `lookup`; create, or update only the fields that differ. Returns the object."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj
    changed = False
    for name, value in values.items():
        field = model._meta.get_field(name)
        if not isinstance(field, models.ForeignKey):
            value = field.to_python(value)
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.full_clean()
        obj.save()
    return obj


def link(model, **keys):
    """A row of a through table, created once."""
    return upsert(model, keys)


def _ascii(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class DemoLogin:
    username: str
    organisation: str
    is_staff: bool


SECTORS = [
    ("Cleantech", "cleantech"),
    ("Food technology", "food-technology"),
    ("Water and wastewater", "water"),
    ("Wood construction", "wood-construction"),
    ("Smart mobility", "smart-mobility"),
    ("Energy efficiency", "energy-efficiency"),
    ("Furniture and wood products", "furniture"),
    ("ICT and IoT", "ict"),
]

# slug: (name, country, city, website, sectors, competences, delegates)
COMPANIES = {
    "puhdas-vesi": (
        "Puhdas Vesi Oy",
        "FI",
        "Porvoo",
        "https://puhdasvesi.example",
        ["water", "cleantech"],
        "Compact biological wastewater treatment plants for towns and industrial parks; "
        "sludge drying; Nordic wastewater treatment know-how and operator training.",
        [("Aino", "Kivilahti", "CEO", "+358400000101"), ("Teemu", "Rantasalo", "Export", "")],
    ),
    "hirsitalo-pohjola": (
        "Hirsitalo Pohjola Oy",
        "FI",
        "Kouvola",
        "https://hirsitalopohjola.example",
        ["wood-construction", "energy-efficiency"],
        "Prefabricated log and timber-frame houses; wooden house construction for cold and "
        "humid climates; energy-efficient wooden building elements.",
        [("Jussi", "Honkakoski", "Managing director", "+358400000102")],
    ),
    "foodtech-kaakko": (
        "FoodTech Kaakko Oy",
        "FI",
        "Kotka",
        "https://foodtechkaakko.example",
        ["food-technology", "cleantech"],
        "Food processing lines and cleantech manufacturing for the food industry: water "
        "recycling in food plants, energy recovery from process heat.",
        [("Laura", "Peltomaa", "Sales director", "+358400000103")],
    ),
    "malardalen-cleantech": (
        "Mälardalen Cleantech AB",
        "SE",
        "Västerås",
        "https://malardalencleantech.example",
        ["cleantech", "water", "energy-efficiency"],
        "Biogas from municipal wastewater sludge; energy-efficient pumping and treatment for "
        "water utilities.",
        [("Erik", "Lindgård", "CEO", "+46700000101"), ("Sofia", "Bergholm", "Engineer", "")],
    ),
    "vastmanland-tra": (
        "Västmanland Trä & Möbel AB",
        "SE",
        "Köping",
        "https://vastmanlandtra.example",
        ["furniture", "wood-construction"],
        "Automation and surface finishing for furniture makers; wood components and "
        "design for export furniture production.",
        [("Karin", "Åkerlund", "CEO", "+46700000102")],
    ),
    "smart-trafik-norden": (
        "Smart Trafik Norden AB",
        "SE",
        "Eskilstuna",
        "https://smarttrafik.example",
        ["smart-mobility", "ict"],
        "Traffic sensors and data platforms for city traffic management and public transport.",
        [("Oskar", "Nyström", "Business development", "+46700000103")],
    ),
}

FEEDBACK = {
    "puhdas-vesi": "The biggest gain was understanding how decisions are made in a city like "
    "Rizhao, and meeting the people who make them face to face.",
    "vastmanland-tra": "We came home with a signed cooperation agreement and a supplier we now "
    "know personally.",
    "hirsitalo-pohjola": "Rizhao's interest in wooden houses surprised us; we will follow up "
    "with a reference project proposal.",
    "foodtech-kaakko": "Food Valley is larger and more advanced than we expected; the contacts "
    "will help us start exporting to China.",
}

# slug: (name, native name, kind, city, is_public)
COUNTERPARTS = {
    "weifang-government": (
        "Weifang Municipal People's Government",
        "潍坊市人民政府",
        Organisation.Kind.GOVERNMENT,
        "Weifang",
        True,
    ),
    "food-valley-management": (
        "Weifang Food Valley Management Committee",
        "潍坊食品谷管理委员会",
        Organisation.Kind.ZONE_AUTHORITY,
        "Weifang",
        True,
    ),
    "weifang-high-tech-zone": (
        "Weifang High-Tech Zone Administrative Committee",
        "潍坊高新技术产业开发区管委会",
        Organisation.Kind.ZONE_AUTHORITY,
        "Weifang",
        True,
    ),
    "zhucheng-government": (
        "Zhucheng Municipal People's Government",
        "诸城市人民政府",
        Organisation.Kind.GOVERNMENT,
        "Zhucheng",
        True,
    ),
    "zhucheng-chair-maker": (
        "Zhucheng Example Furniture Co., Ltd.",
        "诸城示例家具有限公司",
        Organisation.Kind.LOCAL_COMPANY,
        "Zhucheng",
        False,
    ),
    "rizhao-government": (
        "Rizhao Municipal People's Government",
        "日照市人民政府",
        Organisation.Kind.GOVERNMENT,
        "Rizhao",
        True,
    ),
    "rizhao-development": (
        "Rizhao Development and Reform Commission",
        "日照市发展和改革委员会",
        Organisation.Kind.GOVERNMENT,
        "Rizhao",
        True,
    ),
}

COUNTERPART_DESCRIPTIONS = {
    "weifang-high-tech-zone": "Many companies in the zone supply components to international "
    "electronics brands.",
    "zhucheng-chair-maker": "Sample counterpart (fictional): a subcontractor making chairs for an "
    "international furniture brand.",
}

# (organisation slug, given, family, native, title, email local part, wechat)
COUNTERPART_PEOPLE = [
    ("weifang-government", "Li", "Wang", "王丽", "Vice mayor", "wang.li", "wl-weifang-demo"),
    ("weifang-government", "Hao", "Sun", "孙浩", "Director, foreign affairs office", "", ""),
    ("food-valley-management", "Jing", "Chen", "陈静", "Deputy director", "chen.jing", ""),
    ("weifang-high-tech-zone", "Wei", "Zhang", "张伟", "Head of investment promotion", "", ""),
    ("zhucheng-government", "Min", "Zhao", "赵敏", "Deputy mayor", "", ""),
    ("zhucheng-chair-maker", "Yang", "Liu", "刘洋", "General manager", "liu.yang", "ly-chairs"),
    ("rizhao-government", "Na", "Li", "李娜", "Vice mayor", "", ""),
    ("rizhao-development", "Qiang", "Zhou", "周强", "Head of projects", "zhou.qiang", "zq-rz"),
]

PLACES = [
    # (key, name, native, kind, parent key, lat, lon, area km²)
    ("shandong", "Shandong", "山东省", Place.Kind.PROVINCE, None, "36.400000", "118.500000", None),
    ("weifang", "Weifang", "潍坊市", Place.Kind.CITY, "shandong", "36.706900", "119.161800", None),
    (
        "food-valley",
        "Food Valley",
        "潍坊食品谷",
        Place.Kind.ECONOMIC_ZONE,
        "weifang",
        "36.780000",
        "119.050000",
        "120",
    ),
    (
        "high-tech-zone",
        "Weifang High-Tech Zone",
        "潍坊高新区",
        Place.Kind.ECONOMIC_ZONE,
        "weifang",
        "36.715000",
        "119.210000",
        None,
    ),
    ("zhucheng", "Zhucheng", "诸城市", Place.Kind.CITY, "weifang", "35.995000", "119.410000", None),
    ("rizhao", "Rizhao", "日照市", Place.Kind.CITY, "shandong", "35.416400", "119.526900", None),
    (
        "forest-park",
        "Rizhao National Forest Park",
        "日照国家森林公园",
        Place.Kind.PARK,
        "rizhao",
        "35.550000",
        "119.600000",
        None,
    ),
    ("almaty", "Almaty", "Алматы", Place.Kind.CITY, None, "43.238900", "76.889700", None),
]


@transaction.atomic
def load_demo(*, password):
    """Load (or top up) the demo story. Returns the demo logins."""
    sectors = {slug: upsert(Sector, {"slug": slug}, name=name) for name, slug in SECTORS}
    programme = upsert(
        Programme,
        {"slug": "sme2go"},
        name="SME2GO",
        description="Develops the competitiveness of Finnish, Swedish and Estonian SMEs focused "
        "on smart-city solutions, by strengthening their readiness to enter new target markets, "
        "as a rule in third countries outside the EU.",
        partner_countries=["FI", "SE", "EE"],
    )

    posintra = upsert(
        Organisation,
        {"slug": "posintra"},
        name="Posintra Oy",
        kind=Organisation.Kind.ORGANISER,
        country="FI",
        city="Porvoo",
        is_public=True,
        description="Development company; represented the Finnish companies in SME2GO.",
    )
    vsp = upsert(
        Organisation,
        {"slug": "vasteras-science-park"},
        name="Västerås Science Park",
        kind=Organisation.Kind.ORGANISER,
        country="SE",
        city="Västerås",
        is_public=True,
        description="Science park; represented the Swedish companies in SME2GO.",
    )
    upsert(
        Person,
        {"organisation": posintra, "given_name": "Maija", "family_name": "Esimerkki"},
        title="Project manager, SME2GO (fictional contact)",
        email="maija.esimerkki@posintra.example",
        phone="+358400000001",
        preferred_language="fi",
        lawful_basis=Person.LawfulBasis.CONTRACT,
        lawful_basis_source="Project staff",
    )

    companies = {}
    delegates = {}
    for slug, (name, country, city, web, sector_slugs, competences, people) in COMPANIES.items():
        company = upsert(
            Organisation,
            {"slug": slug},
            name=name,
            kind=Organisation.Kind.PARTICIPANT,
            country=country,
            city=city,
            website=web,
            competences=competences,
            description="Sample company: fictional demo data.",
            is_public=True,
        )
        company.sectors.set([sectors[s] for s in sector_slugs])
        companies[slug] = company
        domain = web.removeprefix("https://")
        delegates[slug] = [
            upsert(
                Person,
                {"organisation": company, "given_name": given, "family_name": family},
                title=title,
                email=_ascii(f"{given}.{family}@{domain}".lower()),
                phone=phone,
                preferred_language="fi" if country == "FI" else "sv",
                lawful_basis=Person.LawfulBasis.CONTRACT,
                lawful_basis_source="Trip registration form",
                lawful_basis_date=D(2026, 1, 15),
            )
            for given, family, title, phone in people
        ]

    counterparts = {
        slug: upsert(
            Organisation,
            {"slug": slug},
            name=name,
            native_name=native,
            kind=kind,
            country="CN",
            city=city,
            is_public=public,
            description=COUNTERPART_DESCRIPTIONS.get(slug, ""),
        )
        for slug, (name, native, kind, city, public) in COUNTERPARTS.items()
    }
    people = {}
    for org_slug, given, family, native, title, email, wechat in COUNTERPART_PEOPLE:
        people[native] = upsert(
            Person,
            {"organisation": counterparts[org_slug], "native_name": native},
            given_name=given,
            family_name=family,
            title=title,
            email=f"{email}@{org_slug}.example" if email else "",
            messaging_id=wechat,
            preferred_language="zh-hans",
            lawful_basis=Person.LawfulBasis.LEGITIMATE_INTEREST,
            lawful_basis_source="Business card exchanged at the meeting",
            lawful_basis_date=D(2026, 3, 16),
        )

    places = {}
    for key, name, native, kind, parent, lat, lon, area in PLACES:
        places[key] = upsert(
            Place,
            {"name": name, "parent": places.get(parent)},
            native_name=native,
            kind=kind,
            country="KZ" if key == "almaty" else "CN",
            latitude=Decimal(lat),
            longitude=Decimal(lon),
            area_km2=Decimal(area) if area else None,
        )
    upsert(
        Place,
        {"name": "Food Valley", "parent": places["weifang"]},
        description="A 120 km² food-industry development area with openings for Finnish "
        "food-technology and cleantech manufacturers.",
    )

    logins = _logins(password, companies)
    _shandong_trip(programme, posintra, vsp, companies, delegates, counterparts, people, places)
    _planned_trip(programme, posintra, companies, places)
    load_translations()  # the report in Swedish and Finnish, Rizhao's link in Chinese
    return logins


def _shandong_trip(programme, posintra, vsp, companies, delegates, counterparts, people, places):
    trip = upsert(
        Trip,
        {"slug": TRIP_SLUG},
        programme=programme,
        title="Smart city delegation to Shandong",
        start_date=D(2026, 3, 16),
        end_date=D(2026, 3, 20),
        destination_country="CN",
        destination_region="Shandong",
        time_zone="Asia/Shanghai",
        status=Trip.Status.COMPLETED,
        summary="A five-day network trip to Food Valley and Rizhao National Forest Park in "
        "Shandong for six Finnish and Swedish smart-city SMEs, to see the opportunities outside "
        "China's megacities and meet local decision makers and companies face to face.",
        report="SME2GO and Västerås Science Park took six Finnish and Swedish smart-city "
        "companies to Shandong in March. In Weifang the delegation met the city leadership, the "
        "Food Valley development project and the Weifang High-Tech Zone. Food Valley covers "
        "120 km² and has openings for Finnish food-technology and cleantech manufacturers.\n\n"
        "In Zhucheng the delegation visited a subcontractor that makes chairs for an "
        "international furniture brand; one participating company signed a cooperation "
        "agreement with it. In Rizhao the delegation met the city leadership and the people "
        "responsible for development. Rizhao wants joint development projects and is "
        "interested in how wastewater is treated in the Nordic countries and in wooden house "
        "construction. Some companies found a local counterpart for further discussions.",
        is_published=True,
        published_at=dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC),
    )
    link(TripOrganiser, trip=trip, organisation=posintra)
    link(TripOrganiser, trip=trip, organisation=vsp)

    participations = {}
    for slug, company in companies.items():
        participations[slug] = upsert(
            Participation,
            {"trip": trip, "company": company},
            goals="Understand the market outside the megacities and meet decision makers.",
            feedback=FEEDBACK.get(slug, ""),
            feedback_at=dt.datetime(2026, 3, 27, 12, 0, tzinfo=dt.UTC)
            if slug in FEEDBACK
            else None,
        )
        for person in delegates[slug]:
            link(Delegate, participation=participations[slug], person=person)

    days = [
        (D(2026, 3, 16), "weifang", "Arrival in Weifang; meeting the city leadership"),
        (D(2026, 3, 17), "food-valley", "Food Valley development project"),
        (D(2026, 3, 18), "high-tech-zone", "Weifang High-Tech Zone companies"),
        (D(2026, 3, 19), "zhucheng", "Zhucheng and the chair maker"),
        (D(2026, 3, 20), "rizhao", "Rizhao city leadership and the National Forest Park"),
    ]
    visits = {
        key: upsert(
            Visit,
            {"trip": trip, "date": day, "place": places[key]},
            title=title,
            start_time=dt.time(9, 0),
            end_time=dt.time(17, 0),
        )
        for day, key, title in days
    }
    upsert(
        Visit,
        {"trip": trip, "date": D(2026, 3, 20), "place": places["forest-park"]},
        title="Rizhao National Forest Park",
        start_time=dt.time(15, 0),
        end_time=dt.time(17, 30),
    )

    everyone = list(companies.values())
    meeting_specs = [
        (
            "weifang",
            "Meeting with the leadership of Weifang",
            dt.time(10, 0),
            ["weifang-government"],
            ["王丽", "孙浩"],
            everyone,
            "The vice mayor presented Weifang's priorities for smart-city cooperation with "
            "Nordic companies.",
            "Vice mayor asked for a follow-up list of companies by sector. Interpreter: book "
            "the same one for the next trip.",
        ),
        (
            "food-valley",
            "Food Valley management",
            dt.time(9, 30),
            ["food-valley-management"],
            ["陈静"],
            [
                companies["foodtech-kaakko"],
                companies["puhdas-vesi"],
                companies["malardalen-cleantech"],
            ],
            "Food Valley covers 120 km² and has openings for Finnish food-technology and "
            "cleantech manufacturers.",
            "Rent levels for foreign firms negotiable; ask Chen Jing for the incentive sheet.",
        ),
        (
            "high-tech-zone",
            "Weifang High-Tech Zone management",
            dt.time(10, 0),
            ["weifang-high-tech-zone"],
            ["张伟"],
            [companies["smart-trafik-norden"], companies["malardalen-cleantech"]],
            "Many companies in the zone supply components to international electronics brands.",
            "Zone wants a traffic-sensor pilot; budget unclear.",
        ),
        (
            "zhucheng",
            "Visit to the Zhucheng chair maker",
            dt.time(10, 30),
            ["zhucheng-government", "zhucheng-chair-maker"],
            ["赵敏", "刘洋"],
            [companies["vastmanland-tra"], companies["hirsitalo-pohjola"]],
            "The delegation visited a subcontractor that makes chairs for an international "
            "furniture brand. A cooperation agreement was signed.",
            "Quality manager asked for surface-finishing trials in Köping in May.",
        ),
        (
            "rizhao",
            "Rizhao city leadership and development officials",
            dt.time(9, 30),
            ["rizhao-government", "rizhao-development"],
            ["李娜", "周强"],
            everyone,
            "Rizhao wants joint development projects and is interested in Nordic wastewater "
            "treatment and wooden house construction.",
            "Zhou Qiang is the practical contact; prefers WeChat over e-mail.",
        ),
    ]
    meetings = {}
    for key, title, start, orgs, persons, attending, summary, notes in meeting_specs:
        meeting = upsert(
            Meeting,
            {"trip": trip, "title": title},
            date=visits[key].date,
            visit=visits[key],
            place=places[key],
            start_time=start,
            public_summary=summary,
            internal_notes=notes,
        )
        for slug in orgs:
            link(MeetingCounterpart, meeting=meeting, organisation=counterparts[slug])
        for native in persons:
            link(MeetingPerson, meeting=meeting, person=people[native])
        for company in attending:
            link(MeetingAttendee, meeting=meeting, company=company)
        meetings[key] = meeting

    agreement = upsert(
        Agreement,
        {"trip": trip, "company": companies["vastmanland-tra"], "kind": "cooperation"},
        title="Cooperation agreement on chair components and surface finishing",
        counterpart=counterparts["zhucheng-chair-maker"],
        meeting=meetings["zhucheng"],
        signed_date=D(2026, 3, 19),
        status=Agreement.Status.SIGNED,
        summary="Joint development of surface-finishing for export chairs; trial batch in 2026.",
        is_public=True,
    )

    staff = get_user_model().objects.filter(username=STAFF_USERNAME).first()
    lead_specs = [
        (
            "puhdas-vesi",
            "rizhao-development",
            "周强",
            "rizhao",
            "Send a reference plant description in Chinese",
            D(2026, 4, 30),
            Lead.Status.IN_DISCUSSION,
        ),
        (
            "hirsitalo-pohjola",
            "rizhao-government",
            "李娜",
            "rizhao",
            "Propose a wooden show-house for the Forest Park",
            D(2026, 5, 31),
            Lead.Status.OPEN,
        ),
        (
            "foodtech-kaakko",
            "food-valley-management",
            "陈静",
            "food-valley",
            "Ask for the incentive sheet for foreign manufacturers",
            D(2026, 4, 15),
            Lead.Status.OPEN,
        ),
        (
            "vastmanland-tra",
            "zhucheng-chair-maker",
            "刘洋",
            "zhucheng",
            "Trial batch of finished chairs",
            D(2026, 6, 30),
            Lead.Status.AGREEMENT,
        ),
    ]
    for company, org, person, meeting, step, due, status in lead_specs:
        upsert(
            Lead,
            {"trip": trip, "company": companies[company], "counterpart": counterparts[org]},
            counterpart_person=people[person],
            meeting=meetings[meeting],
            next_step=step,
            due_date=due,
            status=status,
            owner=staff,
            agreement=agreement if status == Lead.Status.AGREEMENT else None,
        )

    rizhao = counterparts["rizhao-government"]
    need_specs = [
        (
            "Nordic wastewater treatment",
            "How wastewater is treated in the Nordic countries: treatment plants for a growing "
            "coastal city, sludge handling, operator training.",
            rizhao,
            places["rizhao"],
            ["water", "cleantech"],
            [
                (
                    "puhdas-vesi",
                    Match.Status.ACCEPTED,
                    "Builds compact wastewater treatment "
                    "plants; shares the sectors water and cleantech.",
                ),
                (
                    "malardalen-cleantech",
                    Match.Status.PROPOSED,
                    "Biogas from wastewater sludge; shares the sectors water and cleantech.",
                ),
            ],
        ),
        (
            "Wooden house construction",
            "Wooden house construction, e.g. for tourism and housing near the National Forest "
            "Park.",
            rizhao,
            places["rizhao"],
            ["wood-construction"],
            [
                (
                    "hirsitalo-pohjola",
                    Match.Status.ACCEPTED,
                    "Prefabricated wooden houses; shares the sector wood construction.",
                ),
                (
                    "vastmanland-tra",
                    Match.Status.PROPOSED,
                    "Wood components; shares the sector wood construction.",
                ),
            ],
        ),
        (
            "Food-technology and cleantech manufacturers",
            "Openings in Food Valley for food-technology and cleantech manufacturers.",
            counterparts["food-valley-management"],
            places["food-valley"],
            ["food-technology", "cleantech"],
            [
                (
                    "foodtech-kaakko",
                    Match.Status.ACCEPTED,
                    "Food processing lines and cleantech "
                    "manufacturing; shares food technology and cleantech.",
                ),
            ],
        ),
    ]
    for title, description, host, place, sector_slugs, matches in need_specs:
        need = upsert(
            Need, {"trip": trip, "title": title}, description=description, host=host, place=place
        )
        need.sectors.set(Sector.objects.filter(slug__in=sector_slugs))
        for slug, status, reason in matches:
            upsert(Match, {"need": need, "company": companies[slug]}, status=status, reason=reason)

    for recipient in (posintra, vsp):
        recognition = upsert(
            Recognition,
            {"trip": trip, "recipient": recipient, "kind": Recognition.Kind.DIPLOMA},
            title="Diploma for cooperation",
            reason="For bringing the SME2GO companies and the cities of Weifang and Rizhao "
            "together.",
            date=D(2026, 3, 20),
        )
        link(
            RecognitionAwarder,
            recognition=recognition,
            organisation=counterparts["weifang-government"],
        )
        link(RecognitionAwarder, recognition=recognition, organisation=rizhao)
    return trip


def _planned_trip(programme, posintra, companies, places):
    trip = upsert(
        Trip,
        {"slug": PLANNED_TRIP_SLUG},
        programme=programme,
        title="Water and cleantech delegation to Almaty",
        start_date=D(2027, 4, 12),
        end_date=D(2027, 4, 16),
        destination_country="KZ",
        destination_region="Almaty",
        time_zone="Asia/Almaty",
        status=Trip.Status.PLANNED,
        summary="Being planned: water utilities and cleantech in Kazakhstan's largest city.",
        is_published=False,
    )
    link(TripOrganiser, trip=trip, organisation=posintra)
    for slug in ("puhdas-vesi", "malardalen-cleantech"):
        upsert(
            Participation,
            {"trip": trip, "company": companies[slug]},
            goals="Meet the city water utility.",
        )
    upsert(
        Visit,
        {"trip": trip, "date": D(2027, 4, 13), "place": places["almaty"]},
        title="City water utility (to be confirmed)",
        notes="Draft programme; do not share yet.",
    )
    return trip


def _logins(password, companies):
    User = get_user_model()
    group = Group.objects.get(name=STAFF_GROUP)
    logins = []

    def ensure_user(username, **attrs):
        if not User.objects.filter(username=username).exists():
            return User.objects.create_user(username, password=password, **attrs)
        user = upsert(User, {"username": username}, **attrs)
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        return user

    staff = ensure_user(
        STAFF_USERNAME,
        is_staff=True,
        is_superuser=False,
        first_name="Demo",
        last_name="Staff",
        email="demo-staff@posintra.example",
    )
    staff.groups.add(group)
    logins.append(DemoLogin(STAFF_USERNAME, "Project staff (admin)", True))
    for slug, company in companies.items():
        user = ensure_user(f"demo-{slug}", is_staff=False, is_superuser=False)
        upsert(Membership, {"user": user}, organisation=company)
        logins.append(DemoLogin(user.username, company.name, False))
    return logins
