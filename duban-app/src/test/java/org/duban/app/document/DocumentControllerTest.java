package org.duban.app.document;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.duban.app.security.SecurityConfig;
import org.duban.app.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DocumentController.class)
@Import(SecurityConfig.class)
class DocumentControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean DocumentRepository documents;
  @MockitoBean DocumentService service;

  private static final DocumentSummary REPORT =
      new DocumentSummary(
          7,
          "2024年示例区政府工作报告",
          "WORK_REPORT",
          "政府工作报告",
          "示例区",
          2024,
          LocalDate.of(2024, 1, 10),
          12,
          "报告.txt");

  @Test
  void listsDocumentsWithTheirFactCounts() throws Exception {
    when(documents.list(new DocumentFilter("示例区", 2024, null), 100, 0)).thenReturn(List.of(REPORT));
    when(documents.count(new DocumentFilter("示例区", 2024, null))).thenReturn(1L);

    mvc.perform(get("/api/documents").param("region", "示例区").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].id").value(7))
        .andExpect(jsonPath("$[0].title").value("2024年示例区政府工作报告"))
        .andExpect(jsonPath("$[0].type").value("WORK_REPORT"))
        .andExpect(jsonPath("$[0].region").value("示例区"))
        .andExpect(jsonPath("$[0].year").value(2024))
        .andExpect(jsonPath("$[0].date").value("2024-01-10"))
        .andExpect(jsonPath("$[0].factCount").value(12));
  }

  @Test
  void acceptsTheTypeByItsChineseName() throws Exception {
    when(documents.list(any(), eq(100), eq(0))).thenReturn(List.of(REPORT));

    mvc.perform(get("/api/documents").param("type", "政府工作报告")).andExpect(status().isOk());

    verify(documents)
        .list(new DocumentFilter(null, null, org.duban.core.meta.DocumentType.WORK_REPORT), 100, 0);
  }

  @Test
  void listIsPagedWithTheTotalInAHeader() throws Exception {
    when(documents.list(DocumentFilter.ALL, 2, 4)).thenReturn(List.of(REPORT));
    when(documents.count(DocumentFilter.ALL)).thenReturn(5L);

    mvc.perform(get("/api/documents").param("limit", "2").param("offset", "4"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "5"))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/api/documents").param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'limit'")));
  }

  @Test
  void unknownIdIsA404NamingTheId() throws Exception {
    when(service.detail(42)).thenThrow(new NotFoundException("document", 42));

    mvc.perform(get("/api/documents/42"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.message").value("document 42 does not exist in the ledger"));
  }

  @Test
  void badFilterValuesAre400sNamingTheParameter() throws Exception {
    mvc.perform(get("/api/documents").param("year", "二〇二四"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'year'")));
    mvc.perform(get("/api/documents").param("type", "小说"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'type'")));
    mvc.perform(get("/api/documents/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'id'")));
  }

  @Test
  void textIsTheDocumentsPartOfItsFile() throws Exception {
    when(service.textPart(7, 0, DocumentService.PART))
        .thenReturn(new TextPart("正文：增长5%。", 3, 8, 0, 8));

    mvc.perform(get("/api/documents/7/text"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Duban-Start", "3"))
        .andExpect(header().string("X-Duban-Length", "8"))
        .andExpect(header().doesNotExist("Link"))
        .andExpect(content().string("正文：增长5%。"));
  }

  @Test
  void aLargeTextIsAnsweredInPartsThatNameTheNext() throws Exception {
    // issue 12: a 95 MB document's text was answered whole
    when(service.textPart(7, 200, 300)).thenReturn(new TextPart("部分", 3, 5_000_000, 200, 300));

    mvc.perform(get("/api/documents/7/text").param("from", "200").param("to", "300"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Duban-Start", "203"))
        .andExpect(header().string("X-Duban-From", "200"))
        .andExpect(header().string("X-Duban-To", "300"))
        .andExpect(header().string("Link", containsString("/api/documents/7/text?from=300")));
    mvc.perform(get("/api/documents/7/text").param("from", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("'from'")));
  }

  @Test
  void deletingNeedsTheEditorRole() throws Exception {
    mvc.perform(delete("/api/documents/7")).andExpect(status().isUnauthorized());
    mvc.perform(delete("/api/documents/7").with(user("reader").roles("VIEWER")))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/documents/7").with(user("editor").roles("SUPERVISOR")))
        .andExpect(status().isNoContent());
    verify(service).delete(eq(7L), argThat(a -> a.name().equals("editor")));
  }
}
