package org.zhengbing.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.HostileYaml;
import org.zhengbing.core.testing.HostileYaml.Document;

/**
 * Hostile and broken township files: whatever the text, {@link RegionCatalog#withTownships(java.io.Reader, String)}
 * either reads it or throws a {@link DivisionFileException} naming the file and a line inside the document. Seeds:
 * the first 300 rows of the 2023 street table; every cut at a line break and inside the first lines, every row with
 * each field wrong, random stacked mutations ({@link HostileYaml#mutationsOf}) and hand-made hostile rows.
 */
@Tag("fuzz")
class DivisionFileHostileInputPropertiesTest {

  private static final String NAME = "hostile/townships.csv";
  private static Document seed;

  @BeforeAll
  static void readSeed() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        DivisionFileHostileInputPropertiesTest.class.getResourceAsStream("/region/streets-2023.csv.gz")),
        StandardCharsets.UTF_8))) {
      seed = Document.ofText("streets-2023 first 300 rows", r.lines().limit(301).collect(Collectors.joining("\n",
          "", "\n")));
    }
  }

  /** Reads a document; returns whether it was read. */
  private static boolean readsOrFailsWithALine(Document doc) {
    try {
      RegionCatalog.bundled().withTownships(new java.io.ByteArrayInputStream(doc.text().getBytes(StandardCharsets.UTF_8)), NAME);
      return true;
    } catch (DivisionFileException e) {
      long lines = doc.text().lines().count();
      assertThat(e.file()).as("file of %s", doc).isEqualTo(NAME);
      assertThat(e.line()).as("line of %s in %s", e.getMessage(), doc).isBetween(1, (int) Math.max(1, lines));
      assertThat(e.getMessage()).as("message of %s", doc).contains(NAME + ":" + e.line());
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only DivisionFileException may escape, but " + t + " did, for " + doc, t);
    }
  }

  @Test
  void theSeedIsRead() {
    assertThat(readsOrFailsWithALine(seed)).isTrue();
  }

  @Test
  void everyCutIsReadOrRejectedWithALine() {
    String text = seed.text();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (i < 400 || text.charAt(i) == '\n' || text.charAt(i) == ',' || text.charAt(i) == '"') {
        docs.add(Document.ofText("cut at " + i, text.substring(0, i)));
      }
    }
    int read = 0;
    for (Document d : docs) {
      read += readsOrFailsWithALine(d) ? 1 : 0;
    }
    assertThat(docs).hasSizeGreaterThan(1500);
    // a cut at a line break leaves a shorter valid file; a cut inside a quoted name does not
    assertThat(read).isPositive().isLessThan(docs.size());
  }

  @Test
  void everyRowWithAWrongFieldIsRejectedWithItsLine() {
    List<String> lines = seed.text().lines().collect(Collectors.toList());
    String[] wrong = {"", "x", "\"", "\"\"\"", "11010100", "1101010011", "990101001", "110101001", "-1",
        "１１０１０１００１", "\u0000", "\"a\"b", "a,b"};
    int docs = 0;
    for (int row = 1; row < Math.min(lines.size(), 40); row++) {
      String[] fields = lines.get(row).split(",", -1);
      for (int f = 0; f < fields.length; f++) {
        for (String w : wrong) {
          String[] copy = fields.clone();
          copy[f] = w;
          List<String> changed = new ArrayList<>(lines);
          changed.set(row, String.join(",", copy));
          Document d = Document.ofText("row " + (row + 1) + " field " + f + " = " + w, String.join("\n", changed));
          readsOrFailsWithALine(d);
          docs++;
        }
      }
    }
    assertThat(docs).isGreaterThan(2000);
    assertThatThrownBy(() -> RegionCatalog.bundled().withTownships(new java.io.ByteArrayInputStream(
        (lines.get(0) + "\n" + lines.get(1) + "\n990101001,\"x\",990101,99,9901\n").getBytes(StandardCharsets.UTF_8)),
        NAME))
        .isInstanceOf(DivisionFileException.class).hasMessageStartingWith(NAME + ":3:");
  }

  @Test
  void aMutatedFileIsReadOrRejectedWithALine() {
    AtomicInteger count = new AtomicInteger();
    qt().withExamples(1001).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(List.of(seed))).checkAssert(d -> {
      count.incrementAndGet();
      readsOrFailsWithALine(d);
    });
    assertThat(count.get()).isGreaterThanOrEqualTo(1000);
  }
}
