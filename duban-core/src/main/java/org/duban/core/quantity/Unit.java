package org.duban.core.quantity;

/**
 * A unit or classifier as written, and how it converts to the base unit of the facts spec.
 *
 * @param arabicOnly true where the character means something else after a Chinese numeral
 */
public record Unit(
    String written, String normUnit, double factor, UnitKind kind, boolean arabicOnly) {}
