package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/** Examples of building, resolving and overlaying a {@link PolicyBook}, and each documented error. */
class PolicyBookTest {

  private static final String KEY = "family_payment.annual_standard";
  private static final ParameterKey<Money> STANDARD = ParameterKey.money(KEY);
  private static final RegionScope CHENGDU = RegionScope.parse("510100");
  private static final RegionCode JINJIANG = RegionCode.of("510104");

  private static ParameterDefinition definition() {
    return ParameterDefinition.builder().key(KEY).type(ParameterType.scalar(Kind.MONEY))
        .label(LocalizedText.of("义务兵家庭优待金标准", "Family payment standard")).unit("CNY/year").build();
  }

  private static ParameterEntry entry(RegionScope scope, String from, String until, long yuan) {
    Provenance.Builder p = Provenance.builder().key(KEY).scope(scope).effectiveFrom(LocalDate.parse(from))
        .citation(Citation.of("example " + yuan)).confidence(Confidence.ILLUSTRATIVE);
    if (until != null) {
      p.effectiveUntil(LocalDate.parse(until));
    }
    return ParameterEntry.of(Datum.of(Cny.ofYuan(yuan)), p.build());
  }

  private static PolicyBook book() {
    return PolicyBook.builder().define(definition())
        .add(entry(RegionScope.NATIONAL, "2020-01-01", null, 8000))
        .add(entry(RegionScope.NATIONAL, "2024-01-01", null, 9000))
        .add(entry(CHENGDU, "2022-01-01", "2023-01-01", 12000))
        .build();
  }

