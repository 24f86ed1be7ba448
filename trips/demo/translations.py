"""The demo story in several languages: the Shandong report in English, Swedish and Finnish,
and a share link that shows Rizhao its host report in Chinese. Called by load_demo after the
story is loaded; running it again changes nothing."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from contacts.models import Organisation
from trips.models import HostReportLink, Trip
from trips.services.links import MAX_LINK_DAYS, hash_token

from .cast import STAFF_USERNAME
from .story import TRIP_SLUG

REPORT = {
    "sv": {
        "title": "Smart city-delegation till Shandong",
        "summary": (
            "Sex finska och svenska smart city-företag reste i mars fem dagar till Food Valley "
            "och Rizhao i provinsen Shandong för att möta beslutsfattare och företag utanför "
            "megastäderna."
        ),
        "report": (
            "Det internationella projektet SME2GO ordnade tillsammans med Västerås Science Park "
            "en nätverksresa till Food Valley och Rizhao National Forest Park i Shandong.\n\n"
            "Delegationen träffade ledningen för staden Weifang, utvecklingsprojektet Food Valley "
            "och Weifang High-Tech Zone. I Zhucheng besökte den en underleverantör som tillverkar "
            "stolar, och ett av företagen tecknade ett samarbetsavtal med den. Rizhao vill ha "
            "gemensamma utvecklingsprojekt och är intresserat av nordisk avloppsvattenrening och "
            "trähusbyggande. Några företag hittade en lokal motpart för fortsatta samtal.\n\n"
            "Posintra Oy och Västerås Science Park tilldelades diplom för att ha fört samman "
            "projektets företag och städerna Weifang och Rizhao."
        ),
    },
    "fi": {
        "title": "Älykaupunkidelegaatio Shandongiin",
        "summary": (
            "Kuusi suomalaista ja ruotsalaista älykaupunkiyritystä matkusti maaliskuussa viideksi "
            "päiväksi Food Valleyyn ja Rizhaoon Shandongin maakuntaan tapaamaan päättäjiä ja "
            "yrityksiä suurkaupunkien ulkopuolella."
        ),
        "report": (
            "Kansainvälinen SME2GO-hanke järjesti yhdessä Västerås Science Parkin kanssa "
            "verkostomatkan Food Valleyyn ja Rizhaon kansalliseen metsäpuistoon Shandongissa.\n\n"
            "Delegaatio tapasi Weifangin kaupungin johdon, Food Valley -kehityshankkeen ja "
            "Weifangin High-Tech Zonen. Zhuchengissa se vieraili tuoleja valmistavan "
            "alihankkijan luona, ja yksi yrityksistä allekirjoitti sen kanssa "
            "yhteistyösopimuksen. Rizhao haluaa yhteisiä kehityshankkeita ja on kiinnostunut "
            "pohjoismaisesta jätevedenpuhdistuksesta ja puutalorakentamisesta. Osa yrityksistä "
            "löysi paikallisen kumppanin jatkoneuvotteluja varten.\n\n"
            "Posintra Oy ja Västerås Science Park saivat kunniakirjat työstään hankkeen "
            "yritysten ja Weifangin ja Rizhaon kaupunkien yhteen saattamiseksi."
        ),
    },
}
RIZHAO_SLUG = "rizhao-government"
# Sample data only: a fixed token, so that the demo can print the link (tokens are otherwise
# random and shown once). The link expires like any other.
DEMO_TOKEN = "demo-rizhao-host-report-in-chinese"


def load_translations():
    """Add the other language versions of the demo report and Rizhao's Chinese link."""
    trip = Trip.objects.get(slug=TRIP_SLUG)
    texts = {f"{field}_{code}": text for code, by in REPORT.items() for field, text in by.items()}
    if any(getattr(trip, name) != text for name, text in texts.items()):
        for name, text in texts.items():
            setattr(trip, name, text)
        trip.save()
    if not HostReportLink.objects.filter(token_hash=hash_token(DEMO_TOKEN)).exists():
        now = timezone.now()
        HostReportLink.objects.create(
            trip=trip,
            host=Organisation.objects.get(slug=RIZHAO_SLUG),
            token_hash=hash_token(DEMO_TOKEN),
            token_hint=DEMO_TOKEN[:6],
            note="Demo: Rizhao's report in Chinese",
            language="zh-hans",
            created_at=now,
            created_by=get_user_model().objects.filter(username=STAFF_USERNAME).first(),
            expires_at=now + timedelta(days=MAX_LINK_DAYS),
        )


def demo_link_path():
    return reverse("share:host_report", args=[DEMO_TOKEN])
