package org.duban.app.search;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.duban.app.security.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchController.class)
@Import(SecurityConfig.class)
class SearchControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean SearchIndex index;

  @Test
  void answersTotalAndHitsWithTheirSpans() throws Exception {
    when(index.search("地区生产总值", new SearchFilter("长宁区", 2024, "WORK_REPORT", null), 20, 0))
        .thenReturn(
            new SearchResult(
                1, List.of(new SearchHit(3, "报告", "实现<mark>地区生产总值</mark>1234.5亿元", 10, 30))));

    mvc.perform(
            get("/api/search")
                .param("q", "地区生产总值")
                .param("region", "长宁区")
                .param("year", "2024")
                .param("type", "work_report"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.hits[0].documentId").value(3))
        .andExpect(jsonPath("$.hits[0].title").value("报告"))
        .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
        .andExpect(jsonPath("$.hits[0].start").value(10))
        .andExpect(jsonPath("$.hits[0].end").value(30));
  }

  @Test
  void aMissingQueryIsA400NamingIt() throws Exception {
    mvc.perform(get("/api/search"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("'q'")));
  }

  @Test
  void badFiltersAre400sNamingTheParameter() throws Exception {
    mvc.perform(get("/api/search").param("q", "税收").param("year", "24"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("'year'")));
    mvc.perform(get("/api/search").param("q", "税收").param("limit", "1000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("'limit'")));
  }
}
