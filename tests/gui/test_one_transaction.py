"""The watch on the window's writes (tests/gui/one_transaction.py) sees a job that commits two
writing transactions, and lets pass one that writes once and reads after."""
from brastod.core.services import registers
from brastod.gui.data import Topic


def test_a_write_of_two_transactions_is_caught_and_one_with_a_read_after_is_not(
        data, one_writing_transaction_per_write):
    several = one_writing_transaction_per_write

    def write_then_read(db, ctx):
        registers.add_partner(db, "Skolan")
        return registers.list_partners(db)

    def two_writes(db, ctx):
        registers.add_partner(db, "Hamnen")
        registers.add_partner(db, "Kyrkan")
    data.run(write_then_read, changes=Topic.REGISTERS)
    assert several == []
    data.run(two_writes, changes=Topic.REGISTERS)
    assert len(several) == 1 and "two_writes: 2" in several[0]
    several.clear()         # caught: the test itself passes
