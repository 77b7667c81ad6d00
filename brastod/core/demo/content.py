"""The example municipality's registers and the words its partners use."""

MUNICIPALITY = {"name": "Fagersta", "code": "1982", "county": "Västmanlands län"}

# SCB population 31 December (2019 and 2020 from SCB's komtopp50_2020); later years are example
# values and are labelled so.
POPULATION = [(2019, 13391, "SCB"), (2020, 13267, "SCB"), (2021, 13210, "Exempeldata"),
              (2022, 13160, "Exempeldata"), (2023, 13120, "Exempeldata"),
              (2024, 13080, "Exempeldata"), (2025, 13050, "Exempeldata")]

# (name, kind, parent, weight for incidents, places)
AREAS = [
    ("Fagersta tätort", "town", None, 0, []),
    ("Centrum", "district", "Fagersta tätort", 30,
     ["Stationen", "Torget", "Centrumgaraget", "Bibliotekets entré", "Busstorget"]),
    ("Västanfors", "district", "Fagersta tätort", 18,
     ["Västanfors centrum", "Idrottsplatsen", "Gångtunneln vid Kyrkvägen"]),
    ("Hedkärra", "district", "Fagersta tätort", 12, ["Hedkärra torg", "Lekplatsen Hedkärra"]),
    ("Kolarbyn", "neighbourhood", "Fagersta tätort", 14,
     ["Kolarbyns centrum", "Tvättstugan Kolarbyn", "Parkeringen Kolarbyn"]),
    ("Högbyn", "neighbourhood", "Fagersta tätort", 8, ["Högbyskolan", "Elljusspåret"]),
    ("Eskilsbo", "district", "Fagersta tätort", 7, ["Badplatsen", "Skolgården Eskilsbo"]),
    ("Ängelsberg", "town", None, 4, ["Bruksområdet", "Järnvägsstationen"]),
    ("Landsbygd", "rural", None, 3, []),
]

# (name, kind, weight, categories with weights, contacts: (name, role, email, phone))
PARTNERS = [
    ("Polisen, lokalpolisområde Norra Västmanland", "police", 0, {}, [
        ("Johan Ekberg", "Kommunpolis", "johan.ekberg@polisen.exempel.se", "010-123 45 00")]),
    ("Fagerstabostäder", "housing", 26, {
        "Klotter": 5, "Glaskross": 3, "Nedskräpning": 5, "Olovligt boende": 2,
        "Otrygghetsskapande samling": 3, "Belysning": 3, "Skadegörelse på fordon": 1,
        "Anlagd brand": 1, "Inbrott": 2}, [
        ("Maria Lindqvist", "Områdeschef", "maria.lindqvist@fagerstabostader.exempel.se",
         "0223-450 10"),
        ("Kenneth Berg", "Fastighetsvärd", "kenneth.berg@fagerstabostader.exempel.se", None)]),
    ("Grundskolan, Fagersta kommun", "school", 12, {
        "Klotter": 3, "Glaskross": 2, "Hot och våld": 2, "Incident mot anställd": 1,
        "Otrygghetsskapande samling": 2, "Droghantering": 1, "Anlagd brand": 1}, [
        ("Anna Sjöberg", "Rektor", "anna.sjoberg@skola.exempel.se", "0223-440 20")]),
    ("Socialtjänsten", "social_services", 5, {
        "Otrygghetsskapande samling": 3, "Droghantering": 2, "Ryktesspridning i sociala medier": 2},
     [("Lena Holm", "Enhetschef Individ- och familjeomsorg", "lena.holm@kommun.exempel.se",
       None)]),
    ("Fritid och fältare", "leisure", 18, {
        "Otrygghetsskapande samling": 6, "Buskörning": 3, "Moped på gång- och cykelbana": 3,
        "Nedskräpning": 2, "Bråk": 2, "Droghantering": 1, "Ryktesspridning i sociala medier": 1,
        "Arrangemang och planerad händelse": 2}, [
        ("Ahmed Karimi", "Fältsekreterare", "ahmed.karimi@kommun.exempel.se", "070-123 45 67"),
        ("Sara Nyström", "Fritidsledare", "sara.nystrom@kommun.exempel.se", None)]),
    ("Räddningstjänsten", "rescue", 6, {"Anlagd brand": 5, "Skadegörelse": 1}, [
        ("Peter Åkesson", "Brandinspektör", "peter.akesson@rtj.exempel.se", None)]),
    ("Bevakningsbolaget Nord", "security", 14, {
        "Glaskross": 2, "Klotter": 2, "Inbrott": 3, "Otrygghetsskapande samling": 3,
        "Ordningsstörning": 2, "Olovligt boende": 1}, [
        ("Mikael Strand", "Driftledare", "mikael.strand@bevakning.exempel.se", "0223-100 90")]),
    ("Centrumföreningen", "business", 5, {
        "Nedskräpning": 2, "Ordningsstörning": 2, "Inbrott": 2, "Ödslig plats": 1}, [
        ("Eva Håkansson", "Ordförande", "eva.hakansson@centrum.exempel.se", None)]),
    ("Kollektivtrafiken", "public_transport", 6, {
        "Incident mot anställd": 2, "Skadegörelse": 2, "Otrygghetsskapande samling": 2,
        "Ordningsstörning": 2}, [
        ("Tomas Wikström", "Trafikledare", "tomas.wikstrom@trafik.exempel.se", None)]),
    ("Tekniska förvaltningen", "municipality", 8, {
        "Klotter": 4, "Nedskräpning": 3, "Belysning": 2, "Skadegörelse": 2,
        "Insyn och vegetation": 1}, [
        ("Helena Forsberg", "Gatu- och parkchef", "helena.forsberg@kommun.exempel.se", None)]),
]

