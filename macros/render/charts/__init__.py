"""Charts drawn from the data at build time: one module per chart, each a pure function to SVG."""

from macros.render.charts import axes, modalities, timeline, trend

__all__ = ["axes", "modalities", "timeline", "trend"]
