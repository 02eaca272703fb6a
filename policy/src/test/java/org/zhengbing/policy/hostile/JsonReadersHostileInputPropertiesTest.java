package org.zhengbing.policy.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.testing.HostileYaml;
import org.zhengbing.core.testing.HostileYaml.Document;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitJson;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.InvalidProfileException;
import org.zhengbing.policy.profile.ProfileJson;
import org.zhengbing.policy.testing.ProfileGen;

/**
 * Hostile and broken JSON input to the integrator API: whatever the text, {@link ProfileJson} either reads it or
 * throws an {@link InvalidProfileException} naming a field, and {@link BenefitJson} either reads it or throws an
 * {@link IllegalArgumentException} (its documented exception). Never a NullPointerException, ClassCastException,
 * ArithmeticException, StackOverflowError, OutOfMemoryError or any other exception or error.
 *
 * <p>At least 12,000 documents (each test asserts its count): every truncation of generated profiles, every field
 * (top-level and inside academic years) with each of {@link #WRONG} (wrong types, huge and tiny numbers, numbers past the reader's length limit,
 * long strings, impossible dates, lone surrogates, deep nesting), random stacked mutations (byte flips, invalid
 * UTF-8, BOMs, NUL bytes, duplicated and shuffled lines: {@link HostileYaml#mutationsOf}), documents built to be
 * hostile (nesting, repeated keys, very long names and texts, huge arrays), and the same for benefit accounts.
 */