DESCRIPTIONS = {
    "Klotter": ["Nytt klotter på fasaden, ca 2 m².", "Taggar i trapphuset.",
                "Klotter på elskåp och busskur.", "Klotter i gångtunneln, sanerat samma dag."],
    "Glaskross": ["Krossad ruta i entrédörr.", "Två fönster krossade under natten.",
                  "Glaskross i busskuren."],
    "Skadegörelse på fordon": ["Repor på flera bilar på parkeringen.", "Sönderslagen backspegel."],
    "Anlagd brand": ["Brand i sopkärl, släckt av räddningstjänsten.", "Containerbrand.",
                     "Brand i papperskorg vid entrén."],
    "Skadegörelse": ["Sönderslagen papperskorg.", "Skadad bänk och belysningsstolpe."],
    "Nedskräpning": ["Mycket skräp efter samling under kvällen.",
                     "Dumpade möbler vid miljöhuset.", "Nedskräpning runt bänkarna."],
    "Belysning": ["Trasig belysning längs gångvägen.", "Flera lampor släckta i parken."],
    "Insyn och vegetation": ["Igenvuxet buskage skymmer gångvägen."],
    "Ödslig plats": ["Boende upplever platsen som ödslig efter stängning."],
    "Otrygghetsskapande samling": ["Grupp om 10–15 ungdomar, hög musik och nedskräpning.",
                                   "Samling av ungdomar vid entrén, boende upplever otrygghet.",
                                   "Större samling under kvällen, lugnade ner sig efter samtal."],
    "Bråk": ["Bråk mellan några ungdomar, skingrades.", "Högljutt bråk utanför lokalen."],
    "Hot och våld": ["Hot mellan elever på rasten.", "Knuffar och hot i samband med bråk."],
    "Ordningsstörning": ["Störande beteende, personal fick ingripa.",
                         "Berusade personer störde kunder."],
    "Inbrott": ["Inbrott i förråd.", "Försök till inbrott i källare.", "Inbrott i butikslokal."],
    "Rån": ["Rån mot ungdom, mobiltelefon tagen."],
    "Droghantering": ["Misstänkt langning vid parkeringen.", "Lukt av cannabis i trapphus."],
    "Buskörning": ["Buskörning med moped på grusplanen.", "EPA-traktorer kör i hög fart."],
    "Moped på gång- och cykelbana": ["Mopeder i hög fart på gång- och cykelbanan."],
    "Olovligt boende": ["Tecken på övernattning i trapphus.", "Person sover i cykelrum."],
    "Incident mot anställd": ["Personal hotad vid tillrättavisning.",
                              "Chaufför hindrad i arbetet av grupp."],
    "Ryktesspridning i sociala medier": ["Rykte om slagsmål sprids på sociala medier."],
    "Arrangemang och planerad händelse": ["Skolavslutning, förstärkt närvaro.",
                                          "Valborgsfirande, fältare på plats."],
}

# Relative incident volume by month (Jan … Dec): more in late spring, summer and around events.
SEASON = [0.8, 0.75, 0.85, 0.95, 1.2, 1.3, 1.25, 1.2, 1.05, 1.0, 0.9, 0.8]
# Monday … Sunday
WEEKDAY = [0.85, 0.85, 0.9, 0.95, 1.3, 1.45, 1.0]
