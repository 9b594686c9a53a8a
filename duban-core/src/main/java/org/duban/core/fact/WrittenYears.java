package org.duban.core.fact;

/**
 * The years written before a figure.
 *
 * @param own the year written before it in its own sentence (2023年, 到2025年), or null
 * @param paragraph the year an earlier figure of its paragraph had written before it, or null:
 *     湖北2021年GDP完成度比目标值高出2.9个百分点。其次为江苏和北京，分别高出2.6个、2.5个百分点 speaks of 2021 throughout
 */
record WrittenYears(YearMention own, YearMention paragraph) {}
