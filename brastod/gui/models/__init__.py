"""Table models: one QAbstractTableModel class per table, built on RowTableModel."""