@Tag("fuzz")
class JsonReadersHostileInputPropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HOLE = "@@WRONG@@";

  /** Raw JSON texts put in place of a field's value. */
  static final ImmutableList<String> WRONG = ImmutableList.of("null", "true", "false", "0", "-1", "1.5", "-0.0",
      "1e309", "-1e309", "1e-400", "2147483648", "-2147483649", "9223372036854775808", Strings.repeat("9", 39),
      Strings.repeat("9", 41), Strings.repeat("9", 5000), "0." + Strings.repeat("1", 60), "\"\"", "\"x\"",
      "\"" + Strings.repeat("a", 100_000) + "\"", "[]", "{}", "[null]", "{\"a\":1}", "\"2024-02-30\"",
      "\"-999999999-01-01\"", "\"+1000000000-01-01\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"\\u0000\"",
      "\"\\ud800\"", "\"１２３\"", "\"NaN\"", "NaN", "Infinity", "\"1e10\"", "\"-1\"", "\"999999999999.99\"",
      "\"1000000000000.01\"", "\"0.001\"", Strings.repeat("[", 70) + Strings.repeat("]", 70),
      Strings.repeat("{\"a\":", 70) + "1" + Strings.repeat("}", 70), "\"2018-AUTUMN\"", "\"2201-SPRING\"",
      "\"510100\"", "\"000000\"", "\"male\"", "\"FEMALE\"");

  private static List<Document> profileSeeds;
  private static List<Document> listSeeds;
  private static List<Document> benefitSeeds;

  @BeforeAll
  static void seeds() {
    profileSeeds = new ArrayList<>();
    List<CandidateProfile> profiles = new ArrayList<>();
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(12).forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      profiles.add(p);
      profileSeeds.add(Document.ofText("profile " + n.incrementAndGet(), ProfileJson.toJson(p)));
    });
    listSeeds = List.of(Document.ofText("list of 3", ProfileJson.toJson(profiles.subList(0, 3))));
    BenefitsCalculator calc = BenefitsCalculator.of(PolicySets.sampleRegions());
    benefitSeeds = new ArrayList<>();
    for (CandidateProfile p : profiles.subList(0, 3)) {
      benefitSeeds.add(Document.ofText("account " + p.enlistmentRegion() + " " + p.enlistmentTerm(),
          BenefitJson.toJson(calc.calculate(p))));
    }
  }

  /** Reads a document as a profile; returns whether it was read. */
  static boolean profileReadsOrFailsWithAField(Document doc) {
    try {
      ProfileJson.parse(doc.text());
      return true;
    } catch (InvalidProfileException e) {
      assertThat(e.field()).as("field of %s", doc).isNotBlank();
      assertThat(e.getMessage()).as("message of %s", doc).isNotBlank();
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only InvalidProfileException may escape, but " + t + " did, for " + doc, t);
    }
  }

  /** Reads a document as a list of profiles; returns whether it was read. */
  static boolean listReadsOrFailsWithAField(Document doc) {
    try {
      ProfileJson.parseList(doc.text());
      return true;
    } catch (InvalidProfileException e) {
      assertThat(e.field()).as("field of %s", doc).isNotBlank();
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only InvalidProfileException may escape, but " + t + " did, for " + doc, t);
    }
  }

  /** Reads a document as a benefit account; returns whether it was read. */
  static boolean accountReadsOrFailsWithIllegalArgument(Document doc) {
    try {
      BenefitJson.parseBenefits(doc.text());
      return true;
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("message of %s", doc).isNotBlank();
      return false;
    } catch (Throwable t) {
      throw new AssertionError("only IllegalArgumentException may escape, but " + t + " did, for " + doc, t);
    }
  }

  /** Every cut of a document at each character. */
  static List<Document> everyCut(Document seed, int step) {
    String text = seed.text();
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += step) {
      out.add(Document.ofText(seed.recipe() + " | cut at " + i, text.substring(0, i)));
    }
    return out;
  }

  /** The document with each field, at every depth, replaced by each wrong value in turn. */
  static List<Document> everyFieldWrong(Document seed) {
    JsonNode root;
    try {
      root = MAPPER.readTree(seed.text());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<Document> out = new ArrayList<>();
    visit(root, "$", (path, setter) -> {
      for (String wrong : WRONG) {
        setter.accept(TextNode.valueOf(HOLE));
        String text;
        try {
          text = MAPPER.writeValueAsString(root);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        String shown = wrong.length() > 40 ? wrong.substring(0, 20) + "...(" + wrong.length() + " chars)" : wrong;
        out.add(Document.ofText(seed.recipe() + " | " + path + " = " + shown, text.replace("\"" + HOLE + "\"",
            wrong)));
      }
    });
    return out;
  }

  /** Calls back for every value in the tree with its path and a setter; restores each value afterwards. */
  private static void visit(JsonNode node, String path, Visitor visitor) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode old = o.get(name);
        visitor.at(path + "." + name, v -> o.set(name, v));
        o.set(name, old);
        visit(old, path + "." + name, visitor);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode old = a.get(i);
        int index = i;
        visitor.at(path + "[" + i + "]", v -> a.set(index, v));
        a.set(i, old);
        visit(old, path + "[" + i + "]", visitor);
      }
    }
  }

  private interface Visitor {
    void at(String path, Consumer<JsonNode> setter);
  }

  @Test
  void seedsAreRead() {
    for (Document d : profileSeeds) {
      assertThat(profileReadsOrFailsWithAField(d)).as("%s", d).isTrue();
    }
    assertThat(listReadsOrFailsWithAField(listSeeds.get(0))).isTrue();
    for (Document d : benefitSeeds) {
      assertThat(accountReadsOrFailsWithIllegalArgument(d)).as("%s", d).isTrue();
    }
  }

  @Test
  void everyTruncationOfAProfileIsRejectedWithAField() {
    int docs = 0;
    for (Document seed : profileSeeds.subList(0, 4)) {
      for (Document cut : everyCut(seed, 1)) {
        // a cut JSON object is never whole: all of them are rejected
        assertThat(profileReadsOrFailsWithAField(cut)).as("%s", cut).isFalse();
        docs++;
      }
    }
    for (Document cut : everyCut(listSeeds.get(0), 3)) {
      assertThat(listReadsOrFailsWithAField(cut)).as("%s", cut).isFalse();
      docs++;
    }
    assertThat(docs).isGreaterThan(2000);
  }

  @Test
  void everyFieldWithAWrongValueIsReadOrRejectedWithAField() {
    int docs = 0;
    int rejected = 0;
    for (Document seed : profileSeeds.subList(0, 5)) {
      for (Document doc : everyFieldWrong(seed)) {
        rejected += profileReadsOrFailsWithAField(doc) ? 0 : 1;
        docs++;
      }
    }
    for (Document doc : everyFieldWrong(listSeeds.get(0))) {
      rejected += listReadsOrFailsWithAField(doc) ? 0 : 1;
      docs++;
    }
    assertThat(docs).isGreaterThan(5000);
    // a few wrong values are right for some fields (true for stemMajor, 0 for a count): most are rejected
    assertThat(rejected).isGreaterThan(docs * 3 / 4);
  }

  @Test
  void aMutatedProfileIsReadOrRejectedWithAField() {
    AtomicInteger count = new AtomicInteger();
    List<Document> seeds = new ArrayList<>(profileSeeds);
    qt().withExamples(3001).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(seeds)).checkAssert(doc -> {
      count.incrementAndGet();
      profileReadsOrFailsWithAField(doc);
    });
    qt().withExamples(501).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(listSeeds)).checkAssert(doc -> {
      count.incrementAndGet();
      listReadsOrFailsWithAField(doc);
    });
    assertThat(count.get()).isGreaterThanOrEqualTo(3500);
  }

  @Test
  void aDocumentBuiltToBeHostileIsRejectedWithAField() {
    List<Document> docs = new ArrayList<>();
    for (int depth : new int[] {63, 64, 65, 100, 1_000, 100_000}) {
      docs.add(Document.ofText("arrays nested " + depth, Strings.repeat("[", depth) + Strings.repeat("]", depth)));
      docs.add(Document.ofText("objects nested " + depth, Strings.repeat("{\"sex\":", depth) + "1"
          + Strings.repeat("}", depth)));
      docs.add(Document.ofText("unclosed nesting " + depth, Strings.repeat("[{\"a\":", depth)));
    }
    for (int digits : new int[] {40, 41, 1_000, 1_000_000}) {
      docs.add(Document.ofText("number of " + digits + " digits", Strings.repeat("7", digits)));
      docs.add(Document.ofText("fraction of " + digits + " digits", "{\"annualTuitionFee\": 0."
          + Strings.repeat("7", digits) + "}"));
    }
    for (int length : new int[] {1_000_001, 2_000_000}) {
      docs.add(Document.ofText("string of " + length, "{\"sex\": \"" + Strings.repeat("m", length) + "\"}"));
      docs.add(Document.ofText("name of " + length, "{\"" + Strings.repeat("n", length) + "\": 1}"));
    }
    docs.add(Document.ofText("repeated key", "{\"sex\": \"male\", \"sex\": \"male\"}"));
    docs.add(Document.ofText("a million-element array", "[" + Strings.repeat("0,", 999_999) + "0]"));
    docs.add(Document.ofText("an array of a million empty objects", "[" + Strings.repeat("{},", 999_999) + "{}]"));
    docs.add(Document.ofText("two documents", "{} {}"));
    docs.add(Document.ofText("empty", ""));
    docs.add(Document.ofText("whitespace", " \n\t "));
    docs.add(Document.ofText("BOM", "\uFEFF{}"));
    docs.add(Document.ofText("NUL", "{\u0000}"));
    docs.add(Document.ofText("comment", "// a comment\n{}"));
    docs.add(Document.ofText("single quotes", "{'sex': 'male'}"));
    docs.add(Document.ofText("lone surrogate", "{\"sex\": \"\uD800\"}"));
    for (Document seed : profileSeeds.subList(0, 3)) {
      String t = seed.text();
      docs.add(Document.ofText(seed.recipe() + " twice in an object", "{\"a\":" + t + ",\"a\":" + t + "}"));
      docs.add(Document.ofText(seed.recipe() + " with a repeated field", t.replaceFirst("\\{", "{\"posting\":"
          + "\"ordinary\",")));
      docs.add(Document.ofText(seed.recipe() + " with an unknown field", t.replaceFirst("\\{", "{\"x\":1,")));
    }
    for (Document doc : docs) {
      assertThat(profileReadsOrFailsWithAField(doc)).as("%s", doc).isFalse();
      listReadsOrFailsWithAField(doc);
      accountReadsOrFailsWithIllegalArgument(doc);
    }
  }

  @Test
  void theReaderLimitsAreNamed() {
    assertThatThrownBy(() -> ProfileJson.parse(Strings.repeat("[", 65) + Strings.repeat("]", 65)))
        .isInstanceOf(InvalidProfileException.class).hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> ProfileJson.parse("{\"annualTuitionFee\": " + Strings.repeat("1", 41) + "}"))
        .isInstanceOf(InvalidProfileException.class).hasMessageContaining("Number value length");
    assertThatThrownBy(() -> ProfileJson.parse("{\"sex\": \"" + Strings.repeat("m", 1_000_001) + "\"}"))
        .isInstanceOf(InvalidProfileException.class).hasMessageContaining("String value length");
    assertThatThrownBy(() -> ProfileJson.parse("{\"" + Strings.repeat("n", 1001) + "\": 1}"))
        .isInstanceOf(InvalidProfileException.class).hasMessageContaining("Name length");
  }

  @Test
  void aBenefitAccountIsReadOrRejectedWithIllegalArgument() {
    int docs = 0;
    for (Document seed : benefitSeeds) {
      for (Document cut : everyCut(seed, Math.max(1, seed.length() / 400))) {
        assertThat(accountReadsOrFailsWithIllegalArgument(cut)).as("%s", cut).isFalse();
        docs++;
      }
    }
    Document seed = benefitSeeds.get(0);
    JsonNode root;
    try {
      root = MAPPER.readTree(seed.text());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    // wrong values in the account's top-level fields and its first item's fields
    ObjectNode top = (ObjectNode) root;
    List<String> paths = new ArrayList<>();
    for (Iterator<String> it = top.fieldNames(); it.hasNext(); ) {
      paths.add(it.next());
    }
    for (String name : paths) {
      JsonNode old = top.get(name);
      for (String wrong : WRONG) {
        top.set(name, TextNode.valueOf(HOLE));
        String text;
        try {
          text = MAPPER.writeValueAsString(top);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        accountReadsOrFailsWithIllegalArgument(Document.ofText(seed.recipe() + " | " + name + " = " + wrong
            .substring(0, Math.min(20, wrong.length())), text.replace("\"" + HOLE + "\"", wrong)));
        docs++;
      }
      top.set(name, old);
    }
    AtomicInteger count = new AtomicInteger();
    qt().withExamples(401).withShrinkCycles(20).forAll(HostileYaml.mutationsOf(benefitSeeds)).checkAssert(doc -> {
      count.incrementAndGet();
      accountReadsOrFailsWithIllegalArgument(doc);
    });
    assertThat(docs + count.get()).isGreaterThan(1500);
  }
}
