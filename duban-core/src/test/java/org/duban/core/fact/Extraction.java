package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.split.Article;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;
import org.duban.core.structure.Structure;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.MappedText;

/** Runs the fact extractor over a text written for a test, with a hand-made skeleton. */
final class Extraction {

  private final String text;
  private DocumentMeta meta =
      new DocumentMeta(
          "测试", DocumentType.WORK_REPORT, "东湖区", JurisdictionLevel.DISTRICT, 2024, null, null);
  private final List<Section> sections = new ArrayList<>();

  private Extraction(String text) {
    this.text = text;
  }

  static Extraction of(String text) {
    return new Extraction(text);
  }

  Extraction type(DocumentType type) {
    meta =
        new DocumentMeta(
            meta.title(),
            type,
            meta.jurisdiction(),
            meta.level(),
            meta.year(),
            meta.date(),
            meta.issuer());
    return this;
  }

  Extraction jurisdiction(String jurisdiction) {
    meta =
        new DocumentMeta(
            meta.title(),
            meta.type(),
            jurisdiction,
            meta.level(),
            meta.year(),
            meta.date(),
            meta.issuer());
    return this;
  }

  Extraction year(Integer year) {
    meta =
        new DocumentMeta(
            meta.title(),
            meta.type(),
            meta.jurisdiction(),
            meta.level(),
            year,
            meta.date(),
            meta.issuer());
    return this;
  }

  /** A part that starts at the first occurrence of {@code heading} and runs to the next part. */
  Extraction part(String heading, Role role) {
    int start = text.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException("no " + heading + " in the test text");
    }
    if (!sections.isEmpty()) {
      Section last = sections.remove(sections.size() - 1);
      sections.add(
          new Section(
              last.level(),
              last.number(),
              last.title(),
              last.titleStart(),
              last.start(),
              start,
              last.role(),
              last.kind()));
    }
    sections.add(new Section(0, null, heading, start, start, text.length(), role, NodeKind.PART));
    return this;
  }

  DocumentMeta meta() {
    return meta;
  }

  List<Fact> facts() {
    Article article = new Article(MappedText.identity(text), "测试", null);
    return new FactExtractor()
        .extract(article, meta, new Structure(sections), CodePointIndex.of(text));
  }

  /** The only fact whose text is {@code written}. */
  Fact fact(String written) {
    List<Fact> matching = facts().stream().filter(f -> f.text().equals(written)).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one fact " + written + " in " + facts());
    }
    return matching.get(0);
  }
}
