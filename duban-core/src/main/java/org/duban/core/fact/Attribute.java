package org.duban.core.fact;

/** What a stage of the fact pipeline gives a figure; each is provided by exactly one stage. */
enum Attribute {
  /** Amount, change, share or rank, with a change's direction. */
  MEASURE,
  /** The year written before the figure in its sentence (2023年, 到2025年), if any. */
  WRITTEN_YEAR,
  /** Result or target. */
  MODALITY,
  /** The year or span of years the figure is about. */
  PERIOD,
  /** The place the figure is about. */
  REGION,
  /** What the figure measures, as a label. */
  INDICATOR
}
