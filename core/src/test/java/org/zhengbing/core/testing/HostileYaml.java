package org.zhengbing.core.testing;

import static org.zhengbing.core.testing.CoreGenerators.pick;

import com.google.common.collect.ImmutableList;
import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile and broken policy documents, for checking that a YAML reader rejects everything it cannot read with
 * its own located exception and nothing else: systematic truncations and wrong values of valid seed documents,
 * random stacked mutations of them (byte flips, invalid UTF-8, BOMs, NUL bytes, tabs, duplicated and shuffled
 * lines, anchors and aliases, extra documents), and documents built to be hostile (deep nesting, alias bombs, huge
 * numbers, very long strings, many nodes, empty and whitespace-only documents).
 *
 * <p>Random choices come from one {@code long} drawn from QuickTheories, so a failure prints a recipe and the
 * replay seed ({@code mvn test -Dqt.seed=...}) reproduces it.
 *
 * <pre>{@code
 * qt().forAll(HostileYaml.mutationsOf(seeds)).checkAssert(doc -> read(doc.bytes()));
 * }</pre>
 */
public final class HostileYaml {

  private HostileYaml() {}

  /** A document to feed a reader, with the recipe that made it. */
  public static final class Document {
    private final String recipe;
    private final byte[] bytes;
    private final @Nullable String expectedProblem;
    private final boolean expectedValid;

    Document(String recipe, byte[] bytes) {
      this(recipe, bytes, null, false);
    }

    private Document(String recipe, byte[] bytes, @Nullable String expectedProblem, boolean expectedValid) {
      this.recipe = recipe;
      this.bytes = bytes;
      this.expectedProblem = expectedProblem;
      this.expectedValid = expectedValid;
    }

    /**
     * Returns this document, known to be rejected with a problem containing a fragment.
     *
     * @param fragment  part of the problem, empty if any rejection will do, not null
     * @return the document, never null
     */
    public Document expectingProblem(String fragment) {
      return new Document(recipe, bytes, fragment, false);
    }

    /**
     * Returns this document, known to be valid.
     *
     * @return the document, never null
     */
    public Document expectingValid() {
      return new Document(recipe, bytes, null, true);
    }

    /**
     * Returns part of the problem the reader must report, if the document is known to be invalid.
     *
     * @return the fragment (empty if any problem will do), or empty if nothing is known
     */
    public Optional<String> expectedProblem() {
      return Optional.ofNullable(expectedProblem);
    }

    /**
     * Returns true if the reader must accept the document.
     *
     * @return whether the document is known to be valid
     */
    public boolean expectedValid() {
      return expectedValid;
    }

