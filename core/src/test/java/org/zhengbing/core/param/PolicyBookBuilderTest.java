package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/**
 * The builder's checks that the policy reader makes before it and so never reaches (constants of enumerations,
 * identical redefinitions), typed lookups through {@code find}, origins kept through what-if overlays, and store
 * equality; found missing by mutation testing.
 */
class PolicyBookBuilderTest {

  private static final LocalizedText LABEL = LocalizedText.of("标签", "label");
  private static final EnumDomain LEVEL = EnumDomain.builder().name("level").label(LABEL)
      .putConstants("low", LocalizedText.of("低", "low")).putConstants("high", LocalizedText.of("高", "high")).build();
  private static final ParameterDefinition CHOICE = ParameterDefinition.builder().key("test.choice")
      .type(ParameterType.enumOf("level")).label(LABEL).build();
  private static final ParameterDefinition UPLIFT = ParameterDefinition.builder().key("test.uplift")
      .type(ParameterType.tableOf("level", Kind.RATE)).label(LABEL).build();

  private static Provenance provenance(String key, RegionScope scope, String from, String until) {
    Provenance.Builder p = Provenance.builder().key(key).scope(scope).effectiveFrom(LocalDate.parse(from))
        .citation(Citation.of("文件")).confidence(Confidence.ILLUSTRATIVE);
    if (until != null) {
      p.effectiveUntil(LocalDate.parse(until));
    }
    return p.build();
  }

  private static PolicyBook.Builder levels() {
    return PolicyBook.builder().domain(LEVEL).define(CHOICE).define(UPLIFT);
  }

