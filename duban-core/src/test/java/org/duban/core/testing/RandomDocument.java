package org.duban.core.testing;

import java.util.Random;

/**
 * Document-shaped garbage for the random-input tests of the document stages: Chinese characters,
 * digits, punctuation, list numbers, markdown marks, page-furniture shapes, spaces and line breaks
 * in random order.
 */
public final class RandomDocument {

  private static final String[] PIECES = {
    "一、",
    "（二）",
    "3.",
    "第一部分",
    "一是",
    "**",
    "## ",
    "- ",
    "\n",
    "\n\n",
    " ",
    "　",
    "。",
    "，",
    "：",
    "；",
    "查看: 69|回复: 0",
    "2024年",
    "2024-03-08",
    "——",
    "【招商】",
    "[1]",
    "增长5%",
    "亿元",
    "深化改革。",
    "区发改委牵头",
    "（区商务委配合）",
    "名词解释",
    "回顾",
    "主要任务",
    "政 府 工 作",
    "\uD842\uDFB7",
    "&amp;",
    "<p>",
    "\r\n",
    "\t",
    "-",
    "---",
    "\uFEFF",
    "\u0000",
    "㊀",
    "①"
  };

  private RandomDocument() {}

  public static String of(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(3) == 0) {
        b.append((char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
      } else if (random.nextInt(10) == 0) {
        b.append((char) random.nextInt(0x3000));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }
}
