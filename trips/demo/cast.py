"""The demo's cast as tables: who and where (see shared/domain/README.md).

The programme, the organisers, the six participant companies with their delegates, the hosts met
in Shandong with their people, the places, and the staff login. Every company and person here is
fictional sample data. Posintra Oy and Västerås Science Park are the real organisers named in the
source text; their contact people here are invented. Rows name each other by slug.
"""

import datetime as dt

from contacts.models import Organisation, Person
from trips.models import Place

STAFF_USERNAME = "demo-staff"

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

PROGRAMME = {
    "slug": "sme2go",
    "name": "SME2GO",
    "description": "Develops the competitiveness of Finnish, Swedish and Estonian SMEs focused "
    "on smart-city solutions, by strengthening their readiness to enter new target markets, "
    "as a rule in third countries outside the EU.",
    "partner_countries": ["FI", "SE", "EE"],
}

# slug: organisation fields
ORGANISERS = {
    "posintra": {
        "name": "Posintra Oy",
        "kind": Organisation.Kind.ORGANISER,
        "country": "FI",
        "city": "Porvoo",
        "is_public": True,
        "description": "Development company; represented the Finnish companies in SME2GO.",
    },
    "vasteras-science-park": {
        "name": "Västerås Science Park",
        "kind": Organisation.Kind.ORGANISER,
        "country": "SE",
        "city": "Västerås",
        "is_public": True,
        "description": "Science park; represented the Swedish companies in SME2GO.",
    },
}

ORGANISER_CONTACT = {
    "organisation": "posintra",
    "given_name": "Maija",
    "family_name": "Esimerkki",
    "title": "Project manager, SME2GO (fictional contact)",
    "email": "maija.esimerkki@posintra.example",
    "phone": "+358400000001",
    "preferred_language": "fi",
    "lawful_basis": Person.LawfulBasis.CONTRACT,
    "lawful_basis_source": "Project staff",
}

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
COMPANY_DESCRIPTION = "Sample company: fictional demo data."
# Delegates' data came with their registration, counterparts' from business cards.
DELEGATE_BASIS = (Person.LawfulBasis.CONTRACT, "Trip registration form", dt.date(2026, 1, 15))
COUNTERPART_BASIS = (
    Person.LawfulBasis.LEGITIMATE_INTEREST,
    "Business card exchanged at the meeting",
    dt.date(2026, 3, 16),
)

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
PLACE_COUNTRIES = {"almaty": "KZ"}  # every other place is in China

# Written after the places themselves (place key: description).
PLACE_DESCRIPTIONS = {
    "food-valley": "A 120 km² food-industry development area with openings for Finnish "
    "food-technology and cleantech manufacturers.",
}

# The staff login (a demo-<company slug> login per company is added beside it).
STAFF_USER = {
    "is_staff": True,
    "is_superuser": False,
    "first_name": "Demo",
    "last_name": "Staff",
    "email": "demo-staff@posintra.example",
}
STAFF_LOGIN_LABEL = "Project staff (admin)"
