package jiken.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The allow/disallow rules of one robots.txt for one crawler, matched per RFC 9309 with the
 * decisions of Google's reference matcher: the groups naming one of our product tokens apply
 * (all of them, merged), else the {@code *} groups; the longest matching pattern wins and Allow
 * wins a tie (§2.2.2); patterns and URL paths are compared in percent-encoded form, without
 * decoding (see {@link RobotsPaths#escapePattern}); a group naming us with no matching rule
 * allows everything, even when {@code *} would disallow.
 *
 * <p>crawler-commons still parses the file for Crawl-delay and Sitemap lines ({@link
 * #fromContent}); only the matching is ours, because crawler-commons decodes unreserved
 * {@code %xx} and encodes raw non-ASCII URLs before matching, which three RFC cases forbid.
 * Immutable after construction; thread-safe.
 */
public final class RobotsRules extends BaseRobotRules {
  private static final long serialVersionUID = 1L;

  /** One Allow or Disallow line that applies to us. */
  private record Rule(boolean allow, String pattern) implements java.io.Serializable {}

  private final List<Rule> specific;
  private final List<Rule> global;
  private final boolean namesUs;

  private RobotsRules(List<Rule> specific, List<Rule> global, boolean namesUs) {
    this.specific = List.copyOf(specific);
    this.global = List.copyOf(global);
    this.namesUs = namesUs;
  }

  /**
   * Compiles {@code body} for a crawler calling itself by any of {@code agents} (product tokens,
   * compared case-insensitively), copying Crawl-delay and sitemaps from {@code parsed}.
   */
  public static RobotsRules fromContent(byte[] body, List<String> agents, BaseRobotRules parsed) {
    RobotsRules r = compile(body, agents);
    if (parsed != null) {
      r.setCrawlDelay(parsed.getCrawlDelay());
      parsed.getSitemaps().forEach(r::addSitemap);
    }
    return r;
  }

  /** Compiles {@code body} for {@code agents}; no Crawl-delay. */
  public static RobotsRules compile(byte[] body, List<String> agents) {
    Compiler c = new Compiler(agents);
    RobotsTxtLexer.lex(body, c);
    return new RobotsRules(c.specific, c.global, c.everSpecific);
  }

  /** Whether {@code url} (absolute and percent-encoded, or a path) may be fetched. */
  @Override
  public boolean isAllowed(String url) {
    String path = RobotsPaths.pathParamsQuery(url);
    int[] s = best(specific, path);
    if (s[0] > 0 || s[1] > 0) {
      return s[1] <= s[0];
    }
    if (namesUs) {
      return true; // our group has no rule for this path (or only empty ones): allowed
    }
    int[] g = best(global, path);
    if (g[0] > 0 || g[1] > 0) {
      return g[1] <= g[0];
    }
    return true;
  }

  @Override
  public boolean isAllowed(URL url) {
    return isAllowed(url.toString());
  }

  /** {allow priority, disallow priority}: the longest matching pattern of each kind, -1 if none. */
  private static int[] best(List<Rule> rules, String path) {
    int[] p = {-1, -1};
    for (Rule r : rules) {
      int i = r.allow() ? 0 : 1;
      if (r.pattern().length() > p[i] && RobotsPaths.matches(path, r.pattern())) {
        p[i] = r.pattern().length();
      }
    }
    return p;
  }

  @Override
  public boolean isAllowAll() {
    return specific.stream().noneMatch(r -> !r.allow() && !r.pattern().isEmpty())
        && (namesUs || global.stream().noneMatch(r -> !r.allow() && !r.pattern().isEmpty()));
  }

  @Override
  public boolean isAllowNone() {
    return !isAllowed("/") && (namesUs ? specific : global).stream().allMatch(r -> !r.allow() || r.pattern().isEmpty());
  }

  /** Walks the directives once, sorting the rules that concern us into specific and global. */
  private static final class Compiler implements RobotsTxtLexer.Handler {
    private final List<String> agents;
    final List<Rule> specific = new ArrayList<>();
    final List<Rule> global = new ArrayList<>();
    boolean everSpecific;
    private boolean seenGlobal;
    private boolean seenSpecific;
    private boolean seenRule;

    Compiler(List<String> agents) {
      this.agents = agents;
    }

    @Override
    public void directive(int line, RobotsTxtLexer.Key key, String rawKey, String value) {
      switch (key) {
        case USER_AGENT:
          userAgent(value);
          break;
        case ALLOW:
        case DISALLOW:
          if (!seenGlobal && !seenSpecific) {
            return; // a rule before any User-agent line belongs to no group
          }
          seenRule = true;
          boolean allow = key == RobotsTxtLexer.Key.ALLOW;
          List<Rule> target = seenSpecific ? specific : global;
          target.add(new Rule(allow, value));
          if (allow) {
            indexHtmlAsDirectory(value, target);
          }
          break;
        default:
          break; // Sitemap, Crawl-delay and unknown lines neither end a group nor add rules
      }
    }

    private void userAgent(String value) {
      if (seenRule) {
        // a User-agent line after rules starts a new group
        seenGlobal = false;
        seenSpecific = false;
        seenRule = false;
      }
      // "* anything" still counts as the global group, as in Google's parser
      if (value.startsWith("*") && (value.length() == 1 || Character.isWhitespace(value.charAt(1)))) {
        seenGlobal = true;
        return;
      }
      String token = RobotsPaths.productToken(value);
      for (String a : agents) {
        if (RobotsPaths.equalsIgnoreCase(token, a)) {
          seenSpecific = true;
          everSpecific = true;
          return;
        }
      }
    }

    /**
     * Google-specific: {@code Allow: /dir/index.html} also allows {@code /dir/}. Added as an
     * extra {@code /dir/$} rule; being shorter, it never outranks the original pattern.
     */
    private static void indexHtmlAsDirectory(String value, List<Rule> target) {
      int slash = value.lastIndexOf('/');
      if (slash >= 0 && value.startsWith("/index.htm", slash)) {
        target.add(new Rule(true, value.substring(0, slash + 1) + "$"));
      }
    }
  }
}
