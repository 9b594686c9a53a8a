package org.duban.app.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.duban.app.document.DocumentFilter;
import org.duban.app.web.InvalidParameterException;
import org.duban.app.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the sentences of the stored documents. */
@RestController
@Tag(name = "search", description = "Full-text search in Chinese, one hit per sentence")
final class SearchController {

  // Bounds on what one search may cost (issue 12): Lucene ranks offset + limit hits to show the
  // last limit, and every phrase of q is a clause of the query.
  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_PHRASES = 20;
  static final int MAX_OFFSET = 10_000;

  private final SearchIndex index;

  SearchController(SearchIndex index) {
    this.index = index;
  }

  @GetMapping("/api/search")
  @Operation(
      summary = "Sentences containing every phrase of q (phrases separated by spaces)",
      description = "Snippets are HTML with the matching words in <mark>.")
  SearchResult search(
      @RequestParam(required = false) String q,
      @Parameter(description = "region, e.g. 长宁区") @RequestParam(required = false) String region,
      @Parameter(description = "the year a document is about") @RequestParam(required = false)
          String year,
      @Parameter(description = "document type: WORK_REPORT, KEY_WORK_ARRANGEMENT, … or 政府工作报告")
          @RequestParam(required = false)
          String type,
      @Parameter(description = "a document id") @RequestParam(required = false) Long document,
      @RequestParam(defaultValue = "20") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return run(q, region, year, type, document, limit, offset, index);
  }

  static SearchResult run(
      String q,
      String region,
      String year,
      String type,
      Long document,
      int limit,
      int offset,
      SearchIndex index) {
    if (q == null || q.isBlank()) {
      throw new InvalidParameterException("q", "is required: the words to search for", "请输入要检索的词语");
    }
    checkQuery(q);
    Paging.check(limit, offset, 200, MAX_OFFSET);
    DocumentFilter documents = DocumentFilter.of(region, year, type);
    SearchFilter filter =
        new SearchFilter(
            documents.region(),
            documents.year(),
            documents.type() == null ? null : documents.type().name(),
            document);
    return index.search(q, filter, limit, offset);
  }

  private static void checkQuery(String q) {
    int length = q.codePointCount(0, q.length());
    if (length > MAX_QUERY_LENGTH) {
      throw new InvalidParameterException(
          "q",
          "must be at most " + MAX_QUERY_LENGTH + " characters, not " + length,
          "不能超过 " + MAX_QUERY_LENGTH + " 个字（现为 " + length + " 个）");
    }
    int phrases = q.strip().split("\\s+").length;
    if (phrases > MAX_PHRASES) {
      throw new InvalidParameterException(
          "q",
          "must hold at most " + MAX_PHRASES + " phrases separated by spaces, not " + phrases,
          "最多 " + MAX_PHRASES + " 个以空格分隔的词组（现为 " + phrases + " 个）");
    }
  }
}
