package jiken.web.search;

import java.util.List;
import jiken.indexer.index.SearchResult;
import jiken.web.pages.Bar;

/**
 * Model of the home page: newest cases, the largest ones overall and of the latest year, and the
 * counts of all cases by month (twelve months up to the newest case) and by type.
 *
 * @param year the latest year with cases, or null when there are none
 */
public record HomePage(boolean demo, boolean ready, String status, SearchResult newest, SearchResult largest,
    List<Bar> months, List<Bar> types, String year, SearchResult largestOfYear) {}
