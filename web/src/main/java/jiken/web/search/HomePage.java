package jiken.web.search;

import jiken.indexer.index.SearchResult;

/** Model of the home page: newest cases, the largest ones and the facet counts of all cases. */
public record HomePage(boolean demo, boolean ready, String status, SearchResult newest, SearchResult largest) {}
