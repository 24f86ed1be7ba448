"""The demo story as tables: what happened on the trips (see shared/domain/README.md).

The completed, published trip to Shandong (visits, meetings, the agreement, leads, the host's
needs and their matches, diplomas, feedback) and a second trip still being planned. Rows name
the cast (`cast.py`) by slug, places by key, counterpart people by native name, and a meeting by
the place key of its visit.
"""

import datetime as dt

from trips.models import Agreement, Lead, Match, Recognition, Trip

from .cast import COMPANIES

D = dt.date
T = dt.time

TRIP_SLUG = "smart-city-delegation-shandong"
PLANNED_TRIP_SLUG = "water-and-cleantech-delegation-almaty"
EVERY_COMPANY = tuple(COMPANIES)

# --- The completed, published trip to Shandong -----------------------------------------------

SHANDONG_TRIP = {
    "slug": TRIP_SLUG,
    "title": "Smart city delegation to Shandong",
    "start_date": D(2026, 3, 16),
    "end_date": D(2026, 3, 20),
    "destination_country": "CN",
    "destination_region": "Shandong",
    "time_zone": "Asia/Shanghai",
    "status": Trip.Status.COMPLETED,
    "summary": "A five-day network trip to Food Valley and Rizhao National Forest Park in "
    "Shandong for six Finnish and Swedish smart-city SMEs, to see the opportunities outside "
    "China's megacities and meet local decision makers and companies face to face.",
    "report": "SME2GO and Västerås Science Park took six Finnish and Swedish smart-city "
    "companies to Shandong in March. In Weifang the delegation met the city leadership, the "
    "Food Valley development project and the Weifang High-Tech Zone. Food Valley covers "
    "120 km² and has openings for Finnish food-technology and cleantech manufacturers.\n\n"
    "In Zhucheng the delegation visited a subcontractor that makes chairs for an "
    "international furniture brand; one participating company signed a cooperation "
    "agreement with it. In Rizhao the delegation met the city leadership and the people "
    "responsible for development. Rizhao wants joint development projects and is "
    "interested in how wastewater is treated in the Nordic countries and in wooden house "
    "construction. Some companies found a local counterpart for further discussions.",
    "is_published": True,
    "published_at": dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC),
}
SHANDONG_ORGANISERS = ("posintra", "vasteras-science-park")
SHANDONG_GOALS = "Understand the market outside the megacities and meet decision makers."

# company slug: what the trip gave it
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
FEEDBACK_AT = dt.datetime(2026, 3, 27, 12, 0, tzinfo=dt.UTC)

# (date, place key, title, start, end); meetings name their visit by its place key
SHANDONG_VISITS = [
    (D(2026, 3, 16), "weifang", "Arrival in Weifang; meeting the city leadership", T(9), T(17)),
    (D(2026, 3, 17), "food-valley", "Food Valley development project", T(9), T(17)),
    (D(2026, 3, 18), "high-tech-zone", "Weifang High-Tech Zone companies", T(9), T(17)),
    (D(2026, 3, 19), "zhucheng", "Zhucheng and the chair maker", T(9), T(17)),
    (
        D(2026, 3, 20),
        "rizhao",
        "Rizhao city leadership and the National Forest Park",
        T(9),
        T(17),
    ),
    (D(2026, 3, 20), "forest-park", "Rizhao National Forest Park", T(15), T(17, 30)),
]

# (visit key, title, start, counterpart slugs, counterpart people by native name,
#  attending company slugs, public summary, internal notes)
MEETINGS = [
    (
        "weifang",
        "Meeting with the leadership of Weifang",
        T(10),
        ["weifang-government"],
        ["王丽", "孙浩"],
        EVERY_COMPANY,
        "The vice mayor presented Weifang's priorities for smart-city cooperation with "
        "Nordic companies.",
        "Vice mayor asked for a follow-up list of companies by sector. Interpreter: book "
        "the same one for the next trip.",
    ),
    (
        "food-valley",
        "Food Valley management",
        T(9, 30),
        ["food-valley-management"],
        ["陈静"],
        ["foodtech-kaakko", "puhdas-vesi", "malardalen-cleantech"],
        "Food Valley covers 120 km² and has openings for Finnish food-technology and "
        "cleantech manufacturers.",
        "Rent levels for foreign firms negotiable; ask Chen Jing for the incentive sheet.",
    ),
    (
        "high-tech-zone",
        "Weifang High-Tech Zone management",
        T(10),
        ["weifang-high-tech-zone"],
        ["张伟"],
        ["smart-trafik-norden", "malardalen-cleantech"],
        "Many companies in the zone supply components to international electronics brands.",
        "Zone wants a traffic-sensor pilot; budget unclear.",
    ),
    (
        "zhucheng",
        "Visit to the Zhucheng chair maker",
        T(10, 30),
        ["zhucheng-government", "zhucheng-chair-maker"],
        ["赵敏", "刘洋"],
        ["vastmanland-tra", "hirsitalo-pohjola"],
        "The delegation visited a subcontractor that makes chairs for an international "
        "furniture brand. A cooperation agreement was signed.",
        "Quality manager asked for surface-finishing trials in Köping in May.",
    ),
    (
        "rizhao",
        "Rizhao city leadership and development officials",
        T(9, 30),
        ["rizhao-government", "rizhao-development"],
        ["李娜", "周强"],
        EVERY_COMPANY,
        "Rizhao wants joint development projects and is interested in Nordic wastewater "
        "treatment and wooden house construction.",
        "Zhou Qiang is the practical contact; prefers WeChat over e-mail.",
    ),
]

