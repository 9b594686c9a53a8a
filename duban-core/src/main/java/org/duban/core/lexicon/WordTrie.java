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

  private final Steps forward;
  private final Steps backward;
  private final Object[] forwardValues;
  private final Object[] backwardValues;
  private final int maxLength;

  private WordTrie(Builder<V> b) {
    forwardValues = b.forwardValues.toArray();
    backwardValues = b.backwardValues.toArray();
    forward = new Steps(b.forward, forwardValues);
    backward = new Steps(b.backward, backwardValues);
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
    if (pos >= limit || !forward.mayStartWith(text.charAt(pos))) {
      return null;
    }
    for (int i = pos; i < limit; i++) {
      int step = forward.step(node, text.charAt(i));
      if (step < 0) {
        break;
      }
      node = Steps.node(step);
      if (Steps.endsWord(step)) {
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
    if (end - 1 < stop || !backward.mayStartWith(text.charAt(end - 1))) {
      return null;
    }
    for (int i = end - 1; i >= stop; i--) {
      int step = backward.step(node, text.charAt(i));
      if (step < 0) {
        break;
      }
      node = Steps.node(step);
      if (Steps.endsWord(step)) {
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

  /**
   * The transitions of a built trie, laid out for lookups: each slot holds its key and its child
   * side by side (one cache line per probe), the child tells whether a word ends there (no look at
   * the values unless one does), and a small bitset of the characters leaving the root turns away
   * most positions (where no word starts) without probing the table at all.
   */
  private static final class Steps {
    // slot s: key at 2s, child << 1 | (1 if a word ends at the child) at 2s + 1; key -1 is free
    private final long[] slots;
    private final int mask;
    // bit (c & filterMask) is set when some word starts with c; other characters share bits
    private final long[] rootFilter;
    private final int filterMask;

    Steps(Transitions t, Object[] values) {
      int capacity = t.keys.length;
      slots = new long[capacity * 2];
      mask = capacity - 1;
      int rootChildren = 0;
      for (int i = 0; i < capacity; i++) {
        long key = t.keys[i];
        slots[2 * i] = key;
        if (key != -1L) {
          int child = t.children[i];
          slots[2 * i + 1] = (long) child << 1 | (values[child] != null ? 1 : 0);
          if (key >>> 16 == 0) {
            rootChildren++;
          }
        }
      }
      // about 16 bits per first character: few false hits, and small enough to stay in cache
      int bits = Math.min(1 << 16, Math.max(512, Integer.highestOneBit(rootChildren * 16) * 2));
      rootFilter = new long[bits / 64];
      filterMask = bits - 1;
      for (int i = 0; i < capacity; i++) {
        long key = t.keys[i];
        if (key != -1L && key >>> 16 == 0) {
          int bit = (int) (key & 0xFFFF) & filterMask;
          rootFilter[bit >>> 6] |= 1L << bit;
        }
      }
    }

    /** False when no word starts with {@code c}; true when one may. */
    boolean mayStartWith(char c) {
      int bit = c & filterMask;
      return (rootFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The step from {@code node} over {@code c} (see {@link #node}, {@link #endsWord}), or -1. */
    int step(int node, char c) {
      long key = ((long) node << 16) | c;
      int slot = Transitions.hash(key) & mask;
      while (true) {
        long k = slots[2 * slot];
        if (k == key) {
          return (int) slots[2 * slot + 1];
        }
        if (k == -1L) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    static int node(int step) {
      return step >>> 1;
    }

    static boolean endsWord(int step) {
      return (step & 1) != 0;
    }
  }

  /** Open-addressing map from (node, character) to child node, while the trie is built. */
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

    static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
