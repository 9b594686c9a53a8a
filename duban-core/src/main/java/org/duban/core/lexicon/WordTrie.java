package org.duban.core.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of words with values, matched at a position of a text: the longest word starting there
 * ({@link #longestAt}) or ending there ({@link #longestEndingAt}). Immutable once built.
 */
public final class WordTrie<V> {

  /** A word found in a text: its value and the text range it covers. */
  public record Match<V>(V value, int start, int end) {}

  private static final class Node<V> {
    final Map<Character, Node<V>> children = new HashMap<>(4);
    V value;
  }

  private final Node<V> forward = new Node<>();
  private final Node<V> backward = new Node<>();
  private int maxLength;

  private WordTrie() {}

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  public int maxLength() {
    return maxLength;
  }

  /** The longest word that starts at {@code pos}, or null. */
  public Match<V> longestAt(CharSequence text, int pos) {
    Node<V> node = forward;
    Match<V> best = null;
    for (int i = pos; i < text.length(); i++) {
      node = node.children.get(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, pos, i + 1);
      }
    }
    return best;
  }

  /** The longest word that ends just before {@code end} and starts at or after {@code limit}. */
  public Match<V> longestEndingAt(CharSequence text, int end, int limit) {
    Node<V> node = backward;
    Match<V> best = null;
    for (int i = end - 1; i >= Math.max(0, limit); i--) {
      node = node.children.get(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, i, end);
      }
    }
    return best;
  }

  /** Whether {@code word} is one of the words. */
  public boolean contains(String word) {
    Match<V> m = longestAt(word, 0);
    return m != null && m.end() == word.length();
  }

  /** Collects words; a later value for the same word replaces the earlier one. */
  public static final class Builder<V> {
    private final WordTrie<V> trie = new WordTrie<>();

    public Builder<V> put(String word, V value) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      insert(trie.forward, word, value);
      insert(trie.backward, new StringBuilder(word).reverse().toString(), value);
      trie.maxLength = Math.max(trie.maxLength, word.length());
      return this;
    }

    private static <V> void insert(Node<V> root, String word, V value) {
      Node<V> node = root;
      for (int i = 0; i < word.length(); i++) {
        node = node.children.computeIfAbsent(word.charAt(i), c -> new Node<>());
      }
      node.value = value;
    }

    public WordTrie<V> build() {
      return trie;
    }
  }
}
