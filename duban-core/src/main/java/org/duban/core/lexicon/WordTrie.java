package org.duban.core.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of words with values, matched at a position of a text: the longest word starting there
 * ({@link #longestAt}) or ending there ({@link #longestEndingAt}). Immutable once built.
 *
 * <p>Transitions live in one open-addressing table keyed by (node, character), so a lookup step
 * neither boxes the character nor follows a per-node map: lexicon lookups run at every candidate
 * position of every document.
 */
public final class WordTrie<V> {

  /** A word found in a text: its value and the text range it covers. */
  public record Match<V>(V value, int start, int end) {}

  private final Transitions forward;
  private final Transitions backward;
  private final Object[] forwardValues;
  private final Object[] backwardValues;
  private final int maxLength;

  private WordTrie(Builder<V> b) {
    forward = b.forward;
    backward = b.backward;
    forwardValues = b.forwardValues.toArray();
    backwardValues = b.backwardValues.toArray();
    maxLength = b.maxLength;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** A set of words, each with the value {@code true}. */
  public static WordTrie<Boolean> ofWords(Iterable<String> words) {
    Builder<Boolean> b = builder();
    for (String w : words) {
      b.put(w, true);
    }
    return b.build();
  }

  /** The longest word that starts at {@code pos}, or null. */
  @SuppressWarnings("unchecked")
  public Match<V> longestAt(CharSequence text, int pos) {
    int node = 0;
    int bestEnd = -1;
    Object best = null;
    int limit = Math.min(text.length(), pos + maxLength);
    for (int i = pos; i < limit; i++) {
      node = forward.child(node, text.charAt(i));
      if (node < 0) {
        break;
      }
      if (forwardValues[node] != null) {
        best = forwardValues[node];
        bestEnd = i + 1;
      }
    }
    return best == null ? null : new Match<>((V) best, pos, bestEnd);
  }

  /** The longest word that ends just before {@code end} and starts at or after {@code limit}. */
  @SuppressWarnings("unchecked")
  public Match<V> longestEndingAt(CharSequence text, int end, int limit) {
    int node = 0;
    int bestStart = -1;
    Object best = null;
    int stop = Math.max(Math.max(0, limit), end - maxLength);
    for (int i = end - 1; i >= stop; i--) {
      node = backward.child(node, text.charAt(i));
      if (node < 0) {
        break;
      }
      if (backwardValues[node] != null) {
        best = backwardValues[node];
        bestStart = i;
      }
    }
    return best == null ? null : new Match<>((V) best, bestStart, end);
  }

  /** Whether {@code word} is one of the words. */
  public boolean contains(String word) {
    Match<V> m = longestAt(word, 0);
    return m != null && m.end() == word.length();
  }

  /** Collects words; a later value for the same word replaces the earlier one. */
  public static final class Builder<V> {
    private final Transitions forward = new Transitions();
    private final Transitions backward = new Transitions();
    private final List<Object> forwardValues = new ArrayList<>(List.of(NONE));
    private final List<Object> backwardValues = new ArrayList<>(List.of(NONE));
    private int maxLength;

    private static final Object NONE = new Object();

    public Builder<V> put(String word, V value) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      if (value == null) {
        throw new IllegalArgumentException("null value for " + word);
      }
      insert(forward, forwardValues, word, value);
      insert(backward, backwardValues, new StringBuilder(word).reverse().toString(), value);
      maxLength = Math.max(maxLength, word.length());
      return this;
    }

    private static void insert(Transitions t, List<Object> values, String word, Object value) {
      int node = 0;
      for (int i = 0; i < word.length(); i++) {
        int child = t.child(node, word.charAt(i));
        if (child < 0) {
          child = values.size();
          values.add(NONE);
          t.put(node, word.charAt(i), child);
        }
        node = child;
      }
      values.set(node, value);
    }

    public WordTrie<V> build() {
      for (List<Object> values : List.of(forwardValues, backwardValues)) {
        values.replaceAll(v -> v == NONE ? null : v);
      }
      return new WordTrie<>(this);
    }
  }

  /** Open-addressing map from (node, character) to child node. */
  private static final class Transitions {
    private long[] keys = new long[64];
    private int[] children = new int[64];
    private int size;

    Transitions() {
      Arrays.fill(keys, -1L);
    }

    int child(int node, char c) {
      long key = ((long) node << 16) | c;
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (true) {
        long k = keys[slot];
        if (k == key) {
          return children[slot];
        }
        if (k == -1L) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    void put(int node, char c, int child) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      long key = ((long) node << 16) | c;
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (keys[slot] != -1L && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == -1L) {
        size++;
      }
      keys[slot] = key;
      children[slot] = child;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldChildren = children;
      keys = new long[oldKeys.length * 2];
      children = new int[oldChildren.length * 2];
      Arrays.fill(keys, -1L);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          put((int) (oldKeys[i] >>> 16), (char) (oldKeys[i] & 0xFFFF), oldChildren[i]);
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
