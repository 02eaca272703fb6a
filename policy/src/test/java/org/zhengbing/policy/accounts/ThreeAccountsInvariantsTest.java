package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.testing.Personas;
import org.zhengbing.policy.testing.ProfileDraft;

/** A statement assembled from parts that do not belong together is rejected, naming the part. */
class ThreeAccountsInvariantsTest {

  private static final ThreeAccounts A = Statements.SENIOR_HIGH;

  private static ThreeAccounts assemble(List<AccountItem> political, List<AccountItem> growth, List<AccountItem> later,
      EnlistmentBenefits economic, Optional<IncomeComparison> comparison) {
    return ThreeAccounts.of(A.profile(), political, growth, later, economic, comparison);
  }

  @Test
  void thePartsOfAStatementReassembleIntoAnEqualOne() {
    assertThat(assemble(A.political(), A.growth(), A.laterItems(), A.economic(), A.comparison())).isEqualTo(A);
  }

  @Test
  void itemsMustSitInTheirOwnAccount() {
    AccountItem political = A.political().get(0);
    assertThatThrownBy(() -> assemble(A.political(), List.of(political), List.of(), A.economic(), A.comparison()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("growth account items must belong to it, but " + political.key()
            + " belongs to political");
    AccountItem growth = Statements.CHENGDU.growth().get(0);
    assertThatThrownBy(() -> assemble(List.of(growth), List.of(), List.of(), A.economic(), A.comparison()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("political account items must belong to it, but " + growth.key()
            + " belongs to growth");
  }

  @Test
  void theEconomicAccountMustBeThePersonsRegionAndTerm() {
    assertThatThrownBy(() -> assemble(A.political(), A.growth(), List.of(), Statements.NANAN.economic(),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("economic account region must be the profile's region 500116, but was 350583");
    EnlistmentBenefits spring = BenefitsCalculator.of(PolicySets.sampleRegions())
        .calculate(ProfileDraft.of("500116", "2025-SPRING").build());
    assertThatThrownBy(() -> assemble(A.political(), A.growth(), List.of(), spring, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("economic account term must be the profile's term 2025-AUTUMN, but was 2025-SPRING");
  }

  @Test
  void theComparisonMustStartFromTheEconomicTotal() {
    IncomeComparison other = Statements.POSTGRADUATE.comparison().orElseThrow();
    assertThat(other.enlistmentIncome()).isNotEqualTo(A.economicTotal());
    assertThatThrownBy(() -> assemble(A.political(), A.growth(), List.of(), A.economic(), Optional.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparison enlistment income must be the economic total " + A.economicTotal()
            + ", but was " + other.enlistmentIncome());
  }

  @Test
  void aLaterItemMustComeIntoForceAfterTheStatementsDate() {
    AccountItem inForce = A.political().get(0);
    assertThat(inForce.effectiveFrom()).isBeforeOrEqualTo(A.date());
    assertThatThrownBy(() -> assemble(A.political(), A.growth(), List.of(inForce), A.economic(), A.comparison()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("later item " + inForce.key() + " must come into force after 2025-09-01, but was in "
            + "force from " + inForce.effectiveFrom());
  }

  @Test
  void illustrativeItemsFollowTheStatementsOrder() {
    // the political and growth items of the sample policy are cited texts, the Jiangjin payments ILLUSTRATIVE: the
    // ids list the accounts' illustrative items first, then the payments, the comparison, the later items
    // (calculated here, not taken from a shared constant, so that the ids are worked out while this test runs)
    ThreeAccounts a = Statements.CALC.calculate(Personas.jiangjinSeniorHigh2025());
    List<String> ids = a.illustrativeItems();
    assertThat(ids).startsWith("benefit.family_payment").endsWith(ThreeAccounts.COMPARISON_ID);
    for (AccountItem i : a.political()) {
      assertThat(ids.contains(i.key())).as(i.key()).isEqualTo(i.isIllustrative());
    }
    for (AccountItem i : a.growth()) {
      assertThat(ids.contains(i.key())).as(i.key()).isEqualTo(i.isIllustrative());
    }
    for (AccountItem i : a.laterItems()) {
      assertThat(ids.contains(i.key())).as(i.key()).isEqualTo(i.isIllustrative());
    }
  }
}