  @Test
  void enumValueMustBeAConstantOfItsEnumeration() {
    ParameterEntry bad = ParameterEntry.of(new Datum.OfEnum("level", "middle"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", null));
    assertThatThrownBy(() -> levels().add(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of parameter 'test.choice' must be a constant of level [low, high], but was 'middle'");
    ParameterEntry good = ParameterEntry.of(new Datum.OfEnum("level", "high"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", null));
    assertThat(levels().add(good).build().entries("test.choice")).hasSize(1);
  }

  @Test
  void tableRowsMustBeConstantsOfTheEnumeration() {
    Datum.OfTable bad = new Datum.OfTable("level", Kind.RATE, ImmutableMap.of("low", Datum.of(Rate.parse("5%")),
        "middle", Datum.of(Rate.parse("7%"))));
    ParameterEntry entry = ParameterEntry.of(bad, provenance("test.uplift", RegionScope.NATIONAL, "2020-01-01",
        null));
    assertThatThrownBy(() -> levels().add(entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row of table parameter 'test.uplift' must be a constant of level [low, high], but was "
            + "'middle'");
    // the same check guards what-if overlays
    PolicyBook book = levels().build();
    Overlay overlay = Overlay.builder().put("test.uplift", RegionScope.NATIONAL, LocalDate.of(2020, 1, 1), null,
        bad, Citation.of("假设"), Confidence.ILLUSTRATIVE).build();
    assertThatThrownBy(() -> book.with(overlay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'middle'");
  }

  @Test
  void identicalRedefinitionsAreAccepted() {
    PolicyBook book = levels().domain(LEVEL).define(CHOICE).build();
    assertThat(book.domains()).containsOnlyKeys("level");
    assertThat(book.definitions()).containsOnlyKeys("test.choice", "test.uplift");
    // and a second file may repeat an enumeration of the first
    String enums = "format: zhengbing-policy/1\nregion: national\nenums:\n  level:\n    label: {zh: 标签, en: label}\n"
        + "    values: {low: {zh: 低, en: low}, high: {zh: 高, en: high}}\n";
    PolicyBook twice = book.withYaml(enums, "again.yaml");
    assertThat(twice.domains()).isEqualTo(book.domains());
  }

  @Test
  void findChecksTheKeysType() {
    PolicyBook book = levels().build();
    assertThatThrownBy(() -> book.find(ParameterKey.integer("test.choice"), RegionCode.of("500116"),
        LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'test.choice' must be read as its declared type enum<level>, but was asked for as "
            + "integer");
    assertThat(book.find(ParameterKey.enumConstant("test.choice", "level"), RegionCode.of("500116"),
        LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(book.find(ParameterKey.integer("test.undefined"), RegionCode.of("500116"), LocalDate.of(2024, 1, 1)))
        .isEmpty();
  }

  @Test
  void overlapWithAValueWithoutOriginNamesOnlyTheOtherOrigin() {
    ParameterEntry early = ParameterEntry.of(new Datum.OfEnum("level", "low"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", "2026-01-01"));
    PolicyBook base = levels().add(early).build();
    String later = "format: zhengbing-policy/1\nregion: national\nparameters:\n  test.choice:\n    values:\n"
        + "      - {from: 2024-01-01, value: high, confidence: ILLUSTRATIVE, citation: {document: 后来的文件}}\n";
    assertThatThrownBy(() -> base.withYaml(later, "later.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("later.yaml:6:16: parameter 'test.choice' for national must not have overlapping values, but the "
            + "value from 2020-01-01 runs until 2025-12-31 and the next takes effect on 2024-01-01 (the later value "
            + "is at later.yaml:6:16)");
  }

  @Test
  void overlayKeepsTheOriginOfWhatItNarrows() {
    String file = "format: zhengbing-policy/1\nregion: national\nparameters:\n  test.choice:\n    values:\n"
        + "      - {from: 2020-01-01, value: low, confidence: ILLUSTRATIVE, citation: {document: 文件}}\n";
    PolicyBook book = levels().build().withYaml(file, "origin.yaml");
    Overlay overlay = Overlay.builder().put("test.choice", RegionScope.NATIONAL, LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 1, 1), new Datum.OfEnum("level", "high"), Citation.of("假设"), Confidence.ILLUSTRATIVE)
        .build();
    PolicyBook whatIf = book.with(overlay);
    ParameterKey<String> key = ParameterKey.enumConstant("test.choice", "level");
    RegionCode anywhere = RegionCode.of("500116");
    // the file's value is cut in two around the overlay; both pieces still say where they were read
    Resolved<String> before = whatIf.resolve(key, anywhere, LocalDate.of(2023, 12, 31));
    Resolved<String> after = whatIf.resolve(key, anywhere, LocalDate.of(2025, 1, 1));
    assertThat(before.value()).isEqualTo("low");
    assertThat(before.provenance().effectiveUntil()).contains(LocalDate.of(2024, 1, 1));
    assertThat(before.provenance().origin()).contains("origin.yaml:6:16");
    assertThat(after.provenance().effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(after.provenance().origin()).contains("origin.yaml:6:16");
    assertThat(whatIf.resolve(key, anywhere, LocalDate.of(2024, 6, 1)).provenance().origin()).contains("overlay");
  }

  @Test
  void equality() {
    ParameterEntry low = ParameterEntry.of(new Datum.OfEnum("level", "low"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", null));
    ParameterEntry high = ParameterEntry.of(new Datum.OfEnum("level", "high"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", null));
    new EqualsTester()
        .addEqualityGroup(levels().add(low).build(), levels().add(low).build())
        .addEqualityGroup(levels().add(high).build())
        .addEqualityGroup(levels().build())
        .addEqualityGroup(PolicyBook.builder().domain(LEVEL).define(CHOICE).build())
        .addEqualityGroup(PolicyBook.builder().domain(LEVEL).build())
        .addEqualityGroup(PolicyBook.empty())
        .testEquals();
    assertThat(levels().add(low).build().hashCode()).isNotEqualTo(levels().add(high).build().hashCode());
    assertThat(levels().build().hashCode()).isNotEqualTo(PolicyBook.empty().hashCode());
  }

  @Test
  void overlapWithALaterValueWithoutOriginNamesOnlyTheEarlierOrigin() {
    String file = "format: zhengbing-policy/1\nregion: national\nparameters:\n  test.choice:\n    values:\n"
        + "      - {from: 2020-01-01, to: 2025-12-31, value: low, confidence: ILLUSTRATIVE, citation: {document: 文件}}\n";
    PolicyBook base = levels().build().withYaml(file, "earlier.yaml");
    ParameterEntry later = ParameterEntry.of(new Datum.OfEnum("level", "high"),
        provenance("test.choice", RegionScope.NATIONAL, "2024-01-01", null));
    assertThatThrownBy(() -> base.toBuilder().add(later).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'test.choice' for national must not have overlapping values, but the value from "
            + "2020-01-01 runs until 2025-12-31 and the next takes effect on 2024-01-01 (the earlier value is at "
            + "earlier.yaml:6:16)");
  }

  @Test
  void declaredEntriesKeepTheirExplicitEndsOnly() {
    ParameterEntry first = ParameterEntry.of(new Datum.OfEnum("level", "low"),
        provenance("test.choice", RegionScope.NATIONAL, "2020-01-01", null));
    ParameterEntry second = ParameterEntry.of(new Datum.OfEnum("level", "high"),
        provenance("test.choice", RegionScope.NATIONAL, "2024-01-01", null));
    PolicyBook book = levels().add(second).add(first).build();
    assertThat(book.declared()).containsExactly(second, first);
    // the effective range of the first ends where the second begins
    assertThat(book.entries("test.choice").get(0).provenance().effectiveUntil()).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void enumerationConstantsAreChecked() {
    assertThatThrownBy(() -> EnumDomain.builder().name("level").label(LABEL)
        .putConstants("low", LABEL).putConstants("High", LABEL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("constant of enumeration level must be lower case letters, digits and '_', but was 'High'");
    assertThat(LEVEL.contains("low")).isTrue();
    assertThat(LEVEL.contains("middle")).isFalse();
  }

  @Test
  void overlayListsItsEntries() {
    Overlay overlay = Overlay.builder().put("test.choice", RegionScope.NATIONAL, LocalDate.of(2024, 1, 1), null,
        new Datum.OfEnum("level", "high"), Citation.of("假设"), Confidence.ILLUSTRATIVE).build();
    assertThat(overlay.entries()).hasSize(1);
    assertThat(overlay.toString()).startsWith("Overlay[ParameterEntry{value=high, provenance=Provenance{key=test.choice")
        .contains("effectiveFrom=2024-01-01");
  }
}
