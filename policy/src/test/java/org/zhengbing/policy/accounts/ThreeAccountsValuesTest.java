package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.InvalidProfileException;
import org.zhengbing.policy.testing.Personas;

class ThreeAccountsValuesTest {

  private static NullPointerTester tester() {
    return new NullPointerTester().setDefault(CandidateProfile.class, Personas.jiangjinSeniorHigh2025())
        .setDefault(RegionCode.class, RegionCode.of("500116"))
        .setDefault(ConscriptionTerm.class, ConscriptionTerm.parse("2025-AUTUMN"))
        .setDefault(LocalDate.class, LocalDate.of(2025, 9, 1))
        .setDefault(org.joda.money.Money.class, Cny.ofYuan(5000))
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(PolicyBook.class, PolicySets.sampleRegions())
        .setDefault(ThreeAccounts.class, Statements.SENIOR_HIGH);
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(ThreeAccountsCalculator.class);
    t.testAllPublicInstanceMethods(Statements.CALC);
    t.testAllPublicStaticMethods(ThreeAccountsRenderer.class);
    t.testAllPublicInstanceMethods(ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE));
    t.testAllPublicStaticMethods(ThreeAccountsJson.class);
  }

  @Test
  void statementsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Statements.SENIOR_HIGH, Statements.CALC.calculate(Personas.jiangjinSeniorHigh2025()),
            ThreeAccountsJson.parse(ThreeAccountsJson.toJson(Statements.SENIOR_HIGH)))
        .addEqualityGroup(Statements.POSTGRADUATE)
        .addEqualityGroup(Statements.CALC.calculate(Personas.jiangjinSeniorHigh2025(), Cny.ofYuan(1)))
        .addEqualityGroup(Statements.NANAN)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Statements.SENIOR_HIGH.political().get(0), Statements.POSTGRADUATE.political().get(0))
        .addEqualityGroup(Statements.SENIOR_HIGH.political().get(1))
        .addEqualityGroup(Statements.CHENGDU.growth().get(0))
        .testEquals();
  }

  @Test
  void anApprovalDateOutsideTheNewTermIsRejected() {
    CandidateProfile approved = Personas.jiangjinSeniorHigh2025();
    assertThatThrownBy(() -> Statements.CALC.calculate(approved, RegionCode.of("500116"),
        ConscriptionTerm.parse("2024-AUTUMN"))).isInstanceOf(InvalidProfileException.class)
        .hasMessageContaining("approvalDate must fall in the half-year of the enlistment term 2024-AUTUMN");
  }

  @Test
  void calculatorAndRendererSayWhatTheyAre() {
    assertThat(Statements.CALC.book()).isSameAs(PolicySets.sampleRegions());
    assertThat(Statements.CALC.toString()).startsWith("ThreeAccountsCalculator[");
    assertThat(Account.GROWTH.chineseName()).isEqualTo("成长账");
    assertThat(ItemReason.ofKey("bachelor_path")).contains(ItemReason.BACHELOR_PATH);
    assertThat(ItemReason.ofKey("nope")).isEmpty();
    assertThat(IncomeComparison.Basis.EXPECTED_WAGE.key()).isEqualTo("expected_wage");
  }
}
