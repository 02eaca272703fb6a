package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhengbing.core.internal.YamlTree;
import org.zhengbing.core.testing.CoreGenerators;
import org.zhengbing.core.testing.HostileYaml;
import org.zhengbing.core.testing.HostileYaml.Document;

/**
 * Hostile and broken policy files: whatever the bytes, {@link PolicyReader} either reads them or throws a
 * {@link PolicyFileException} that names the file and a line and column inside the document (or 0:0 when it
 * cannot say where). Never a NullPointerException, ClassCastException, IllegalStateException, ArithmeticException,
 * StackOverflowError or any other exception or error.
 *
 * <p>Seeds: the bundled national defaults, documents written by {@link PolicyWriter} from generated stores, and
 * the malformed corpus. About 12,000 documents in all: every truncation boundary and every field with wrong values
 * of the national defaults (systematic), random stacked mutations of the seeds, and documents built to be hostile
 * (see {@link HostileYaml}). The seed of the random parts is the build's {@code qt.seed}.
 */
@Tag("fuzz")
class PolicyReaderHostileInputPropertiesTest {

  private static final String NAME = "hostile/policy.yaml";
  private static final PolicyBook EMPTY = PolicyBook.empty();

  private static Document nationalDefaults;
  private static List<Document> seeds;

  @BeforeAll
  static void readSeeds() throws Exception {
    nationalDefaults = Document.ofResource(PolicyBook.class, "national-defaults.yaml");
    seeds = new ArrayList<>();
    seeds.add(nationalDefaults);
    seeds.add(Document.ofResource(PolicyBook.class, "national-quota.yaml"));
    seeds.add(Document.ofResource(PolicyBook.class, "national-assessment.yaml"));
    // stores written by the writer: a different style (double quotes, flow citations, to: ends)
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(21).forAll(CoreGenerators.policyBooks()).checkAssert(book -> seeds.add(
        Document.ofText("written store " + n.incrementAndGet(), PolicyWriter.write(book))));
    Path corpus = Path.of(PolicyReaderHostileInputPropertiesTest.class.getResource("/policy/malformed/empty.yaml")
        .toURI()).getParent();
    try (Stream<Path> files = Files.list(corpus)) {
      files.sorted().forEach(p -> {
        try {
          seeds.add(Document.ofBytes("malformed/" + p.getFileName(), Files.readAllBytes(p)));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  /** Reads a document and checks the property; returns whether it was read without error. */
  private static boolean readsOrFailsWithALocatedPolicyFileException(Document doc, PolicyBook base) {
    try {
      PolicyReader.read(new ByteArrayInputStream(doc.bytes()), NAME, base);
      return true;
    } catch (PolicyFileException e) {
      assertThat(e.file()).as("file of %s", doc).isEqualTo(NAME);
      assertThat(HostileYaml.isWithin(doc.bytes(), e.line(), e.column()))
          .as("position %s:%s of '%s' within %s", e.line(), e.column(), e.problem(), doc).isTrue();
      assertThat(e.problem()).as("problem of %s", doc).isNotBlank();
      assertThat(e.getMessage()).isEqualTo(NAME + ":" + e.line() + ":" + e.column() + ": " + e.problem());
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only PolicyFileException may escape, but " + t + " did, for " + doc, t);
    }
  }

  @Test
  void seedsAreValidWhereExpected() {
    assertThat(readsOrFailsWithALocatedPolicyFileException(nationalDefaults, EMPTY)).isTrue();
    for (Document seed : seeds) {
      if (seed.recipe().startsWith("written store")) {
        assertThat(readsOrFailsWithALocatedPolicyFileException(seed, EMPTY)).as("%s", seed).isTrue();
      }
    }
    assertThat(seeds).hasSizeGreaterThan(60);
  }

  @Test
  void everyTruncationIsReadOrRejectedWithALocation() {
    List<Document> docs = new ArrayList<>(HostileYaml.truncations(nationalDefaults, 150));
    docs.addAll(HostileYaml.truncations(seeds.get(2), 50));
    int read = 0;
    for (Document doc : docs) {
      read += readsOrFailsWithALocatedPolicyFileException(doc, EMPTY) ? 1 : 0;
    }
    assertThat(docs).hasSizeGreaterThan(2500);
    // cutting after a whole value leaves a valid, shorter file; most cuts do not
    assertThat(read).isPositive().isLessThan(docs.size() / 2);
  }

  @Test
  void everyFieldWithAWrongValueIsReadOrRejectedWithALocation() {
    List<Document> docs = new ArrayList<>(HostileYaml.wrongValues(nationalDefaults, 4));
    docs.addAll(HostileYaml.wrongValues(seeds.get(2), 4));
    int rejected = 0;
    for (Document doc : docs) {
      rejected += readsOrFailsWithALocatedPolicyFileException(doc, EMPTY) ? 0 : 1;
    }
    assertThat(docs).hasSizeGreaterThan(2500);
    assertThat(rejected).isGreaterThan(docs.size() * 3 / 4);
  }

  @Test
  void aMutatedDocumentIsReadOrRejectedWithALocation() {
    AtomicInteger count = new AtomicInteger();
    Gen<PolicyBook> bases = Generate.pick(List.of(EMPTY, PolicyBook.nationalDefaults()));
    // the national defaults are the richest seed: mutate them about one time in four
    List<Document> weighted = new ArrayList<>(seeds);
    weighted.addAll(java.util.Collections.nCopies(seeds.size() / 3, nationalDefaults));
    qt().withExamples(4001).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(weighted), bases)
        .checkAssert((doc, base) -> {
          count.incrementAndGet();
          readsOrFailsWithALocatedPolicyFileException(doc, base);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(4000);
  }

  @Test
  void aDocumentBuiltToBeHostileIsReadOrRejectedWithALocation() {
    AtomicInteger count = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(2001).withShrinkCycles(20).forAll(HostileYaml.generated(YamlTree.MAX_BYTES, YamlTree.MAX_NODES))
        .checkAssert(doc -> {
          count.incrementAndGet();
          boolean ok = readsOrFailsWithALocatedPolicyFileException(doc, EMPTY);
          if (doc.expectedValid()) {
            assertThat(ok).as("must be read: %s", doc).isTrue();
          }
          doc.expectedProblem().ifPresent(fragment -> assertThatThrownBy(() -> PolicyReader.read(
              new ByteArrayInputStream(doc.bytes()), NAME, EMPTY)).as("must be rejected: %s", doc)
              .isInstanceOf(PolicyFileException.class).hasMessageContaining(fragment));
          read.addAndGet(ok ? 1 : 0);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(2000);
    assertThat(read.get()).isPositive();
  }
}
