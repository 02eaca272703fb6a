package org.zhengbing.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.region.RegionScope;

class ExplanationTest {

  private static final Citation REG = Citation.builder().document("征兵工作条例").article("第三十条").build();
  private static final Citation CIRCULAR = Citation.of("关于进一步完善义务兵家庭优待金制度的通知");
  private static final Citation LOCAL = Citation.of("成都市 2018 年大学生征兵优待政策");

  private static Provenance provenance(String key, Citation citation, Confidence confidence) {
    return Provenance.builder().key(key).scope(RegionScope.NATIONAL).effectiveFrom(LocalDate.of(2021, 1, 1))
        .citation(citation).confidence(confidence).build();
  }

  private static final Provenance STANDARD = provenance("family_payment.annual_standard", CIRCULAR,
      Confidence.OFFICIAL_NOTICE);
  private static final Provenance UPLIFT = provenance("family_payment.education_uplift", LOCAL,
      Confidence.ILLUSTRATIVE);

  /** 9,300 uplifted by 60% is 14,880 (9,300 x 1.6). */
  private static Explanation familyPayment() {
    Step base = Step.builder().rule("family_payment.base")
        .addInputs(Input.of("standard", Datum.of(Cny.ofYuan(9300)), STANDARD))
        .result(Datum.of(Cny.ofYuan(9300))).citation(CIRCULAR).build();
    Step uplift = Step.builder().rule("family_payment.uplift")
        .addInputs(Input.of("base", Datum.of(Cny.ofYuan(9300))))
        .addInputs(Input.of("uplift", Datum.of(Rate.parse("60%")), UPLIFT))
        .result(Datum.of(Cny.ofYuan(14880))).citation(REG)
        .rounding(Rounding.of(new BigDecimal("14880.000"), new BigDecimal("14880.00"), RoundingMode.HALF_UP, "fen"))
        .build();
    return Explanation.of(base, uplift);
  }

  @Test
  void resultIsTheLastStepsResult() {
    Explanation e = familyPayment();
    assertThat(e.result()).isEqualTo(Datum.of(Cny.ofYuan(14880)));
    assertThat(e.requireResult(Datum.of(Cny.of("14880.00")))).isSameAs(e);
    assertThat(e.step("family_payment.uplift").orElseThrow().input("uplift").orElseThrow().provenance())
        .hasValue(UPLIFT);
    assertThat(e.step("no.such_step")).isEmpty();
    assertThat(e.steps().get(1).rounding().orElseThrow().changedValue()).isFalse();
  }

  @Test
  void requireResultRejectsAResultThatDoesNotReconcile() {
    assertThatThrownBy(() -> familyPayment().requireResult(Datum.of(Cny.ofYuan(14881))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("explanation must reconcile with its result, but the last step gives 14880.00 and the result is "
            + "14881.00");
    assertThatThrownBy(() -> familyPayment().requireResult(Datum.of(Rate.parse("14880%"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the last step gives 14880.00 and the result is 14880%");
  }

  @Test
  void citationsAreInOrderOfFirstUse() {
    // step 1: its rule citation (CIRCULAR), then its input's (CIRCULAR again); step 2: REG, then LOCAL
    assertThat(familyPayment().citations()).containsExactly(CIRCULAR, REG, LOCAL);
    assertThat(familyPayment().provenances()).containsExactly(STANDARD, UPLIFT);
  }

  @Test
  void illustrativeInputMakesTheExplanationIllustrative() {
    Explanation e = familyPayment();
    assertThat(e.isIllustrative()).isTrue();
    assertThat(e.illustrativeKeys()).containsExactly("family_payment.education_uplift");
    assertThat(e.weakestConfidence()).hasValue(Confidence.ILLUSTRATIVE);
    assertThat(e.steps().get(0).isIllustrative()).isFalse();
    assertThat(e.steps().get(0).confidence()).hasValue(Confidence.OFFICIAL_NOTICE);
    assertThat(e.steps().get(1).isIllustrative()).isTrue();

    Explanation sourced = Explanation.of(List.of(e.steps().get(0)));
    assertThat(sourced.isIllustrative()).isFalse();
    assertThat(sourced.illustrativeKeys()).isEmpty();
    Explanation noParameters = Explanation.of(Step.builder().rule("given").result(Datum.of(1)).build());
    assertThat(noParameters.weakestConfidence()).isEmpty();
    assertThat(noParameters.isIllustrative()).isFalse();
  }

  @Test
  void confidenceOrderRunsFromLegalTextToIllustrative() {
    assertThat(Confidence.LEGAL_TEXT.weakest(Confidence.LOCAL_DOCUMENT)).isEqualTo(Confidence.LOCAL_DOCUMENT);
    assertThat(Confidence.ILLUSTRATIVE.weakest(Confidence.OFFICIAL_NOTICE)).isEqualTo(Confidence.ILLUSTRATIVE);
    assertThat(Confidence.ILLUSTRATIVE.isIllustrative()).isTrue();
    assertThat(Confidence.SECONDARY_REPORT.isIllustrative()).isFalse();
  }

  @Test
  void explanationNeedsAStep() {
    assertThatThrownBy(() -> Explanation.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("explanation must have at least one step, but had none");
  }

  @Test
  void stepRuleMustBeADottedLowerCaseKey() {
    assertThatThrownBy(() -> Step.builder().rule("Family payment").result(Datum.of(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step rule must be a dotted lower-case key such as 'family_payment.uplift', but was "
            + "'Family payment'");
  }

  @Test
  void roundingRecordsWhetherItChangedTheValue() {
    Rounding r = Rounding.of(new BigDecimal("0.00625"), new BigDecimal("0.01"), RoundingMode.HALF_UP, "fen");
    assertThat(r.changedValue()).isTrue();
    assertThat(r.unit()).isEqualTo("fen");
  }
}
