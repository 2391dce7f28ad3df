package jiken.indexer.cases;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of a connection that keeps its prepared statements open for reuse, for the index run's
 * transactions: applying a batch runs the same dozen statements for each of its articles, and
 * SQLite's prepare was a tenth of that thread's time. Code keeps writing
 * {@code try (PreparedStatement ps = c.prepareStatement(sql))}: closing returns the statement to
 * the cache. A statement still open when the same SQL is prepared again (a nested use) is not
 * shared: the nested call gets a fresh one. {@link #close()} closes every cached statement, never
 * the connection. Only {@code prepareStatement(String)} is cached. Not thread-safe: one per
 * transaction, on the thread that runs it.
 */
final class CachedStatements implements AutoCloseable {
  private final Connection real;
  private final Connection view;
  private final Map<String, List<Entry>> cache = new HashMap<>();

  private static final class Entry {
    final PreparedStatement real;
    final PreparedStatement view;
    boolean inUse;

    Entry(PreparedStatement real, PreparedStatement view) {
      this.real = real;
      this.view = view;
    }
  }

  CachedStatements(Connection real) {
    this.real = real;
    this.view = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        this::onConnection);
  }

  /** The connection to hand to code that prepares statements. */
  Connection connection() {
    return view;
  }

  private Object onConnection(Object proxy, Method m, Object[] args) throws Throwable {
    if (m.getName().equals("prepareStatement") && args != null && args.length == 1) {
      return statement((String) args[0]);
    }
    if (m.getName().equals("close")) {
      return null; // the connection belongs to the transaction, not to the code it was handed to
    }
    return invoke(real, m, args);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    List<Entry> entries = cache.computeIfAbsent(sql, s -> new ArrayList<>(1));
    for (Entry e : entries) {
      if (!e.inUse) {
        e.inUse = true;
        e.real.clearParameters();
        return e.view;
      }
    }
    PreparedStatement ps = real.prepareStatement(sql);
    Entry[] holder = new Entry[1];
    InvocationHandler h = (proxy, m, args) -> {
      if (m.getName().equals("close")) {
        holder[0].inUse = false;
        holder[0].real.clearBatch();
        return null;
      }
      if (m.getName().equals("isClosed")) {
        return !holder[0].inUse;
      }
      return invoke(ps, m, args);
    };
    PreparedStatement view = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, h);
    Entry e = new Entry(ps, view);
    holder[0] = e;
    e.inUse = true;
    entries.add(e);
    return view;
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (List<Entry> entries : cache.values()) {
      for (Entry e : entries) {
        try {
          e.real.close();
        } catch (SQLException ex) {
          first = first == null ? ex : first;
        }
      }
    }
    cache.clear();
    if (first != null) {
      throw first;
    }
  }
}
