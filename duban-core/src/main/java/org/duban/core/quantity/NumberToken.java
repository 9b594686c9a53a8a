package org.duban.core.quantity;

/**
 * A number found in text, before any unit.
 *
 * @param value the number with every magnitude written inside it applied (两万 → 20000)
 * @param trailingMagnitude the multiplier of a magnitude word the number ends with (亿 in 四百三十亿), or
 *     1
 * @param bare true when the number is only a magnitude word (百, 千万), as in 近百场, 数千万
 * @param valid false for runs of numeral characters that are not a number (十四五, 三五)
 * @param approximate true when 多 or 余 stands inside the numeral (七百多万)
 */
public record NumberToken(
    int start,
    int end,
    double value,
    NumeralKind kind,
    double trailingMagnitude,
    boolean bare,
    boolean valid,
    boolean approximate) {}
