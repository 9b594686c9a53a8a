package org.duban.app.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.duban.app.audit.AuditChannel;
import org.duban.app.security.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(IngestController.class)
@Import(SecurityConfig.class)
class IngestControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean IngestService ingest;

  private final MockMultipartFile report =
      new MockMultipartFile(
          "file", "报告.txt", "text/plain", "全年新增就业岗位3万个。".getBytes(StandardCharsets.UTF_8));

  @Test
  void uploadingNeedsTheEditorRole() throws Exception {
    mvc.perform(multipart("/api/documents").file(report)).andExpect(status().isUnauthorized());
    mvc.perform(multipart("/api/documents").file(report).with(user("reader").roles("VIEWER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void answersEachFilesOutcome() throws Exception {
    when(ingest.ingestBytes(
            any(), argThat(a -> a.name().equals("editor") && a.channel() == AuditChannel.API)))
        .thenReturn(
            new IngestReport(
                4,
                List.of(new FileOutcome("报告.txt", Outcome.ADDED, List.of(12L), null)),
                Duration.ofMillis(30)));

    mvc.perform(multipart("/api/documents").file(report).with(user("editor").roles("SUPERVISOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.files[0].path").value("报告.txt"))
        .andExpect(jsonPath("$.files[0].outcome").value("ADDED"))
        .andExpect(jsonPath("$.files[0].documentIds[0]").value(12));
    verify(ingest)
        .ingestBytes(
            any(), argThat(a -> a.name().equals("editor") && a.channel() == AuditChannel.API));
  }
}
