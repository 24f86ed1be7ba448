"""The demo story in several languages: the Shandong report in English, Swedish and Finnish,
and a share link that shows Rizhao its host report in Chinese. Called by load_demo after the
story is loaded; running it again changes nothing."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from contacts.models import Organisation

from .models import HostReportLink, Trip

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
RIZHAO_LINK_NOTE = "Demo: Rizhao's report in Chinese"


def load_translations():
    """Add the other language versions; returns a line for the command to print."""
    from .demo import STAFF_USERNAME, TRIP_SLUG

    trip = Trip.objects.get(slug=TRIP_SLUG)
    for code, texts in REPORT.items():
        for field, text in texts.items():
            setattr(trip, f"{field}_{code}", text)
    trip.save()
    rizhao = Organisation.objects.get(slug=RIZHAO_SLUG)
    if HostReportLink.objects.filter(trip=trip, host=rizhao, language="zh-hans").exists():
        return "Rizhao's host report link in Chinese was made on an earlier run."
    from .services_results import MAX_LINK_DAYS, create_host_report_link

    _link, token = create_host_report_link(
        trip=trip,
        host=rizhao,
        created_by=get_user_model().objects.filter(username=STAFF_USERNAME).first(),
        valid_days=MAX_LINK_DAYS,
        note=RIZHAO_LINK_NOTE,
        language="zh-hans",
    )
    return f"Rizhao's host report in Chinese: {reverse('share:host_report', args=[token])}"
