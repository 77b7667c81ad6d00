"""The table `make bench` ends with: each measure, its goal, the figure and how the figure
stands against the goal, so anyone can see where the program stands. Benchmarks call
``record`` as they measure; run.py prints the table last."""
from dataclasses import dataclass

_ROWS: list["Row"] = []


@dataclass(frozen=True)
class Row:
    measure: str
    goal: str            # "≤ 2× bare", "≤ 1 s"
    figure: str          # "1.83×", "0.27 s"
    ratio: float         # the figure divided by the goal's limit: ≤ 1 meets it


def record(measure: str, figure: float, limit: float, unit: str) -> None:
    """``figure`` against the goal ``limit`` (both in ``unit``: "s", "ms", "×", "MiB")."""
    _ROWS.append(Row(measure, f"≤ {_shown(limit, unit)}", _shown(figure, unit), figure / limit))


def _shown(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def print_table() -> None:
    if not _ROWS:
        return
    width = max(len(row.measure) for row in _ROWS)
    print(f"\nSammanfattning: varje mått, målet, siffran och kvoten (≤ 1,00 når målet)")
    print(f"  {'Mått':<{width}}  {'Mål':>12}  {'Siffra':>10}  {'Kvot':>5}")
    for row in _ROWS:
        mark = "" if row.ratio <= 1 else "  ← når inte målet"
        print(f"  {row.measure:<{width}}  {row.goal:>12}  {row.figure:>10}  "
              f"{row.ratio:5.2f}{mark}")
