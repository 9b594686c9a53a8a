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
    Paging.check(limit, offset, 200);
    DocumentFilter documents = DocumentFilter.of(region, year, type);
    SearchFilter filter =
        new SearchFilter(
            documents.region(),
            documents.year(),
            documents.type() == null ? null : documents.type().name(),
            document);
    return index.search(q, filter, limit, offset);
  }
}
