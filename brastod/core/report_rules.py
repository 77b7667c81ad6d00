"""What a new lägesbild must hold: a known kind and a scope (the whole municipality, or at least
one area); and who adopted one. Used by the service and by the dialog that shows the message at
the field, like ``plan_rules``."""
from brastod.core.enums import ReportKind
from brastod.core.errors import FieldError
from brastod.core.text import clean_name


def check_new_report(kind: str, area_ids: list[int] | None) -> None:
    """``area_ids`` None is the whole municipality."""
    if kind not in set(ReportKind):
        raise FieldError("kind", f"Okänd typ av lägesbild: {kind}.")
    if area_ids is not None and not area_ids:
        raise FieldError("area_ids", "Välj minst ett område, eller hela kommunen.")


def section_title(title: str) -> str:
    """The title as stored, spaces tidied; a section has one."""
    title = " ".join(title.split())
    if not title:
        raise FieldError("title", "Avsnittet måste ha en rubrik.")
    return title


def adopted_by(value: str | None) -> str:
    """Who adopted a lägesbild (a meeting or a body), spaces tidied; one must be named."""
    name = clean_name(value)
    if not name:
        raise FieldError("adopted_by", "Ange vem som fastställde lägesbilden: mötet eller "
                                       "organet.")
    return name
