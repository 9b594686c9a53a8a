package org.duban.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;

class WordTrieTest {

  private final WordTrie<String> trie =
      WordTrie.<String>builder()
          .put("个", "count")
          .put("个百分点", "points")
          .put("百分点", "points")
          .put("增长", "up")
          .put("新增", "new")
          .build();

  @Test
  void findsTheLongestWordStartingAtAPosition() {
    WordTrie.Match<String> m = trie.longestAt("提高9个百分点以上", 3);
    assertThat(m.value()).isEqualTo("points");
    assertThat(m.start()).isEqualTo(3);
    assertThat(m.end()).isEqualTo(7);
  }

  @Test
  void findsTheLongestWordEndingAtAPosition() {
    String text = "全年新增企业";
    assertThat(trie.longestEndingAt(text, 4, 0).value()).isEqualTo("new");
    assertThat(trie.longestEndingAt(text, 4, 3)).isNull();
  }

  @Test
  void findsNothingWhereNoWordStarts() {
    assertThat(trie.longestAt("地区生产总值", 0)).isNull();
    assertThat(trie.contains("增")).isFalse();
    assertThat(trie.contains("增长")).isTrue();
  }

  @Test
  void growsPastItsFirstTable() {
    WordTrie.Builder<Integer> b = WordTrie.builder();
    for (int i = 0; i < 2000; i++) {
      b.put("词" + i, i);
    }
    WordTrie<Integer> big = b.build();
    for (int i = 0; i < 2000; i += 97) {
      assertThat(big.longestAt("词" + i, 0).value()).isEqualTo(i);
    }
  }

  @Test
  void randomInputStaysInsideTheText() {
    Random random = new Random(3);
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, 40);
      for (int i = 0; i <= text.length(); i++) {
        WordTrie.Match<String> at = trie.longestAt(text, i);
        if (at != null) {
          assertThat(at.end()).isBetween(i + 1, text.length());
        }
        WordTrie.Match<String> before = trie.longestEndingAt(text, i, 0);
        if (before != null) {
          assertThat(before.start()).isBetween(0, i - 1);
        }
      }
    }
  }
}
