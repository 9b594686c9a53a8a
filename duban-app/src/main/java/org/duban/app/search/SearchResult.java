package org.duban.app.search;

import java.util.List;

/** The sentences matching a search: how many in all, and one page of them. */
public record SearchResult(long total, List<SearchHit> hits) {}
