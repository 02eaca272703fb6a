package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
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

  @Test
  void anAccountItemIsPoliticalOrGrowthAndEndsWithItsCitedText() {
    AccountItem i = Statements.CALC.calculate(Personas.jiangjinSeniorHigh2025()).political().get(0);
    assertThatThrownBy(() -> AccountItem.of(i.key(), Account.ECONOMIC, i.reason(), i.title(), i.text(),
        i.explanation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account item " + i.key() + " must be political or growth, but was economic");
    Explanation uncited = Explanation.of(List.of(Step.builder().rule("accounts.test").result(new Datum.OfText(i.text()))
        .addInputs(Input.of("text", new Datum.OfText(i.text()))).build()));
    assertThatThrownBy(() -> AccountItem.of(i.key(), Account.POLITICAL, i.reason(), i.title(), i.text(), uncited))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account item " + i.key() + " must end with a step whose input 'text' has a "
            + "provenance, but the last step was accounts.test");
    assertThat(AccountItem.of(i.key(), Account.POLITICAL, i.reason(), i.title(), i.text(), i.explanation()))
        .isEqualTo(i);
  }

  @Test
  void aComparisonCoversAtLeastOneMonth() {
    // 4,000 a month for 1 month is 4,000; for 0 months there is nothing to compare
    Explanation fourThousand = Explanation.of(List.of(Step.builder().rule("comparison.test")
        .result(new Datum.OfMoney(Cny.ofYuan(4000))).build()));
    assertThat(IncomeComparison.of(IncomeComparison.Basis.EXPECTED_WAGE, 1, Cny.ofYuan(5000), Cny.ofYuan(4000),
        fourThousand).difference()).isEqualTo(Cny.ofYuan(1000));
    assertThatThrownBy(() -> IncomeComparison.of(IncomeComparison.Basis.EXPECTED_WAGE, 0, Cny.ofYuan(5000),
        Cny.ofYuan(4000), fourThousand))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparison months must be >= 1, but was 0");
  }
}
