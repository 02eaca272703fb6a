package org.zhengbing.calendar.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.internal.YamlTree;
import org.zhengbing.core.testing.HostileYaml;
import org.zhengbing.core.testing.HostileYaml.Document;

/**
 * Hostile and broken holiday files: whatever the bytes, {@link WorkdayCalendar#read(java.io.InputStream, String)}
 * either reads them or throws a {@link HolidayFileException} naming the file and a line and column inside the
 * document (or 0:0 when it cannot say where). Seed: the bundled {@code holidays-cn.yaml}; every truncation
 * boundary, every field with wrong values, random stacked mutations and documents built to be hostile
 * ({@link HostileYaml}).
 */
@Tag("fuzz")
class HolidayFileHostileInputPropertiesTest {

  private static final String NAME = "hostile/holidays.yaml";
  private static Document seed;

  @BeforeAll
  static void readSeed() throws Exception {
    seed = Document.ofResource(WorkdayCalendar.class, "holidays-cn.yaml");
  }

  /** Reads a document; returns whether it was read. */
  private static boolean readsOrFailsWithALocation(Document doc) {
    try {
      WorkdayCalendar.read(new ByteArrayInputStream(doc.bytes()), NAME);
      return true;
    } catch (HolidayFileException e) {
      assertThat(e.file()).as("file of %s", doc).isEqualTo(NAME);
      assertThat(HostileYaml.isWithin(doc.bytes(), e.line(), e.column()))
          .as("position %s:%s of '%s' within %s", e.line(), e.column(), e.getMessage(), doc).isTrue();
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only HolidayFileException may escape, but " + t + " did, for " + doc, t);
    }
  }

  @Test
  void theSeedIsRead() {
    assertThat(readsOrFailsWithALocation(seed)).isTrue();
  }

  @Test
  void everyTruncationAndWrongValueIsReadOrRejectedWithALocation() {
    List<Document> docs = new ArrayList<>(HostileYaml.truncations(seed, 100));
    docs.addAll(HostileYaml.wrongValues(seed, 3));
    int rejected = 0;
    for (Document d : docs) {
      rejected += readsOrFailsWithALocation(d) ? 0 : 1;
    }
    assertThat(docs).hasSizeGreaterThan(1500);
    assertThat(rejected).isGreaterThan(docs.size() / 2);
  }

  @Test
  void aMutatedOrHostileDocumentIsReadOrRejectedWithALocation() {
    AtomicInteger count = new AtomicInteger();
    qt().withExamples(801).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(List.of(seed))).checkAssert(d -> {
      count.incrementAndGet();
      readsOrFailsWithALocation(d);
    });
    qt().withExamples(201).withShrinkCycles(20).forAll(HostileYaml.generated(YamlTree.MAX_BYTES, YamlTree.MAX_NODES))
        .checkAssert(d -> {
          count.incrementAndGet();
          readsOrFailsWithALocation(d);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(1000);
  }
}
