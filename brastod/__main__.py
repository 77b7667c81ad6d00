from brastod.cli import main

raise SystemExit(main())
