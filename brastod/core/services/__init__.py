"""Domain services: all queries live here. They take a Database and return plain objects."""
