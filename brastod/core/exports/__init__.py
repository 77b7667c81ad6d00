"""Files Brastöd writes for others: Excel workbooks, CSV, (later) PDF."""
