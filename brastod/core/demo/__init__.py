"""Example data: a believable small municipality (Fagersta) over the last two years."""
from brastod.core.demo.build import fill_demo, load_demo

__all__ = ["fill_demo", "load_demo"]