# Found by trip, company and kind; the other slugs name the counterpart and the meeting's visit.
AGREEMENT = {
    "company": "vastmanland-tra",
    "kind": Agreement.Kind.COOPERATION,
    "title": "Cooperation agreement on chair components and surface finishing",
    "counterpart": "zhucheng-chair-maker",
    "meeting": "zhucheng",
    "signed_date": D(2026, 3, 19),
    "status": Agreement.Status.SIGNED,
    "summary": "Joint development of surface-finishing for export chairs; a trial batch first.",
    "is_public": True,
}

# (company, counterpart, counterpart person, meeting, next step, due date, status); owned by the
# staff login, and a lead in status "agreement" points at the agreement above.
LEADS = [
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

# (title, description, host slug, place key, sector slugs, [(company, match status, reason)])
NEEDS = [
    (
        "Nordic wastewater treatment",
        "How wastewater is treated in the Nordic countries: treatment plants for a growing "
        "coastal city, sludge handling, operator training.",
        "rizhao-government",
        "rizhao",
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
        "Wooden house construction, e.g. for tourism and housing near the National Forest Park.",
        "rizhao-government",
        "rizhao",
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
        "food-valley-management",
        "food-valley",
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

# A diploma for each organiser, awarded by the two city governments.
RECOGNITION = {
    "recipients": SHANDONG_ORGANISERS,
    "kind": Recognition.Kind.DIPLOMA,
    "title": "Diploma for cooperation",
    "reason": "For bringing the SME2GO companies and the cities of Weifang and Rizhao together.",
    "date": D(2026, 3, 20),
    "awarders": ("weifang-government", "rizhao-government"),
}

# --- A trip still being planned, not published ---------------------------------------------

PLANNED_TRIP = {
    "slug": PLANNED_TRIP_SLUG,
    "title": "Water and cleantech delegation to Almaty",
    "start_date": D(2027, 4, 12),
    "end_date": D(2027, 4, 16),
    "destination_country": "KZ",
    "destination_region": "Almaty",
    "time_zone": "Asia/Almaty",
    "status": Trip.Status.PLANNED,
    "summary": "Being planned: water utilities and cleantech in Kazakhstan's largest city.",
    "is_published": False,
}
PLANNED_ORGANISERS = ("posintra",)
PLANNED_PARTICIPANTS = ("puhdas-vesi", "malardalen-cleantech")
PLANNED_GOALS = "Meet the city water utility."
# (date, place key, title, notes)
PLANNED_VISIT = (
    D(2027, 4, 13),
    "almaty",
    "City water utility (to be confirmed)",
    "Draft programme; do not share yet.",
)

# --- The planned trip's call for participation and three applications ------------------------

PLANNED_CALL = {
    "offer": "Five days in Almaty with the city water utility, the regional development "
    "agency and local builders of water and heating networks; a matchmaking day with "
    "Kazakh cleantech companies.",
    "covered": "Programme, interpreters, local transport and the matchmaking day.",
    "company_pays": "Flights, hotel and meals for its delegates.",
    "eligibility": "Finnish, Swedish and Estonian SMEs with a product or service for water, "
    "wastewater or energy efficiency.",
    "deadline": D(2027, 2, 15),
    "places": 6,
    "is_open": True,
}
PLANNED_CALL_SECTORS = ("water", "cleantech", "energy-efficiency")
CONSENT_WORDING = (
    "I agree that the programme's organisers process the data in this application (the "
    "company's details and the delegates' names and contact details) to select the companies "
    "for this trip, to prepare it and to contact us about it. The data of a company that is "
    "not selected are deleted after the trip."
)
# (company name, business ID, country, website, sectors, competences, whom to meet,
#  what to achieve, status, days before loading it was sent, the delegates (given, family,
#  title, e-mail, phone), the cast company it is, if any). All fictional sample data.
APPLICATIONS = [
    (
        "Puhdas Vesi Oy",
        "DEMO-FI-0101",
        "FI",
        "https://puhdasvesi.example",
        ("water", "cleantech"),
        "Compact biological wastewater treatment plants for towns and industrial parks.",
        "The city water utility and the builders of its new treatment plant.",
        "A pilot plant in an Almaty suburb.",
        "accepted",
        30,
        (),
        "puhdas-vesi",
    ),
    (
        "Viherlämpö Oy",
        "DEMO-FI-0202",
        "FI",
        "https://viherlampo.example",
        ("energy-efficiency",),
        "Heat recovery from waste water for district heating networks.",
        "The district heating company and the city's energy department.",
        "A distributor in Kazakhstan.",
        "pending",
        12,
        (("Sanna", "Esimerkki", "CEO", "sanna.esimerkki@viherlampo.example", "+358400000201"),),
        None,
    ),
    (
        "Tallinna Näidis OÜ",
        "DEMO-EE-0303",
        "EE",
        "https://naidis.example",
        ("ict",),
        "Booking software for hairdressers.",
        "Hairdressing chains.",
        "Customers for our booking app.",
        "declined",
        20,
        (("Mart", "Näidis", "Founder", "mart.naidis@naidis.example", ""),),
        None,
    ),
]
