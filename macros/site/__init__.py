"""What the build does around the pages: hooks, link previews and cards, search, feeds, downloads, fixes to the theme's HTML."""
