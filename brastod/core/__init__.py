"""Everything that is not Qt: models, database, services, import and export. Never imports PySide6."""
