"""The Qt application. Data comes from brastod.core.services only; no SQL here."""
