package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.internal.YamlTree;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.testing.HostileYaml;
import org.zhengbing.core.time.DateSpan;

/**
 * The reader's limits, each at its boundary: document size, nesting depth, node count, string and number length,
 * no anchors or aliases (so an alias bomb fails at its first anchor), and dates of date spans in 1900..2200.
 * Each limit is checked as the tree is built, so hostile input fails fast and memory stays bounded.
 */
class PolicyReaderLimitsTest {

  private static final String NAME = "limits.yaml";

  private static PolicyBook read(String yaml) {
    return PolicyBook.empty().withYaml(yaml, NAME);
  }

  private static PolicyBook read(byte[] bytes) {
    return PolicyReader.read(new ByteArrayInputStream(bytes), NAME, PolicyBook.empty());
  }

  /** The skeleton's value line is line 15; its value starts in column 16. */
  private static String withValue(String type, String value) {
    return HostileYaml.skeleton(type, value);
  }

  private static Datum valueOf(PolicyBook book) {
    return book.entries("test.value").get(0).value();
  }

  // ------------------------------------------------------------------------------------------ anchors and aliases

  @Test
  void billionLaughsFailsAtItsFirstAnchorAtOnce() {
    // ten levels of ten aliases each would expand to 10^10 strings if aliases were followed
    StringBuilder bomb = new StringBuilder("lol0: &lol0 \"lol\"\n");
    for (int i = 1; i <= 10; i++) {
      bomb.append("lol").append(i).append(": &lol").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*lol" + (i - 1)))).append("]\n");
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> read(bomb.toString()))
        .isInstanceOfSatisfying(PolicyFileException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(7);
          assertThat(e.problem()).isEqualTo("anchors (&lol0) are not allowed in policy files");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void anchorOnAScalarIsRejected() {
    // before the fix Jackson's parser hid a scalar's anchor and the reader accepted it
    assertThatThrownBy(() -> read("region: national\ndescription: &x text\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":2:14: anchors (&x) are not allowed in policy files");
    assertThatThrownBy(() -> read(withValue("rate", "&x '5%'")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: anchors (&x) are not allowed in policy files");
  }

  @Test
  void anchorOnAKeyIsRejected() {
    // before the fix an anchor on a key was silently accepted
    assertThatThrownBy(() -> read("&a region: national\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":1:1: anchors (&a) are not allowed in policy files");
  }

  @Test
  void aliasIsRejectedWhereItStands() {
    assertThatThrownBy(() -> read("region: national\ndescription: *x\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":2:14: aliases (*x) are not allowed in policy files");
  }

  // ------------------------------------------------------------------------------------------ size and nesting

  @Test
  void documentOfMaxBytesIsReadAndOneByteMoreIsRejectedUnparsed() {
    // a scalar that long would be over the string limit, so fill with comments
    StringBuilder s = new StringBuilder("region: national\n");
    String comment = "# " + "x".repeat(1000) + "\n";
    while (s.length() + comment.length() <= YamlTree.MAX_BYTES) {
      s.append(comment);
    }
    s.append("#".repeat(YamlTree.MAX_BYTES - s.length()));
    byte[] atLimit = s.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(atLimit).hasSize(YamlTree.MAX_BYTES);
    assertThat(read(atLimit).definitions()).isEmpty();

    byte[] over = (s + "#").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(over))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":0:0: document must be at most 4194304 bytes, but is larger");
  }

  @Test
  void nestingOfMaxDepthIsReadAndOneLevelMoreIsRejected() {
    // description is at depth 1 under the root; a flow list nested n deep puts its innermost value at depth n + 1
    String ok = "region: national\nx: " + "[".repeat(YamlTree.MAX_DEPTH - 1) + "1" + "]".repeat(YamlTree.MAX_DEPTH - 1)
        + "\n";
    assertThatThrownBy(() -> read(ok)).isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("unknown key 'x'");
    String deep = "region: national\nx: " + "[".repeat(YamlTree.MAX_DEPTH) + "1" + "]".repeat(YamlTree.MAX_DEPTH)
        + "\n";
    // the innermost scalar '1' is the 33rd level below the root: line 2, column 4 + 32
    assertThatThrownBy(() -> read(deep))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":2:36: nesting must be at most 32 levels deep, but is deeper");
  }

  @Test
  void nestingHundredsOfLevelsDeepFailsFastWithoutStackOverflow() {
    String flow = "region: national\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    StringBuilder block = new StringBuilder("region: national\nx:\n");
    for (int i = 1; i <= 500; i++) {
      block.append(" ".repeat(i)).append("- \n");
    }
    long start = System.nanoTime();
    assertThatThrownBy(() -> read(flow)).isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("nesting must be at most 32 levels deep");
    assertThatThrownBy(() -> read(block.toString())).isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("nesting must be at most 32 levels deep");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void documentOfMaxNodesIsReadAndOneNodeMoreIsRejected() {
    // nodes: the root map, 'region', the list under 'x', and its items
    int items = YamlTree.MAX_NODES - 3;
    String ok = "region: national\nx: [" + "1,".repeat(items - 1) + "1]\n";
    assertThatThrownBy(() -> read(ok)).isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":2:1: unknown key 'x' in policy file (allowed: description, enums, format, parameters, "
            + "region, sources)");
    String over = "region: national\nx: [" + "1,".repeat(items) + "1]\n";
    // the first node over the limit is the last item: column 5 + 2 * items
    assertThatThrownBy(() -> read(over))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":2:" + (5 + 2 * items) + ": a document must have at most 200000 values, but has more");
  }

  @Test
  @Tag("stress") // allocation counts of instrumented, mutated code mean little: left out of mutation testing
  void hostileDocumentAtTheSizeLimitAllocatesBoundedMemory() throws ReflectiveOperationException {
    // through reflection: the tests compile in core's module, which does not read java.management
    Method allocatedBytes;
    Object threads;
    try {
      threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      allocatedBytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes",
          long.class);
      Assumptions.assumeTrue((long) allocatedBytes.invoke(threads, Thread.currentThread().getId()) > 0,
          "thread allocation counter enabled");
    } catch (ReflectiveOperationException e) {
      Assumptions.abort("no thread allocation counter in this JVM: " + e);
      return;
    }
    // the worst shape: the most nodes per byte, two bytes per node, filling the whole size limit
    StringBuilder s = new StringBuilder("region: national\nx: [");
    while (s.length() < YamlTree.MAX_BYTES - 3) {
      s.append("1,");
    }
    byte[] bytes = s.append("1]").toString().getBytes(StandardCharsets.US_ASCII);
    assertThat(bytes.length).isBetween(YamlTree.MAX_BYTES - 1, YamlTree.MAX_BYTES);
    long id = Thread.currentThread().getId();
    long before = (long) allocatedBytes.invoke(threads, id);
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("a document must have at most 200000 values");
    long allocated = (long) allocatedBytes.invoke(threads, id) - before;
    // every byte allocated, garbage or not, bounds what is retained: the bytes, their text, the parser's tokens
    // and events (most of it, about 1 KB per node when not yet compiled) and the 200,000 nodes kept. Before the
    // node limit this document built 2 million nodes, about 270 MB of them retained at once.
    assertThat(allocated).isLessThan(96L * YamlTree.MAX_BYTES);
  }

  // ------------------------------------------------------------------------------------------ strings and numbers

  @Test
  void stringOfMaxLengthIsReadAndOneCharacterMoreIsRejected() {
    String ok = "x".repeat(YamlTree.MAX_STRING_LENGTH);
    PolicyBook book = read(withValue("text", "{zh: 文本, en: " + ok + "}"));
    assertThat(valueOf(book).toString()).isEqualTo("文本 / " + ok);
    String over = ok + "x";
    assertThatThrownBy(() -> read(withValue("text", "{zh: 文本, en: " + over + "}")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:29: a text must be at most 65536 characters long, but has 65537: "
            + "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...(65537 characters)'");
  }

  @Test
  void keyLongerThanMaxLengthIsRejected() {
    // a plain key is at most 1024 characters in YAML; an explicit key ('? ') may be longer
    String key = "k".repeat(YamlTree.MAX_STRING_LENGTH + 1);
    assertThatThrownBy(() -> read("region: national\n? " + key + "\n: 1\n"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageStartingWith(NAME + ":2:3: a key must be at most 65536 characters long, but has 65537");
  }

  @Test
  void numberOfMaxLengthIsReadAndOneDigitMoreIsRejected() {
    // 64 characters: a decimal with 62 decimal places, as a YAML number and as text
    String ok = "1." + "0".repeat(61) + "1";
    assertThat(ok).hasSize(YamlTree.MAX_NUMBER_LENGTH);
    assertThat(valueOf(read(withValue("decimal", ok)))).isEqualTo(Datum.of(new java.math.BigDecimal(ok)));
    assertThat(valueOf(read(withValue("decimal", "'" + ok + "'")))).isEqualTo(
        Datum.of(new java.math.BigDecimal(ok)));
    String over = "1." + "0".repeat(62) + "1";
    assertThatThrownBy(() -> read(withValue("decimal", over)))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: a number must be at most 64 characters long, but has 65: "
            + "1.000000000000000000000000000000...(65 characters)");
    assertThatThrownBy(() -> read(withValue("decimal", "'" + over + "'")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: test.value must be a number of at most 64 characters, but was 65 characters "
            + "long: 1.000000000000000000000000000000...(65 characters)");
  }

  @Test
  void hugeNumbersInTextFailFastInsteadOfParsingQuadratically() {
    // 60,000 digits took over a second each to parse and strip before the limit; many such values took minutes
    String digits = "1" + "0".repeat(60_000);
    long start = System.nanoTime();
    for (String[] tv : new String[][] {{"money", "'" + digits + "'"}, {"decimal", "'" + digits + "'"},
        {"rate", "'" + digits + "%'"}, {"money", digits}, {"integer", digits}}) {
      assertThatThrownBy(() -> read(withValue(tv[0], tv[1])))
          .as("%s", tv[0]).isInstanceOf(PolicyFileException.class)
          .hasMessageStartingWith(NAME + ":15:16: ");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void rateOfMaxLengthIsReadAndOneDigitMoreIsRejected() {
    String ok = "'" + "1".repeat(YamlTree.MAX_NUMBER_LENGTH) + "%'";
    assertThat(valueOf(read(withValue("rate", ok))).toString()).isEqualTo("1".repeat(64) + "%");
    assertThatThrownBy(() -> read(withValue("rate", "'" + "1".repeat(YamlTree.MAX_NUMBER_LENGTH + 1) + "%'")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("test.value must be a number of at most 64 characters, but was 65 characters long");
  }

  @Test
  void largestAmountIsReadExactly() {
    // 10^12 yuan is the largest amount a policy file accepts; one fen more is rejected
    assertThat(valueOf(read(withValue("money", "1000000000000"))))
        .isEqualTo(Datum.of(Cny.ofYuan(1_000_000_000_000L)));
    assertThat(valueOf(read(withValue("money", "999999999999.99"))))
        .isEqualTo(Datum.of(Cny.ofFen(99_999_999_999_999L)));
    assertThatThrownBy(() -> read(withValue("money", "1000000000000.01")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: test.value must be at most 1000000000000 yuan, but was 1000000000000.01");
  }

  // ------------------------------------------------------------------------------------------ dates

  @Test
  void dateSpanMustLieIn1900To2200() {
    assertThat(valueOf(read(withValue("date_span", "'1900-01-01/2200-12-31'"))))
        .isEqualTo(Datum.of(DateSpan.parse("1900-01-01/2200-12-31")));
    assertThatThrownBy(() -> read(withValue("date_span", "'1899-12-31/1900-01-01'")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: test.value must be a date span in 1900..2200, but was 1899-12-31/1900-01-01");
    assertThatThrownBy(() -> read(withValue("date_span", "'2024-01-01/+999999999-12-31'")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":15:16: test.value must be a date span in 1900..2200, but was "
            + "2024-01-01/+999999999-12-31");
  }

  @Test
  void valuesFrom1900To2200AreReadAndResolved() {
    String yaml = withValue("integer", "1").replace("      - from: 2020-01-01\n        value: 1\n",
        "      - from: 1900-01-01\n        to: 1999-12-31\n        value: 1\n        confidence: LEGAL_TEXT\n"
            + "        citation: s\n      - from: 2000-01-01\n        to: 2200-12-31\n        value: 2\n");
    PolicyBook book = read(yaml);
    ParameterKey<Long> key = ParameterKey.integer("test.value");
    RegionCode anywhere = RegionCode.of("500116");
    assertThat(book.resolve(key, anywhere, LocalDate.of(1900, 1, 1)).value()).isEqualTo(1L);
    assertThat(book.resolve(key, anywhere, LocalDate.of(1999, 12, 31)).value()).isEqualTo(1L);
    assertThat(book.resolve(key, anywhere, LocalDate.of(2000, 1, 1)).value()).isEqualTo(2L);
    assertThat(book.resolve(key, anywhere, LocalDate.of(2200, 12, 31)).value()).isEqualTo(2L);
    assertThat(book.find(key, anywhere, LocalDate.of(2201, 1, 1))).isEmpty();
    assertThat(book.find(key, anywhere, LocalDate.of(1899, 12, 31))).isEmpty();
    assertThat(book.find(key, anywhere, LocalDate.MAX)).isEmpty();
    assertThat(book.find(key, anywhere, LocalDate.MIN)).isEmpty();
    assertThatThrownBy(() -> read(withValue("integer", "1").replace("from: 2020-01-01", "from: 2201-01-01")))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(NAME + ":14:15: from must be a date in 1900..2200, but was 2201-01-01");
  }
}
