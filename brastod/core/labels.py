"""Swedish labels for the stored code values: one table, used by the GUI, exports and CLI."""
from brastod.core.enums import (
    ActionStatus, AreaKind, AttendeeStatus, Body, CategoryKind, DecisionStatus, EffortType,
    MeasureType, MeetingStatus, PartnerKind, PlanKind, PlanStatus, Rag, ReportKind,
    ReportStatus, Term, Trend,
)

LABELS: dict[type, dict[str, str]] = {
    CategoryKind: {"crime": "Brott", "insecurity": "Otrygghet", "other": "Övrigt"},
    AreaKind: {"town": "Tätort", "district": "Stadsdel", "neighbourhood": "Bostadsområde",
               "rural": "Landsbygd"},
    PartnerKind: {
        "police": "Polis", "housing": "Bostadsbolag", "school": "Skola",
        "social_services": "Socialtjänst", "leisure": "Fritid/fältare",
        "rescue": "Räddningstjänst", "security": "Vaktbolag/bevakning",
        "business": "Näringsliv", "association": "Förening",
        "public_transport": "Kollektivtrafik", "region": "Region", "municipality": "Kommun",
        "other": "Övrig"},
    ReportKind: {"operational": "Operativ", "strategic": "Strategisk"},
    ReportStatus: {"draft": "Utkast", "adopted": "Fastställd"},
    Trend: {"up": "↑", "flat": "→", "down": "↓"},
    PlanKind: {"action_plan": "Åtgärdsplan", "citizen_promise": "Medborgarlöfte",
               "cooperation_agreement": "Samverkansöverenskommelse"},
    PlanStatus: {"draft": "Utkast", "decided": "Beslutad", "closed": "Avslutad"},
    ActionStatus: {"planned": "Planerad", "ongoing": "Pågående", "done": "Klar",
                   "cancelled": "Avbruten"},
    Rag: {"green": "Grön", "yellow": "Gul", "red": "Röd"},
    MeasureType: {"situational": "Situationell", "social": "Social"},
    EffortType: {"one_off": "Engångsinsats", "ordinary": "Ordinarie arbete"},
    Term: {"short": "Kort sikt", "long": "Lång sikt"},
    Body: {"council": "Lokala BRÅ", "est_group": "EST-grupp", "steering_group": "Styrgrupp",
           "preparatory_group": "Beredningsgrupp", "working_group": "Arbetsgrupp"},
    MeetingStatus: {"planned": "Planerat", "notice_sent": "Kallelse skickad",
                    "held": "Genomfört", "minutes_approved": "Protokoll justerat"},
    AttendeeStatus: {"called": "Kallad", "present": "Närvarande",
                     "apologies": "Anmält förhinder", "co_opted": "Adjungerad"},
    DecisionStatus: {"open": "Öppet", "done": "Genomfört"},
}

RAG_COLORS = {"green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828"}
PLAN_STATUS_COLORS = {"draft": "#8a6d00", "decided": "#2e7d32", "closed": "#5f6b76"}
# The lines of a chart, in the window and in the PDF: distinct also when printed in grey.
PALETTE = ["#1d4f91", "#e07b00", "#2e7d32", "#c62828", "#6a3d9a", "#00838f", "#8d6e63",
           "#ad1457", "#546e7a", "#9e9d24"]


def label(enum: type, value: str | None) -> str:
    """The Swedish label of a stored code value of ``enum`` ('' for None)."""
    if value is None:
        return ""
    return LABELS[enum].get(value, value)


def options(enum: type) -> list[tuple[str, str]]:
    """(code, label) pairs for a combo box, in the enum's order."""
    return [(member.value, LABELS[enum][member.value]) for member in enum]
