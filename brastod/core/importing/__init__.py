"""Reading partner files: file → sheets → header and columns → values → screened text.

Pure functions of their input; the database is touched only when an import is committed.
"""
