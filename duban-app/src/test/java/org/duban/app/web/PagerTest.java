package org.duban.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagerTest {

  private static MockHttpServletRequest request(String offset) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/facts");
    request.addParameter("region", "长宁区");
    request.addParameter("modality", "");
    if (offset != null) {
      request.addParameter("offset", offset);
    }
    return request;
  }

  @Test
  void linksKeepTheFiltersAndChangeOnlyTheOffset() {
    Pager pager = Pager.of(request("100"), 1234, 100, 50);

    assertThat(pager.page()).isEqualTo(3);
    assertThat(pager.pageCount()).isEqualTo(25);
    assertThat(pager.first()).isEqualTo(101);
    assertThat(pager.last()).isEqualTo(150);
    assertThat(pager.previous()).isEqualTo("/facts?region=%E9%95%BF%E5%AE%81%E5%8C%BA&offset=50");
    assertThat(pager.next()).endsWith("region=%E9%95%BF%E5%AE%81%E5%8C%BA&offset=150");
  }

  @Test
  void everyPageIsReachableThroughTheFirstTheLastAndTheNeighbours() {
    Pager pager = Pager.of(request("500"), 1234, 500, 50);

    List<String> shown =
        pager.links().stream().map(l -> l.gap() ? "…" : String.valueOf(l.number())).toList();
    assertThat(shown).containsExactly("1", "…", "9", "10", "11", "12", "13", "…", "25");
    assertThat(pager.links().stream().filter(Pager.Link::current).toList())
        .singleElement()
        .extracting(Pager.Link::number)
        .isEqualTo(11);
    assertThat(pager.links().get(0).url()).isEqualTo("/facts?region=%E9%95%BF%E5%AE%81%E5%8C%BA");
  }

  @Test
  void theLastPageIsShortAndHasNoNext() {
    Pager pager = Pager.of(request("1200"), 1234, 1200, 50);
    assertThat(pager.last()).isEqualTo(1234);
    assertThat(pager.next()).isNull();
    assertThat(pager.paged()).isTrue();
    assertThat(Pager.of(request(null), 50, 0, 50).paged()).isFalse();
    assertThat(Pager.of(request(null), 0, 0, 50).first()).isZero();
  }

  @Test
  void anOffsetPastTheEndIsABadParameterExplainedInChinese() {
    assertThatThrownBy(() -> Pager.of(request("5000"), 1234, 5000, 50))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'offset'")
        .extracting(e -> ((InvalidParameterException) e).chineseMessage())
        .asString()
        .contains("共 1234 条");
  }
}
