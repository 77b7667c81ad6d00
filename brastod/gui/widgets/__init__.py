"""The parts every editor is built from: autosave, date and number fields, combos, colour
swatches, the form dialog and the register panel. Editors depend on these, never on each other."""
