"""What pages show: one module per rendered thing, each a pure function from data to Markdown, HTML or SVG."""