  @Test
  void valueWithoutAnEndRunsUntilTheNextOne() {
    Resolved<Money> r = book().resolve(STANDARD, RegionScope.NATIONAL, LocalDate.of(2023, 12, 31));
    assertThat(r.value()).isEqualTo(Cny.ofYuan(8000));
    assertThat(r.provenance().effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(r.provenance().effectiveUntil()).hasValue(LocalDate.of(2024, 1, 1));
    assertThat(book().resolve(STANDARD, RegionScope.NATIONAL, LocalDate.of(2024, 1, 1)).value())
        .isEqualTo(Cny.ofYuan(9000));
  }

  @Test
  void regionalValueAppliesOnlyInItsPeriod() {
    assertThat(book().resolve(STANDARD, JINJIANG, LocalDate.of(2022, 6, 1)).value()).isEqualTo(Cny.ofYuan(12000));
    // after Chengdu's explicit end the national value applies again
    assertThat(book().resolve(STANDARD, JINJIANG, LocalDate.of(2023, 1, 1)).value()).isEqualTo(Cny.ofYuan(8000));
    // asking for the national scope ignores regional values
    assertThat(book().resolve(STANDARD, RegionScope.NATIONAL, LocalDate.of(2022, 6, 1)).value())
        .isEqualTo(Cny.ofYuan(8000));
    assertThat(book().resolve(STANDARD, CHENGDU, LocalDate.of(2022, 6, 1)).value()).isEqualTo(Cny.ofYuan(12000));
  }

  @Test
  void resolvedValueBecomesAnExplanationInput() {
    Resolved<Money> r = book().resolve(STANDARD, JINJIANG, LocalDate.of(2022, 6, 1));
    assertThat(r.asInput("standard").provenance()).hasValue(r.provenance());
    assertThat(r.asInput("standard").value()).isEqualTo(Datum.of(Cny.ofYuan(12000)));
    assertThat(r).hasToString("family_payment.annual_standard = 12000.00 (510100, from 2022-01-01 until 2023-01-01, "
        + "ILLUSTRATIVE, 《example 12000》)");
  }

  @Test
  void overlayReplacesAPeriodAndLeavesTheOriginal() {
    PolicyBook original = book();
    PolicyBook whatIf = original.with(Overlay.builder()
        .put(KEY, CHENGDU, LocalDate.of(2027, 1, 1), null, Datum.of(Cny.ofYuan(15000)),
            Citation.of("what-if: proposed standard"), Confidence.ILLUSTRATIVE)
        .build());
    assertThat(whatIf.resolve(STANDARD, JINJIANG, LocalDate.of(2027, 1, 1)).value()).isEqualTo(Cny.ofYuan(15000));
    assertThat(whatIf.resolve(STANDARD, JINJIANG, LocalDate.of(2026, 12, 31)).value()).isEqualTo(Cny.ofYuan(9000));
    assertThat(original.resolve(STANDARD, JINJIANG, LocalDate.of(2027, 1, 1)).value()).isEqualTo(Cny.ofYuan(9000));
    assertThat(original).isEqualTo(book());
    assertThat(whatIf).isNotEqualTo(original);
  }

  @Test
  void overlayOfAnUndefinedKeyOrWrongTypeIsRejected() {
    Overlay undefined = Overlay.builder().put("family_payment.unknown", RegionScope.NATIONAL,
        LocalDate.of(2027, 1, 1), null, Datum.of(Cny.ZERO), Citation.of("x"), Confidence.ILLUSTRATIVE).build();
    assertThatThrownBy(() -> book().with(undefined))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'family_payment.unknown' must be defined before it is given a value, but is not");
    Overlay wrongType = Overlay.builder().put(KEY, RegionScope.NATIONAL, LocalDate.of(2027, 1, 1), null,
        Datum.of(Rate.parse("5%")), Citation.of("x"), Confidence.ILLUSTRATIVE).build();
    assertThatThrownBy(() -> book().with(wrongType))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of parameter 'family_payment.annual_standard' must be of type money, but was 5% (RATE)");
    assertThatThrownBy(() -> Overlay.builder().put(KEY, RegionScope.NATIONAL, LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 1, 1), Datum.of(Cny.ZERO), Citation.of("x"), Confidence.ILLUSTRATIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("effective end must be after its start, but was 2027-01-01 until 2027-01-01");
  }

  @Test
  void builderRejectsUndefinedKeysWrongTypesAndOverlaps() {
    assertThatThrownBy(() -> PolicyBook.builder().add(entry(RegionScope.NATIONAL, "2020-01-01", null, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'family_payment.annual_standard' must be defined before it is given a value, but is "
            + "not");
    assertThatThrownBy(() -> PolicyBook.builder().define(definition())
        .add(entry(RegionScope.NATIONAL, "2020-01-01", null, 1))
        .add(entry(RegionScope.NATIONAL, "2020-01-01", null, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'family_payment.annual_standard' for national must have one value per day, but two "
            + "values take effect on 2020-01-01");
    assertThatThrownBy(() -> PolicyBook.builder().define(definition())
        .add(entry(CHENGDU, "2020-01-01", "2021-06-01", 1))
        .add(entry(CHENGDU, "2021-01-01", null, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'family_payment.annual_standard' for 510100 must not have overlapping values, but the "
            + "value from 2020-01-01 runs until 2021-05-31 and the next takes effect on 2021-01-01");
  }

  @Test
  void builderRejectsConflictingDefinitionsAndUnknownEnumerations() {
    ParameterDefinition asRate = ParameterDefinition.builder().key(KEY).type(ParameterType.scalar(Kind.RATE))
        .label(LocalizedText.of("x", "x")).build();
    assertThatThrownBy(() -> PolicyBook.builder().define(definition()).define(asRate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'family_payment.annual_standard' must be defined once, but is defined again "
            + "differently (type rate, was money)");
    ParameterDefinition table = ParameterDefinition.builder().key("tuition.cap")
        .type(ParameterType.tableOf("study_level", Kind.MONEY)).label(LocalizedText.of("x", "x")).build();
    assertThatThrownBy(() -> PolicyBook.builder().define(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'tuition.cap' must use a defined enumeration, but 'study_level' is not defined");
    EnumDomain a = EnumDomain.builder().name("level").label(LocalizedText.of("x", "x"))
        .putConstants("a", LocalizedText.of("a", "a")).build();
    EnumDomain b = EnumDomain.builder().name("level").label(LocalizedText.of("x", "x"))
        .putConstants("b", LocalizedText.of("b", "b")).build();
    assertThatThrownBy(() -> PolicyBook.builder().domain(a).domain(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enumeration 'level' must be defined once, but is defined again differently: [b], was [a]");
  }

  @Test
  void enumerationAndKeyNamesAreChecked() {
    assertThatThrownBy(() -> EnumDomain.builder().name("Level").label(LocalizedText.of("x", "x"))
        .putConstants("a", LocalizedText.of("a", "a")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enumeration name must be lower case letters, digits and '_', but was 'Level'");
    assertThatThrownBy(() -> EnumDomain.builder().name("level").label(LocalizedText.of("x", "x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enumeration level must have at least one constant, but had none");
    assertThatThrownBy(() -> ParameterKey.money("standard"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter key must be dotted lower-case segments such as 'family_payment.annual_standard', but "
            + "was 'standard'");
  }

  @Test
  void emptyBookHasNothing() {
    assertThat(PolicyBook.empty().entries()).isEmpty();
    assertThat(PolicyBook.empty().definitions()).isEmpty();
    assertThat(PolicyBook.empty().find(STANDARD, JINJIANG, LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(book()).hasToString("PolicyBook[1 parameters, 3 values]");
    assertThat(book().entries(KEY)).hasSize(3);
    assertThat(book().entries("no.such_key")).isEmpty();
  }
}