    /**
     * Obtains a document from text, encoded as UTF-8.
     *
     * @param recipe  how the document was made, not null
     * @param text  the text, not null
     * @return the document, never null
     */
    public static Document ofText(String recipe, String text) {
      return new Document(recipe, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Obtains a document from bytes.
     *
     * @param recipe  how the document was made, not null
     * @param bytes  the bytes, not null
     * @return the document, never null
     */
    public static Document ofBytes(String recipe, byte[] bytes) {
      return new Document(recipe, bytes.clone());
    }

    /**
     * Reads a resource of the class path as a seed document.
     *
     * @param anchor  the class to resolve the resource against, not null
     * @param resource  the resource name, not null
     * @return the document, never null
     */
    public static Document ofResource(Class<?> anchor, String resource) {
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("resource must exist, but " + resource + " does not");
        }
        return new Document(resource, ByteStreams.toByteArray(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Returns how the document was made. @return the recipe */
    public String recipe() {
      return recipe;
    }

    /** Returns a copy of the bytes. @return the bytes */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** Returns the number of bytes. @return the length */
    public int length() {
      return bytes.length;
    }

    /** Returns the text, invalid UTF-8 replaced by U+FFFD. @return the text */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    Document then(String step, byte[] newBytes) {
      return new Document(recipe + " | " + step, newBytes);
    }

    Document thenText(String step, String newText) {
      return then(step, newText.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      String text = text();
      String preview = text.length() > 300 ? text.substring(0, 300) + "..." : text;
      StringBuilder escaped = new StringBuilder();
      preview.codePoints().forEach(c -> {
        if (c == '\n') {
          escaped.append("\\n\n");
        } else if (c < 0x20 || c == 0x7F || c == 0xFFFD || c == 0xFEFF) {
          escaped.append(String.format(Locale.ROOT, "\\u%04X", c));
        } else {
          escaped.appendCodePoint(c);
        }
      });
      return "[" + recipe + "] " + bytes.length + " bytes:\n" + escaped;
    }
  }

  // ------------------------------------------------------------------------------------------------ locations

  /**
   * Returns true if a reported position lies within the document: line and column both 0 (unknown), or a 1-based
   * line of the document and a column at most one past that line's last character. Lines are split at line feeds
   * (as the reader counts them) or at every YAML line break (CR, LF, NEL, LS, PS, as SnakeYAML counts them); the
   * position must fit one of the two; invalid UTF-8 counts as one character per bad byte or fewer.
   *
   * @param bytes  the document, not null
   * @param line  the reported line
   * @param column  the reported column
   * @return whether the position is plausible
   */
  public static boolean isWithin(byte[] bytes, int line, int column) {
    if (line == 0 && column == 0) {
      return true;
    }
    if (line < 1 || column < 1) {
      return false;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return fits(text, line, column, false) || fits(text, line, column, true);
  }

  /** Whether the 1-based line exists and is at least {@code column - 1} characters long. */
  private static boolean fits(String text, int line, int column, boolean everyBreak) {
    int current = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean lineBreak = c == '\n' || (everyBreak && (c == '\r' || c == '\u0085' || c == '\u2028'
          || c == '\u2029'));
      if (!lineBreak) {
        continue;
      }
      if (current == line) {
        return column <= i - start + 1;
      }
      if (everyBreak && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      current++;
      start = i + 1;
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------ hostile parts

  /** Values that are wrong for most fields: other types, empty, huge, malformed, tagged, anchored, aliased. */
  public static final ImmutableList<String> WRONG_VALUES = ImmutableList.of(
      "", "~", "null", "[]", "{}", "[1, 2]", "{a: 1}", "{zh: 中, en: x}", "true", "no", "0", "-1", "-0", "1.5",
      "-12.345", "1e400", "-1e-400", "1E+2147483647", ".inf", "-.inf", ".nan", "0x1F", "0o17", "0b101", "1_000",
      "+12", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1000000000000.01",
      "1000000000000", "1000000000001", "99999999999999999999", "9".repeat(65), "9".repeat(4000),
      "'" + "9".repeat(4000) + "'", "0." + "0".repeat(70) + "1", "'" + "1".repeat(70) + "%'", "60%", "'60%'",
      "'%'", "'-5%'", "'1e3%'", "'60 %'", "'60%%'", "2024-13-45", "2024-02-30", "'2024-02-29'", "0000-01-01",
      "'+999999999-12-31'", "1899-12-31", "2201-01-01", "'2200-12-31'", "'99-99'", "'02-29'", "'02-30..03-01'",
      "'12-01@-5..02-10'", "'12-01@-1..02-10'", "'03-31..02-15'", "'2024-01-01/2023-01-01'",
      "'1000-01-01/9999-12-31'", "'2024-01-01/2024-12-31'", "'2024-01-01/'", "!!binary aGVsbG8=", "!!int abc",
      "!!float x", "!!str 12", "!custom 1", "!!set {a, b}", "!!omap [a: 1]", "&anchor 1", "*anchor", "*undefined",
      "|\n  literal\n  block", ">\n  folded", "\"\\u0000\"", "\"\\uD800\"", "\"\\x80\"", "\"\\N\\_\\L\\P\"",
      "'\t'", "\"" + "x".repeat(70_000) + "\"", "'" + "征".repeat(20_000) + "'", "ILLUSTRATIVE", "HIGH",
      "national", "NATIONAL", "000000", "'000000'", "110000", "'110000'", "'5001'", "'500116001001'",
      "'710000'", "zhengbing-policy/2", "money", "table<merit, rate>", "table<nope, rate>", "enum<>", "list<list>",
      "'enum<merit>'", "s", "undefined-source", "ftp://x", "'http://a b'", "'https://example.org/征兵'",
      "[" .repeat(40) + "]".repeat(40), "{a: ".repeat(40) + "1" + "}".repeat(40), "? a", "- x", ": x", "# c",
      "'unterminated", "\"unterminated", "[unclosed", "{unclosed", "a: b: c", "'It''s'", "\"\\\"\"");

  /** Byte sequences that are not valid UTF-8, or are valid but unwelcome (BOMs, NUL, controls, line breaks). */
  public static final ImmutableList<byte[]> HOSTILE_BYTES = ImmutableList.of(
      bytes(0xEF, 0xBB, 0xBF), bytes(0xFE, 0xFF), bytes(0xFF, 0xFE), bytes(0x00, 0x00, 0xFE, 0xFF), bytes(0x00),
      bytes(0x09), bytes(0x0D), bytes(0x0D, 0x0A), bytes(0x0C), bytes(0x1B), bytes(0x7F), bytes(0x80), bytes(0xBF),
      bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xC3), bytes(0xE4, 0xB8), bytes(0xED, 0xA0, 0x80),
      bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80),
      bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFE), bytes(0xFF), bytes(0xC2, 0x85), bytes(0xE2, 0x80, 0xA8),
      bytes(0xE2, 0x80, 0xA9), bytes(0xEF, 0xBF, 0xBE), bytes(0xEF, 0xBF, 0xBF), bytes(0xF0, 0x9F, 0x98, 0x80));

  private static final int[] INTERESTING_BYTES = {0x00, 0x09, 0x0A, 0x0D, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27,
      0x2A, 0x2C, 0x2D, 0x2E, 0x3A, 0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x60, 0x7B, 0x7C, 0x7D, 0x7F, 0x80, 0xBF,
      0xC0, 0xC1, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF};

  /** Fragments inserted at the start of a line: YAML features a policy file must not use or cannot mean. */
  private static final ImmutableList<String> FRAGMENTS = ImmutableList.of(
      "---\n", "...\n", "--- |\n  text\n", "%YAML 1.1\n---\n", "%YAML 2.0\n---\n", "%TAG ! tag:x,2000:\n---\n",
      "&a key: value\n", "key: &a value\n", "other: *a\n", "*a : value\n", "<<: {region: national}\n",
      "<<: *a\n", "? [a, b]\n: c\n", "? {a: b}\n: c\n", "? complex\n: value\n", "!!map {a: 1}\n",
      "key: !!binary aGVsbG8=\n", "- item\n", "key: value\n", "key: value\nkey: value\n", "region: national\n",
      "parameters:\n", "# comment\n", "\t\n", "\ttab: indented\n", "key:\tvalue\n", "key: [a,\tb]\n",
      "key: \"a\tb\"\n", "  \n", "\n\n\n", "\u00a0: nbsp\n", "\ufeff\n", "\u2028\n", "\u0085\n", "key: '\u0000'\n");

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  // ------------------------------------------------------------------------------------------------ systematic

  private static final Pattern FIELD = Pattern.compile("(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]{0,80}):[ \t]+");

  /**
   * Returns the document cut at every kind of boundary: before and after every line break, after every YAML
   * indicator ({@code : , { } [ ] " ' - # & * ! | > %}), and inside every multi-byte UTF-8 character of the
   * first {@code maxCharacters} such characters.
   *
   * @param seed  the document, not null
   * @param maxCharacters  how many multi-byte characters to cut inside
   * @return the truncated documents, without duplicates, never null
   */
  public static List<Document> truncations(Document seed, int maxCharacters) {
    byte[] b = seed.bytes;
    Set<Integer> cuts = new LinkedHashSet<>();
    cuts.add(0);
    int multibyte = 0;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == '\n') {
        cuts.add(i);
        cuts.add(i + 1);
      } else if (":,{}[]\"'-#&*!|>%".indexOf(c) >= 0) {
        cuts.add(i + 1);
      } else if (c >= 0xC0 && multibyte < maxCharacters) {
        multibyte++;
        for (int j = i + 1; j < b.length && (b[j] & 0xC0) == 0x80; j++) {
          cuts.add(j);
        }
      }
    }
    List<Document> out = new ArrayList<>();
    for (int cut : cuts) {
      if (cut < b.length) {
        out.add(seed.then("truncated at byte " + cut, Arrays.copyOf(b, cut)));
      }
    }
    return out;
  }

  /**
   * Returns the document with every field's value ({@code key: value}, in block or flow style) replaced in turn
   * by wrong values: field {@code i} gets {@code perField} values of {@link #WRONG_VALUES} starting at
   * {@code i * perField}, so every field and every wrong value are used.
   *
   * @param seed  a valid document, not null
   * @param perField  how many wrong values each field gets
   * @return the documents, never null
   */
  public static List<Document> wrongValues(Document seed, int perField) {
    String text = seed.text();
    List<Document> out = new ArrayList<>();
    Matcher m = FIELD.matcher(text);
    int field = 0;
    while (m.find()) {
      int start = m.end();
      int end = valueEnd(text, start);
      String key = m.group(1);
      for (int k = 0; k < perField; k++) {
        String wrong = WRONG_VALUES.get((field * perField + k) % WRONG_VALUES.size());
        out.add(seed.thenText("value of '" + key + "' at char " + start + " := " + abbreviate(wrong),
            text.substring(0, start) + wrong + text.substring(end)));
      }
      field++;
    }
    return out;
  }

  /** The end of a value starting at {@code start}: the end of the line, or in a flow collection its ',' or '}'. */
  private static int valueEnd(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int depth = 0;
    for (int i = lineStart; i < start; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && depth > 0) {
        depth--;
      }
    }
    int nested = 0;
    char quote = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\n') {
          return i;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '\n' || (c == '#' && i > start && text.charAt(i - 1) == ' ')) {
        return i;
      } else if (depth > 0 && (c == '{' || c == '[')) {
        nested++;
      } else if (depth > 0 && (c == '}' || c == ']')) {
        if (nested == 0) {
          return i;
        }
        nested--;
      } else if (depth > 0 && c == ',' && nested == 0) {
        return i;
      }
    }
    return text.length();
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0");
    return one.length() > 40 ? one.substring(0, 20) + "...(" + one.length() + " chars)" : one;
  }

