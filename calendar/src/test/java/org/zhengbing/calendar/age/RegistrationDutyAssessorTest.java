package org.zhengbing.calendar.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;

class RegistrationDutyAssessorTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  private static final RegistrationDutyAssessor DUTY = RegistrationDutyAssessor.of(PolicyBook.nationalDefaults());

  @Test
  void menTurningEighteenRegisterThatYear() {
    // MSL Art 15: men who turn 18 by 31 December register in that year. Born 2005-06-01: 18 in 2023.
    RegistrationDuty d = DUTY.assess(LocalDate.of(2005, 6, 1), Sex.MALE, 2023, JIANGJIN);
    assertThat(d.due()).isTrue();
    assertThat(d.registrationYear()).isEqualTo(2023);
    assertThat(d.deadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(d.explanation().result()).isEqualTo(Datum.of(true));
    assertThat(d.explanation().citations()).extracting(Citation::document).contains("中华人民共和国兵役法");
    // Born on 31 December 2005: 18 on the last day of 2023, still that year.
    assertThat(DUTY.assess(LocalDate.of(2005, 12, 31), Sex.MALE, 2023, JIANGJIN).due()).isTrue();
    assertThat(DUTY.assess(LocalDate.of(2006, 1, 1), Sex.MALE, 2023, JIANGJIN).due()).isFalse();
  }

  @Test
  void from2026RegistrationIsCompletedByThirtyOneOctober() {
    // 兵役登记工作规定 (国办发〔2025〕41号): initial registration completed by 31 October.
    RegistrationDuty d = DUTY.assess(LocalDate.of(2008, 3, 15), Sex.MALE, 2026, JIANGJIN);
    assertThat(d.due()).isTrue();
    assertThat(d.deadline()).contains(LocalDate.of(2026, 10, 31));
    assertThat(d.explanation().citations()).extracting(Citation::document)
        .anySatisfy(doc -> assertThat(doc).contains("国办发〔2025〕41号"));
  }

  @Test
  void womenAndOtherYearsAreNotDue() {
    RegistrationDuty woman = DUTY.assess(LocalDate.of(2005, 6, 1), Sex.FEMALE, 2023, JIANGJIN);
    assertThat(woman.due()).isFalse();
    assertThat(woman.deadline()).isEmpty();
    RegistrationDuty older = DUTY.assess(LocalDate.of(2004, 6, 1), Sex.MALE, 2023, JIANGJIN);
    assertThat(older.due()).isFalse();
    assertThat(older.registrationYear()).isEqualTo(2022);
    assertThat(older.explanation().result()).isEqualTo(Datum.of(false));
  }

  @Test
  void yearsWithoutTheRuleAreAnError() {
    assertThatThrownBy(() -> DUTY.assess(LocalDate.of(2003, 6, 1), Sex.MALE, 2021, JIANGJIN))
        .isInstanceOf(ParameterNotFoundException.class)
        .hasMessageContaining("registration.age").hasMessageContaining("2021-01-01");
    assertThatThrownBy(() -> DUTY.assess(LocalDate.of(2003, 6, 1), Sex.MALE, 1800, JIANGJIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year must be in 1900..2200, but was 1800");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(RegionCode.class, JIANGJIN).setDefault(int.class, 2023)
        .testAllPublicInstanceMethods(DUTY);
  }
}
