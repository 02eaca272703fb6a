package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

class ServiceDatesTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");

  private static ServiceDates of(String term) {
    return ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse(term));
  }

  @Test
  void approvalDateIsTheSeasonsParameter() {
    // national defaults: spring 03-01, autumn 09-01 (the 2020 reform; unconfirmed from 2022, so ILLUSTRATIVE)
    ServiceDates autumn = of("2024-AUTUMN");
    assertThat(autumn.approvalDate()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(autumn.approvalDateParameter().orElseThrow().provenance().key())
        .isEqualTo("calendar.season.autumn.approval_date");
    assertThat(autumn.approvalDateParameter().orElseThrow().provenance().confidence())
        .isEqualTo(Confidence.ILLUSTRATIVE);
    ServiceDates spring = of("2021-SPRING");
    assertThat(spring.approvalDate()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(spring.approvalDateParameter().orElseThrow().provenance().confidence())
        .isEqualTo(Confidence.OFFICIAL_NOTICE);
  }

  @Test
  void theTermIsTwoYearsFromApproval() {
    // 兵役法 Art 26: two years, counted from approval (Art 29)
    ServiceDates d = of("2024-AUTUMN");
    assertThat(d.termYears().value()).isEqualTo(2L);
    assertThat(d.termYears().provenance().confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    assertThat(d.termMonths()).isEqualTo(24);
    assertThat(d.termEnd()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(d.termSpan()).isEqualTo(DateSpan.parse("2024-09-01/2026-08-31"));
    assertThat(d.approvalStep().rule()).isEqualTo("service.approval_date");
    assertThat(d.termEndStep().result()).isEqualTo(new org.zhengbing.core.explain.Datum.OfDate(d.termEnd()));
  }

  @Test
  void monthsAfterApprovalRoundDownToTheMonthsLastDay() {
    // approved 31 August 2015: six months on is 29 February 2016 (a leap year), twelve months on 31 August 2016,
    // eighteen months on 28 February 2017: always counted from the approval date, never by adding to a result.
    ServiceDates d = ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2015-AUTUMN"),
        LocalDate.of(2015, 8, 31));
    assertThat(d.monthsAfterApproval(6)).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(d.monthsAfterApproval(12)).isEqualTo(LocalDate.of(2016, 8, 31));
    assertThat(d.monthsAfterApproval(18)).isEqualTo(LocalDate.of(2017, 2, 28));
    assertThat(d.monthsAfterApproval(1)).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(d.period(0, 6)).isEqualTo(DateSpan.parse("2015-08-31/2016-02-28"));
    assertThat(d.period(6, 12)).isEqualTo(DateSpan.parse("2016-02-29/2016-08-30"));
    assertThat(d.termEnd()).isEqualTo(LocalDate.of(2017, 8, 31));
    assertThat(d.approvalDateParameter()).isEmpty();
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2015-AUTUMN"),
        LocalDate.of(2015, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approval date must fall in the half-year of term 2015-AUTUMN, but was 2015-03-01");
    assertThatThrownBy(() -> of("2024-AUTUMN").monthsAfterApproval(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months after approval must be >= 0, but was -1");
    assertThatThrownBy(() -> of("2024-AUTUMN").period(6, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period end month must be after its start 6, but was 6");
  }

  @Test
  void aTermBeforeTheBundledCalendarNeedsAnApprovalDate() {
    assertThatThrownBy(() -> of("2014-AUTUMN"))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("calendar.season.autumn.approval_date");
    assertThatThrownBy(() -> ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2010-AUTUMN"),
        LocalDate.of(2010, 9, 1)))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("service.conscript_term.years");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(of("2024-AUTUMN"), of("2024-AUTUMN"))
        .addEqualityGroup(of("2024-SPRING"))
        .addEqualityGroup(ServiceDates.resolve(SAMPLES, JIANGJIN, ConscriptionTerm.parse("2024-AUTUMN"),
            LocalDate.of(2024, 9, 1)))
        .testEquals();
  }
}