  // ------------------------------------------------------------------------------------------------ random

  /**
   * Random stacked mutations (one to four) of seed documents.
   *
   * @param seeds  the documents to mutate, not empty
   * @return the generator, never null
   */
  public static Gen<Document> mutationsOf(List<Document> seeds) {
    List<Document> copy = ImmutableList.copyOf(seeds);
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> {
      Random random = new Random(seed);
      Document doc = copy.get(random.nextInt(copy.size()));
      doc = new Document("seed " + seed + ": " + doc.recipe, doc.bytes);
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        doc = mutate(doc, random);
      }
      return doc;
    });
  }

  static Document mutate(Document doc, Random random) {
    byte[] b = doc.bytes;
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    switch (random.nextInt(13)) {
      case 0: {
        if (b.length == 0) {
          return doc;
        }
        byte[] c = b.clone();
        int i = Math.min(at, b.length - 1);
        int bit = random.nextInt(8);
        c[i] ^= (byte) (1 << bit);
        return doc.then("flip bit " + bit + " of byte " + i, c);
      }
      case 1: {
        if (b.length == 0) {
          return doc;
        }
        byte[] c = b.clone();
        int i = Math.min(at, b.length - 1);
        int v = INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
        c[i] = (byte) v;
        return doc.then(String.format(Locale.ROOT, "set byte %d to 0x%02X", i, v), c);
      }
      case 2: {
        byte[] ins = HOSTILE_BYTES.get(random.nextInt(HOSTILE_BYTES.size()));
        return doc.then("insert " + hex(ins) + " at byte " + at, splice(b, at, at, ins));
      }
      case 3: {
        int len = 1 + random.nextInt(64);
        int end = Math.min(b.length, at + len);
        return doc.then("delete bytes " + at + ".." + end, splice(b, at, end, new byte[0]));
      }
      case 4:
        return doc.then("truncate at byte " + at, Arrays.copyOf(b, at));
      case 5:
        return lines(doc, random, "duplicate line", (lines, i, r) -> lines.add(i, lines.get(i)));
      case 6:
        return lines(doc, random, "swap lines", (lines, i, r) -> {
          int j = r.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
        });
      case 7:
        return lines(doc, random, "reindent line", (lines, i, r) -> {
          String line = lines.get(i);
          int choice = r.nextInt(4);
          lines.set(i, choice == 0 ? "\t" + line : choice == 1 ? " ".repeat(1 + r.nextInt(4)) + line
              : choice == 2 ? line.stripLeading() : line.replaceFirst("^ {1,4}", ""));
        });
      case 8: {
        String text = doc.text();
        Matcher m = FIELD.matcher(text);
        List<int[]> fields = new ArrayList<>();
        while (m.find()) {
          fields.add(new int[] {m.end(), valueEnd(text, m.end())});
        }
        if (fields.isEmpty()) {
          return doc;
        }
        int[] f = fields.get(random.nextInt(fields.size()));
        String wrong = WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
        return doc.thenText("value at char " + f[0] + " := " + abbreviate(wrong),
            text.substring(0, f[0]) + wrong + text.substring(f[1]));
      }
      case 9:
        return lines(doc, random, "insert fragment", (lines, i, r) -> {
          String line = lines.get(i);
          String indent = line.substring(0, line.length() - line.stripLeading().length());
          String fragment = FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
          for (String f : fragment.split("\n", -1)) {
            if (!f.isEmpty()) {
              lines.add(i++, indent + f);
            }
          }
        });
      case 10: {
        String text = doc.text();
        return doc.thenText("append a second document", text + (text.endsWith("\n") ? "" : "\n") + "---\n"
            + text);
      }
      case 11:
        return lines(doc, random, "copy a block of lines", (lines, i, r) -> {
          int len = 1 + r.nextInt(Math.min(20, lines.size()));
          List<String> block = new ArrayList<>(lines.subList(i, Math.min(lines.size(), i + len)));
          lines.addAll(r.nextInt(lines.size() + 1), block);
        });
      default: {
        String hostile = hostileScalar(random);
        return doc.thenText("insert " + abbreviate(hostile) + " at char", insertAtChar(doc.text(), random,
            hostile));
      }
    }
  }

  private static String insertAtChar(String text, Random random, String s) {
    int i = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return text.substring(0, i) + s + text.substring(i);
  }

  private static String hostileScalar(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return "9".repeat(1 + random.nextInt(200));
      case 1:
        return "x".repeat(1 + random.nextInt(80_000));
      case 2:
        return "[".repeat(random.nextInt(600));
      case 3:
        return "{a: ".repeat(random.nextInt(100));
      default:
        return WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size()));
    }
  }

  private interface LineEdit {
    void apply(List<String> lines, int index, Random random);
  }

  private static Document lines(Document doc, Random random, String what, LineEdit edit) {
    List<String> lines = new ArrayList<>(Arrays.asList(doc.text().split("\n", -1)));
    int i = random.nextInt(lines.size());
    edit.apply(lines, i, random);
    return doc.thenText(what + " " + (i + 1), String.join("\n", lines));
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] out = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(b, to, out, from + insert.length, b.length - to);
    return out;
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format(Locale.ROOT, "%02X", x & 0xFF));
    }
    return s.toString();
  }

  // ------------------------------------------------------------------------------------------------ generated

  /** The parameter types a generated document's one parameter may have, with a valid value of each. */
  private static final ImmutableList<String[]> TYPED_VALUES = ImmutableList.<String[]>builder().add(
      new String[] {"money", "9300"}, new String[] {"rate", "'60%'"}, new String[] {"integer", "45"},
      new String[] {"decimal", "2.5"}, new String[] {"date", "2024-09-01"}, new String[] {"month_day", "'03-01'"},
      new String[] {"date_span", "'2023-02-15/2023-03-31'"}, new String[] {"annual_window", "'12-01@-1..02-10'"},
      new String[] {"boolean", "true"}, new String[] {"text", "{zh: 文本, en: text}"},
      new String[] {"enum<e>", "c1"}, new String[] {"table<e, rate>", "{c1: '5%', c2: '10%'}"},
      new String[] {"list<integer>", "[1, 2, 3]"}).build();

  /**
   * A valid policy document with one parameter of the given type, whose value is {@code value}.
   *
   * @param type  the type as written, not null
   * @param value  the value as written, not null
   * @return the text, never null
   */
  public static String skeleton(String type, String value) {
    return skeletonHead(type) + value + SKELETON_TAIL;
  }

  private static final String SKELETON_TAIL = "\n        confidence: LEGAL_TEXT\n        citation: s\n";

  private static String skeletonHead(String type) {
    return "format: zhengbing-policy/1\n"
        + "region: national\n"
        + "sources:\n"
        + "  s: {document: 文件, issuer: 机关}\n"
        + "enums:\n"
        + "  e:\n"
        + "    label: {zh: 枚举, en: enumeration}\n"
        + "    values: {c1: {zh: 甲, en: a}, c2: {zh: 乙, en: b}}\n"
        + "parameters:\n"
        + "  test.value:\n"
        + "    type: " + type + "\n"
        + "    label: {zh: 参数, en: parameter}\n"
        + "    values:\n"
        + "      - from: 2020-01-01\n"
        + "        value: ";
  }

  /**
   * Documents built to be hostile: deep nesting (flow and block, up to a thousand levels), alias bombs, anchors
   * and aliases, duplicate keys at every level, several documents, empty and whitespace-only documents, BOMs, NUL
   * bytes, invalid UTF-8, tabs, huge numbers in numeric fields, very long strings and keys, and documents with a
   * great many nodes or just over the size limit. Most are valid but for the one hostile part, so the reader gets
   * as far as it.
   *
   * @param maxBytes  the reader's document size limit, so that some documents exceed it
   * @param maxNodes  the reader's limit on the number of nodes, so that some documents exceed it
   * @return the generator, never null
   */
  public static Gen<Document> generated(int maxBytes, int maxNodes) {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> generate(seed, maxBytes, maxNodes));
  }

  static Document generate(long seed, int maxBytes, int maxNodes) {
    Random r = new Random(seed);
    String[] tv = TYPED_VALUES.get(r.nextInt(TYPED_VALUES.size()));
    String prefix = "generated " + seed + ": ";
    switch (r.nextInt(16)) {
      case 0: { // deep flow nesting as the value
        int depth = 20 + r.nextInt(1000);
        boolean map = r.nextBoolean();
        String v = map ? "{a: ".repeat(depth) + "1" + "}".repeat(depth) : "[".repeat(depth) + "1"
            + "]".repeat(depth);
        // the value is 5 levels below the root, its innermost scalar depth levels further
        Document d = Document.ofText(prefix + "flow nesting " + depth, skeleton(tv[0], v));
        return 5 + depth > 32 ? d.expectingProblem("nesting must be at most 32 levels deep") : d;
      }
      case 1: { // deep block nesting as the value
        int depth = 20 + r.nextInt(400);
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < depth; i++) {
          v.append('\n').append(" ".repeat(10 + 2 * i)).append(r.nextBoolean() ? "k: " : "- ");
        }
        v.append("1");
        Document d = Document.ofText(prefix + "block nesting " + depth, skeleton(tv[0], v.toString()));
        return 5 + depth > 32 ? d.expectingProblem("nesting must be at most 32 levels deep") : d;
      }
      case 2: { // billion laughs, before or inside the policy
        int levels = 2 + r.nextInt(9);
        int width = 2 + r.nextInt(9);
        StringBuilder bomb = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int i = 1; i <= levels; i++) {
          bomb.append("lol").append(i).append(": &lol").append(i).append(" [");
          for (int j = 0; j < width; j++) {
            bomb.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
          }
          bomb.append("]\n");
        }
        String text = r.nextBoolean() ? bomb + skeleton(tv[0], tv[1])
            : skeleton(tv[0], "\n" + bomb.toString().replaceAll("(?m)^", "          ").stripTrailing());
        return Document.ofText(prefix + "alias bomb " + width + "^" + levels, text)
            .expectingProblem("anchors (&lol0) are not allowed in policy files");
      }
      case 3: { // anchors and aliases in every position
        String[] variants = {"&a " + tv[1], "*a", "&a {zh: x, en: y}", "!!str &a x", "&a\n          - 1"};
        String v = variants[r.nextInt(variants.length)];
        String text = skeleton(tv[0], v);
        if (r.nextBoolean()) {
          text = text.replace("  s: {document", "  &s s: {document").replace("citation: s", "citation: *s");
        }
        return Document.ofText(prefix + "anchor or alias " + abbreviate(v), text)
            .expectingProblem(") are not allowed in policy files");
      }
      case 4: { // a duplicate key at some level
        String text = skeleton(tv[0], tv[1]);
        String[] lines = text.split("\n");
        int i = r.nextInt(lines.length);
        List<String> out = new ArrayList<>(Arrays.asList(lines));
        String dup = lines[i].startsWith("      - ") ? lines[i].replace("      - ", "        ") : lines[i];
        out.add(i + 1, dup);
        return Document.ofText(prefix + "duplicate of line " + (i + 1), String.join("\n", out) + "\n");
      }
      case 5: { // several documents
        String one = skeleton(tv[0], tv[1]);
        int n = 2 + r.nextInt(3);
        StringBuilder text = new StringBuilder(r.nextBoolean() ? "---\n" : "");
        for (int i = 0; i < n; i++) {
          text.append(i == 0 ? "" : r.nextBoolean() ? "---\n" : "...\n---\n").append(one);
        }
        if (r.nextBoolean()) {
          text.append("...\n");
        }
        return Document.ofText(prefix + n + " documents", text.toString())
            .expectingProblem("a file must hold one YAML document, but holds more");
      }
      case 6: { // empty, whitespace-only and comment-only documents
        String[] empties = {"", " ", "\n", "\n\n\n", "\t", "\t\n", "\r\n", "   \n  \n", "# only a comment\n",
            "---\n", "...\n", "--- \n...\n", "\ufeff", "\ufeff\n", "\ufeff# c\n", "\u00a0", "\u3000\n", "~\n",
            "null\n", "''\n", "\"\"\n", "---\n---\n", "%YAML 1.1\n---\n", "\u2028", "\u0085"};
        String e = empties[r.nextInt(empties.length)];
        return Document.ofText(prefix + "empty " + abbreviate(e), e).expectingProblem("");
      }
      case 7: { // BOMs
        byte[] text = skeleton(tv[0], tv[1]).getBytes(StandardCharsets.UTF_8);
        byte[][] boms = {bytes(0xEF, 0xBB, 0xBF), bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), bytes(0xFE, 0xFF),
            bytes(0xFF, 0xFE), bytes(0x00, 0x00, 0xFE, 0xFF), bytes(0xFF, 0xFE, 0x00, 0x00)};
        byte[] bom = boms[r.nextInt(boms.length)];
        int at = r.nextBoolean() ? 0 : r.nextInt(text.length + 1);
        return Document.ofBytes(prefix + "BOM " + hex(bom) + " at byte " + at, splice(text, at, at, bom));
      }
      case 8: { // NUL bytes
        byte[] text = skeleton(tv[0], tv[1]).getBytes(StandardCharsets.UTF_8);
        int at = r.nextInt(text.length + 1);
        return Document.ofBytes(prefix + "NUL at byte " + at, splice(text, at, at, bytes(0x00)))
            .expectingProblem(""); // U+0000, or invalid UTF-8 where it splits a character
      }
      case 9: { // invalid UTF-8
        byte[] text = skeleton(tv[0], tv[1]).getBytes(StandardCharsets.UTF_8);
        byte[] bad = HOSTILE_BYTES.get(r.nextInt(HOSTILE_BYTES.size()));
        int at = r.nextInt(text.length + 1);
        return Document.ofBytes(prefix + "bytes " + hex(bad) + " at byte " + at, splice(text, at, at, bad));
      }
      case 10: { // tabs
        String text = skeleton(tv[0], tv[1]);
        String[] variants = {text.replace("\n  ", "\n\t"), text.replace(": ", ":\t"), text.replace(", ", ",\t"),
            text.replace("\n    ", "\n  \t  "), text.replace("value: ", "value:\t"), "\t" + text,
            text.replace("c1: {zh", "c1:\t{zh")};
        int v = r.nextInt(variants.length);
        return Document.ofText(prefix + "tabs, variant " + v, variants[v]);
      }
      case 11: { // huge numbers in numeric fields
        String[] numeric = {"money", "integer", "decimal", "rate"};
        String type = numeric[r.nextInt(numeric.length)];
        int digits = r.nextInt(4) == 0 ? 1000 + r.nextInt(200_000) : 15 + r.nextInt(120);
        String number = "1".repeat(1) + "0".repeat(digits - 1);
        String[] shapes = {number, "-" + number, "0." + number, number + ".5", "'" + number + "'",
            "'" + number + "%'", "'0." + number + "%'", number + "e" + number.substring(0, Math.min(12, digits)),
            "1e" + digits};
        String v = shapes[r.nextInt(shapes.length)];
        Document d = Document.ofText(prefix + type + " with " + digits + " digits: " + abbreviate(v),
            skeleton(type, v));
        return digits > 64 || v.contains("e") ? d.expectingProblem("") : d;
      }
      case 12: { // very long strings and keys
        int length = 1000 + r.nextInt(100_000);
        String s = (r.nextBoolean() ? "x" : "征").repeat(length);
        String text = skeleton(tv[0], tv[1]);
        String[] variants = {text.replace("document: 文件", "document: " + s),
            text.replace("test.value:", "test." + s.replace('征', 'x') + ":"), text.replace("  s: {", "  " + s
                + ": {"), text.replace("zh: 参数", "zh: '" + s + "'"), "# " + s + "\n" + text,
            text.replace("value: " + tv[1], "value: \"" + s + "\"")};
        int v = r.nextInt(variants.length);
        Document d = Document.ofText(prefix + "long string of " + length + ", variant " + v, variants[v]);
        return length > 64 * 1024 && v != 4 ? d.expectingProblem("must be at most 65536 characters long") : d;
      }
      case 13: { // a great many nodes, or just over the node or size limit
        int kind = r.nextInt(32);
        boolean list = kind == 1 || r.nextBoolean();
        String item = list ? "1," : "\n          - 1";
        StringBuilder s = new StringBuilder(skeletonHead("list<integer>")).append(list ? "[" : "");
        if (kind == 0) { // just under or just over the size limit: rare, it is slow to build and read
          int target = r.nextBoolean() ? maxBytes - 64 - r.nextInt(1024) : maxBytes + 1 + r.nextInt(1024);
          while (s.length() < target - SKELETON_TAIL.length()) {
            s.append(item);
          }
        } else { // just over the node limit (a compact flow list), or many nodes within it
          int items = kind == 1 ? maxNodes + r.nextInt(100) : 1 + r.nextInt(3_000);
          s.append(item.repeat(items));
        }
        s.append(list ? "1]" : "").append(SKELETON_TAIL);
        return Document.ofText(prefix + (list ? "flow" : "block") + " list of " + s.length() + " characters",
            s.toString());
      }
      case 14: { // a valid document: the reader must accept it
        return Document.ofText(prefix + "valid " + tv[0], skeleton(tv[0], tv[1])).expectingValid();
      }
      default: { // a wrong value in the one parameter
        String v = WRONG_VALUES.get(r.nextInt(WRONG_VALUES.size()));
        return Document.ofText(prefix + tv[0] + " := " + abbreviate(v), skeleton(tv[0], v));
      }
    }
  }

  /**
   * Picks a document from a list; for a QuickTheories generator over fixed documents.
   *
   * @param documents  the documents, not empty
   * @return the generator, never null
   */
  public static Gen<Document> oneOf(List<Document> documents) {
    List<Document> copy = ImmutableList.copyOf(documents);
    return rs -> pick(rs, copy);
  }
}
