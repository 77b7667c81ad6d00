"""Example data: a believable small municipality (Fagersta) over the last two years."""
from brastod.core.demo.build import load_demo

__all__ = ["load_demo"]
