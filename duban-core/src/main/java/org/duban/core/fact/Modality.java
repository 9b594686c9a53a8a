package org.duban.core.fact;

/** Whether a figure is a reported result or a plan, goal or requirement. */
public enum Modality {
  ACTUAL,
  TARGET
}
