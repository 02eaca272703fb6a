package org.zhengbing.calendar.workday;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.internal.YamlTree;
import org.zhengbing.core.internal.YamlTree.ListNode;
import org.zhengbing.core.internal.YamlTree.MapNode;
import org.zhengbing.core.internal.YamlTree.Node;
import org.zhengbing.core.internal.YamlTree.Scalar;
import org.zhengbing.core.time.DateSpan;

/**
 * Reads holiday data files ({@code zhengbing-holidays/1}); strict: unknown keys, missing keys, bad dates and
 * inconsistent notices are rejected with the file, line and column.
 */
final class HolidayFileReader {

  static final String FORMAT = "zhengbing-holidays/1";
  private static final Set<String> TOP = Set.of("format", "notices");
  private static final Set<String> NOTICE = Set.of("year", "document", "number", "issuer", "date", "url", "note",
      "holidays", "working_days");
  private static final Set<String> HOLIDAY = Set.of("name", "from", "to", "note");
  private static final Set<String> TEXT = Set.of("zh", "en");

  private final String file;

  private HolidayFileReader(String file) {
    this.file = file;
  }

  static ImmutableList<HolidayNotice> read(InputStream in, String file) {
    Node root;
    try {
      root = YamlTree.read(in);
    } catch (YamlTree.Problem p) {
      throw new HolidayFileException(file, p.line(), p.column(), p.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday data " + file, e);
    }
    return new HolidayFileReader(file).notices(root);
  }

  private ImmutableList<HolidayNotice> notices(Node root) {
    MapNode top = map(root, "a holiday data file");
    checkKeys(top, TOP, "holiday data file");
    Node format = require(top, "format", "holiday data file");
    if (!text(format, "format").equals(FORMAT)) {
      throw error(format, "format must be '" + FORMAT + "', but was '" + text(format, "format") + "'");
    }
    ListNode list = list(require(top, "notices", "holiday data file"), "notices");
    ImmutableList.Builder<HolidayNotice> out = ImmutableList.builder();
    for (Node n : list.items()) {
      out.add(notice(map(n, "a notice")));
    }
    return out.build();
  }

  private HolidayNotice notice(MapNode m) {
    checkKeys(m, NOTICE, "notice");
    Node yearNode = require(m, "year", "notice");
    int year;
    if (!(yearNode instanceof Scalar) || ((Scalar) yearNode).kind() != YamlTree.ScalarKind.INTEGER
        || !((Scalar) yearNode).text().matches("\\d{4}")) {
      throw error(yearNode, "notice year must be a four-digit year, but was " + yearNode.describe());
    }
    year = Integer.parseInt(((Scalar) yearNode).text());
    String what = "notice of " + year;
    String number = text(require(m, "number", what), "number");
    Citation.Builder c = Citation.builder()
        .document(text(require(m, "document", what), "document") + "（" + number + "）")
        .issuer(text(require(m, "issuer", what), "issuer"))
        .date(date(require(m, "date", what), "date"));
    Node url = m.get("url");
    if (url != null) {
      c.url(text(url, "url"));
    }
    Node note = m.get("note");
    if (note != null) {
      c.note(text(note, "note"));
    }
    HolidayNotice.Builder b = HolidayNotice.builder().year(year).documentNumber(number).citation(c.build());
    for (Node h : list(require(m, "holidays", what), "holidays of " + year).items()) {
      b.addHolidays(holiday(map(h, "a holiday of " + year), year));
    }
    Node working = m.get("working_days");
    if (working != null) {
      for (Node d : list(working, "working_days of " + year).items()) {
        b.addAdjustedWorkingDays(date(d, "adjusted working day of " + year));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(m, e.getMessage());
    }
  }

  private Holiday holiday(MapNode m, int year) {
    checkKeys(m, HOLIDAY, "holiday of " + year);
    MapNode name = map(require(m, "name", "holiday of " + year), "holiday name");
    checkKeys(name, TEXT, "holiday name");
    LocalizedText label;
    try {
      label = LocalizedText.of(text(require(name, "zh", "holiday name"), "zh"),
          text(require(name, "en", "holiday name"), "en"));
    } catch (IllegalArgumentException e) {
      throw error(name, e.getMessage());
    }
    Node fromNode = require(m, "from", "holiday " + label.zh());
    LocalDate from = date(fromNode, "from");
    LocalDate to = date(require(m, "to", "holiday " + label.zh()), "to");
    if (to.isBefore(from)) {
      throw error(fromNode, "holiday " + label.zh() + " must not end before it starts, but was " + from + " to " + to);
    }
    Node note = m.get("note");
    DateSpan span = DateSpan.ofClosed(from, to);
    return note == null ? Holiday.of(label, span) : Holiday.of(label, span, text(note, "note"));
  }

  private HolidayFileException error(Node node, String message) {
    return new HolidayFileException(file, node.line(), node.column(), message);
  }

  private MapNode map(Node node, String what) {
    if (!(node instanceof MapNode)) {
      throw error(node, what + " must be a mapping of keys to values, but was " + node.describe());
    }
    return (MapNode) node;
  }

  private ListNode list(Node node, String what) {
    if (!(node instanceof ListNode)) {
      throw error(node, what + " must be a list, but was " + node.describe());
    }
    return (ListNode) node;
  }

  private Node require(MapNode m, String key, String what) {
    @Nullable Node n = m.get(key);
    if (n == null) {
      throw error(m, what + " must have '" + key + "', but has none");
    }
    return n;
  }

  private void checkKeys(MapNode m, Set<String> allowed, String what) {
    for (Map.Entry<String, Node> e : m.values().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        YamlTree.Key k = m.key(e.getKey());
        throw new HolidayFileException(file, k.line(), k.column(), "unknown key '" + e.getKey() + "' in " + what
            + "; allowed keys are " + allowed.stream().sorted().toList());
      }
    }
  }

  private String text(Node node, String what) {
    if (!(node instanceof Scalar) || ((Scalar) node).kind() == YamlTree.ScalarKind.NULL
        || ((Scalar) node).text().isBlank()) {
      throw error(node, what + " must be a text, but was " + node.describe());
    }
    return ((Scalar) node).text().trim();
  }

  private LocalDate date(Node node, String what) {
    String t = text(node, what);
    try {
      if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not an ISO date", t, 0);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw error(node, what + " must be a date such as 2023-01-21, but was '" + t + "'");
    }
  }
}
