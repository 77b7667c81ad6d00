"""SQLModel tables for the whole product, split by domain area.

Importing this package registers every table on ``SQLModel.metadata``.
"""
from brastod.core.models.registers import (
    AnnualCycleItem, Area, AreaSynonym, Category, CategorySynonym, Contact, Municipality,
    Partner, Place, PoliceTypeMapping, PopulationFigure, Setting,
)
from brastod.core.models.incidents import ColumnMapping, ImportBatch, Incident
from brastod.core.models.situation import (
    AreaAssessment, AssessmentLevel, Cause, Indicator, Measurement, PinnedIncident,
    PriorityProblem, ReportSection, SituationReport, SituationReportArea, SurveyArea,
    SurveyImport,
)
from brastod.core.models.plans import Action, ActionPlan, FollowUp, Goal
from brastod.core.models.meetings import (
    AgendaItem, AgendaTemplate, AgendaTemplateItem, Attendee, Decision, Meeting,
    MeetingSeries, SeriesMember,
)
from brastod.core.models.reporting import (
    AnnualReport, AnnualReportSection, FeedbackDispatch, NationalReference,
)
from brastod.core.models.schema import SchemaVersion
from brastod.core.models.walks import ObservationKind, SafetyWalk, WalkParticipant, WalkPoint
from brastod.core.models.tallies import PendingBatch, YearMoments, YearPlaces
from brastod.core.models.receipts import WriteReceipt

__all__ = [
    "Action", "ActionPlan", "AgendaItem", "AgendaTemplate", "AgendaTemplateItem",
    "AnnualCycleItem", "AnnualReport", "AnnualReportSection", "Area", "AreaAssessment",
    "AreaSynonym", "AssessmentLevel", "Attendee", "Category", "CategorySynonym", "Cause",
    "ColumnMapping", "Contact", "Decision", "FeedbackDispatch", "FollowUp", "Goal", "ImportBatch",
    "Incident", "Indicator", "Measurement", "Meeting", "MeetingSeries", "Municipality",
    "NationalReference", "Partner", "PinnedIncident", "Place", "PendingBatch", "PoliceTypeMapping",
    "PopulationFigure", "PriorityProblem", "ReportSection", "SchemaVersion", "SeriesMember",
    "Setting", "SituationReport", "SituationReportArea", "SurveyArea", "SurveyImport",
    "ObservationKind", "SafetyWalk", "WalkParticipant", "WalkPoint",
    "WriteReceipt", "YearMoments", "YearPlaces",
]
