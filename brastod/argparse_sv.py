"""argparse in Swedish. argparse looks its texts up through gettext as it builds the parser,
parses and formats help; ``swedish()`` answers those look-ups from the table below while the
command line is read, and leaves argparse as it was afterwards."""
import argparse
from contextlib import contextmanager

TEXTS = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "one of the arguments %s is required": "ett av argumenten %s måste anges",
    "not allowed with argument %s": "kan inte anges tillsammans med %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "expected one argument": "ett värde saknas",
    "expected at least one argument": "minst ett värde saknas",
    "ambiguous option: %(option)s could match %(matches)s":
        "flaggan %(option)s är tvetydig: den kan vara %(matches)s",
    "ignored explicit argument %r": "flaggan tar inget värde: %r",
}


@contextmanager
def swedish():
    english = argparse._
    argparse._ = lambda text: TEXTS.get(text, text)
    try:
        yield
    finally:
        argparse._ = english
