package org.zhengbing.policy.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileGen;

class ThreeAccountsPropertiesTest {

  private static final ThreeAccountsCalculator CALC = Statements.CALC;
  private static final List<ThreeAccountsRenderer> RENDERERS = List.of(
      ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE), ThreeAccountsRenderer.of(Locale.ENGLISH));

  /** Statements of sample profiles, half of them beside an expected monthly wage of 0 to 50,000 yuan. */
  private static Gen<ThreeAccounts> statements() {
    Gen<Optional<Money>> wages = Generate.longRange(0, 5_000_000).map(Cny::ofFen).toOptionals(50);
    return ProfileGen.sampleProfiles().zip(wages, (p, w) -> w.isPresent() ? CALC.calculate(p, w.get())
        : CALC.calculate(p));
  }

  private static List<AccountItem> accountItems(ThreeAccounts a) {
    List<AccountItem> all = new ArrayList<>(a.political());
    all.addAll(a.growth());
    all.addAll(a.laterItems());
    return all;
  }

  private static boolean illustrative(Explanation e) {
    return e.provenances().stream().map(Provenance::confidence).anyMatch(c -> c.isIllustrative());
  }

  @Test
  void economicTotalEqualsTheSumOfItsItems() {
    qt().forAll(statements()).checkAssert(a -> {
      Money sum = Cny.ZERO;
      for (Benefit b : a.economicItems()) {
        sum = sum.plus(b.total());
      }
      assertThat(a.economicTotal()).isEqualTo(sum);
      Money total = sum;
      a.comparison().ifPresent(c -> {
        assertThat(c.enlistmentIncome()).isEqualTo(total);
        assertThat(c.difference()).isEqualTo(total.minus(c.alternativeIncome()));
        assertThat(c.explanation().result().toString()).isEqualTo(c.alternativeIncome().getAmount().toPlainString());
      });
    });
  }

  @Test
  void everyItemHasACitation() {
    qt().forAll(statements()).checkAssert(a -> {
      for (AccountItem i : accountItems(a)) {
        assertThat(i.citation().document()).isNotBlank();
        assertThat(i.explanation().citations()).contains(i.citation());
      }
      for (Benefit b : a.economicItems()) {
        assertThat(b.citations()).isNotEmpty();
      }
      a.comparison().ifPresent(c -> {
        if (c.basis() == IncomeComparison.Basis.REGION_AVERAGE_WAGE) {
          assertThat(c.explanation().citations()).isNotEmpty();
        }
      });
    });
  }

  @Test
  void renderingInEitherLocaleNeverLeavesAMissingKey() {
    // A missing word throws MissingResourceException; an unfilled pattern would show as {0}.
    qt().forAll(statements()).checkAssert(a -> {
      for (ThreeAccountsRenderer r : RENDERERS) {
        for (String out : List.of(r.text(a), r.summary(a), r.markdown(a), r.html(a))) {
          assertThat(out).doesNotContainPattern("\\{\\d+\\}").doesNotContain("null");
        }
      }
    });
  }

  @Test
  void jsonRoundTripsLosslessly() {
    qt().forAll(statements()).checkAssert(a -> {
      String json = ThreeAccountsJson.toJson(a);
      ThreeAccounts back = ThreeAccountsJson.parse(json);
      assertThat(back).isEqualTo(a);
      assertThat(ThreeAccountsJson.toJson(back)).isEqualTo(json);
    });
  }

  @Test
  void anIllustrativeInputAlwaysProducesTheNotice() {
    qt().forAll(statements()).checkAssert(a -> {
      boolean expected = accountItems(a).stream().anyMatch(i -> illustrative(i.explanation()))
          || a.economicItems().stream().anyMatch(b -> illustrative(b.explanation()))
          || a.comparison().map(c -> illustrative(c.explanation())).orElse(false);
      assertThat(a.isIllustrative()).isEqualTo(expected);
      for (ThreeAccountsRenderer r : RENDERERS) {
        String notice = Words.load(r.locale().getLanguage()).get("notice.illustrative", "").replaceAll("[：:。.]+$",
            "");
        assertThat(r.text(a).contains(notice)).isEqualTo(expected);
        assertThat(r.markdown(a).contains(notice)).isEqualTo(expected);
        assertThat(r.html(a).contains("<div class=\"notice\" role=\"note\">")).isEqualTo(expected);
      }
      for (Benefit b : a.economicItems()) {
        assertThat(a.illustrativeItems().contains("benefit." + b.kind().key())).isEqualTo(illustrative(
            b.explanation()));
      }
    });
  }

  @Test
  void theStatementIsDeterministic() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      ThreeAccounts a = CALC.calculate(p);
      ThreeAccounts b = ThreeAccountsCalculator.of(PolicySets.sampleRegions()).calculate(p);
      assertThat(b).isEqualTo(a);
      for (ThreeAccountsRenderer r : RENDERERS) {
        assertThat(r.html(b)).isEqualTo(r.html(a));
        assertThat(r.text(b)).isEqualTo(r.text(a));
      }
      assertThat(ThreeAccountsJson.toJson(b)).isEqualTo(ThreeAccountsJson.toJson(a));
    });
  }

  @Test
  void itemsAppearOnlyForThoseTheyApplyTo() {
    qt().forAll(ProfileGen.sampleProfiles()).checkAssert(p -> {
      ThreeAccounts a = CALC.calculate(p);
      List<String> keys = accountItems(a).stream().map(AccountItem::key).toList();
      boolean bachelor = p.educationLevel() == EducationLevel.UNDERGRADUATE;
      assertThat(keys.contains("accounts.growth.postgraduate_bonus")).isEqualTo(bachelor);
      assertThat(keys.contains("accounts.growth.postgraduate_plan")).isEqualTo(bachelor);
      assertThat(keys.contains("accounts.growth.study_place_kept")).isEqualTo(p.isCollegeStudent());
      assertThat(keys.contains("accounts.growth.zhuanshengben"))
          .isEqualTo(p.isCollegeStudent() && p.educationLevel() == EducationLevel.JUNIOR_COLLEGE);
      assertThat(keys.contains("accounts.political.gazetteer")).isEqualTo(p.merits().stream()
          .anyMatch(m -> m.compareTo(MeritAward.SECOND_CLASS_MERIT) <= 0));
      assertThat(keys).contains("accounts.political.refusal_consequences", "accounts.growth.vocational_training");
      if (!p.educationLevel().isCollege()) {
        assertThat(a.economicItems()).noneMatch(b -> b.kind() == BenefitKind.TUITION);
        assertThat(keys).doesNotContain("accounts.political.graduate_reserved_posts");
      }
    });
  }

  @Test
  void everyItemSaysWhyItApplies() {
    qt().forAll(statements(), SourceDSL.booleans().all()).checkAssert((a, zh) -> {
      ThreeAccountsRenderer r = RENDERERS.get(zh ? 0 : 1);
      String text = r.text(a);
      for (AccountItem i : a.political()) {
        assertThat(text).contains(Words.load(zh ? "zh" : "en").get("reason." + i.reason().key()));
      }
    });
  }
}
