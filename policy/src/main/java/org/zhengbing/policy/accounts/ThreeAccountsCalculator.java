package org.zhengbing.policy.accounts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterDefinition;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterType;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.benefit.BenefitRules;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.MeritAward;

/**
 * Works out the three accounts (三本账) of a young person: which political and growth items apply and why, the
 * economic account from {@link BenefitsCalculator}, and, where an alternative income is known, the comparison with
 * it.
 *
 * <pre>{@code
 * ThreeAccountsCalculator calc = ThreeAccountsCalculator.of(PolicySets.sampleRegions());
 * ThreeAccounts a = calc.calculate(profile);                             // the profile's region and term
 * ThreeAccounts b = calc.calculate(profile, RegionCode.of("500116"), ConscriptionTerm.parse("2025-AUTUMN"));
 * ThreeAccounts c = calc.calculate(profile, Cny.ofYuan(5000));           // beside 5,000 yuan a month of wages
 * }</pre>
 *
 * <p>The texts are the cited text parameters {@code accounts.political.*} and {@code accounts.growth.*} (bundled in
 * {@code accounts-national.yaml}), with their figures filled from cited numeric parameters. Which items apply is
 * decided here from the profile, never from the wording:
 * <ul>
 *   <li>every recruit: honour plaque and letters (抚恤优待条例 Art 37), household registration kept (兵役法 Art 49),
 *       priority in public hiring (保障法 Art 42), the path to sergeant, free vocational training (保障法 Art 36);
 *       and, stated neutrally, what refusing costs (兵役法 Art 57);
 *   <li>every conscript discharged as a soldier (not one who became an officer or cadet): preference in
 *       civil-service examinations (抚恤优待条例 Art 45);
 *   <li>second-class merit (二等功) or higher, or an award ranked above it: entry in the local gazetteer (保障法
 *       Art 63);
 *   <li>a college graduate whose service (the months served, or the conscript term) reaches
 *       {@code political.graduate_reserved_posts.min_service_years}: the reserved civil-service posts (保障法 Art 43);
 *   <li>an admitted or enrolled college student: the study place kept and re-entry (征兵工作条例 Art 33);
 *   <li>a bachelor's student or graduate: the postgraduate exam bonus and the dedicated master's plan;
 *   <li>a junior-college (专科) student: exam-free entry to a bachelor's programme (专升本);
 *   <li>everyone who enlists in a region: any text parameter the region defines under {@code accounts.political.local.}
 *       or {@code accounts.growth.local.}.
 * </ul>
 *
 * <p>The statement is as of the approval date. An item that applies but whose text is in force only later is put in
 * {@link ThreeAccounts#laterItems()}, as first in force; one never in force for the region is left out.
 *
 * <p>The alternative income is the caller's expected monthly wage times the months of the conscript term, or, when
 * no wage is given, the region's average annual wage ({@code local_economy.urban_average_wage}) in force at the start
 * of each year of the term, times that year's months over 12, rounded half up to the fen; without either there is no
 * comparison.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThreeAccountsCalculator {

  private static final ParameterKey<Money> AVERAGE_WAGE = ParameterKey.money("local_economy.urban_average_wage");
  private static final ParameterKey<Long> RESERVED_POST_YEARS =
      ParameterKey.integer("political.graduate_reserved_posts.min_service_years");
  private static final String POLITICAL_LOCAL = "accounts.political.local.";
  private static final String GROWTH_LOCAL = "accounts.growth.local.";
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final ParameterType TEXT = ParameterType.scalar(Datum.Kind.TEXT);

  /** How a national item decides whether it applies. */
  private interface Rule {
    Optional<ItemReason> applies(CandidateProfile p, int monthsServed, Map<String, Resolved<Long>> figures);
  }

  /** A national item: its text parameter, its figures by placeholder, and its rule. */
  private static final class Spec {
    final String key;
    final Account account;
    final ImmutableMap<String, ParameterKey<Long>> figures;
    final Rule rule;

    Spec(String key, Account account, ImmutableMap<String, ParameterKey<Long>> figures, Rule rule) {
      this.key = key;
      this.account = account;
      this.figures = figures;
      this.rule = rule;
    }
  }

  private static final ImmutableList<Spec> SPECS = ImmutableList.of(
      political("honour_plaque", always(ItemReason.EVERY_RECRUIT)),
      political("gazetteer", (p, m, f) -> p.merits().stream().anyMatch(ThreeAccountsCalculator::secondClassOrHigher)
          ? Optional.of(ItemReason.SECOND_CLASS_MERIT_OR_HIGHER) : Optional.empty()),
      political("hukou_kept", always(ItemReason.EVERY_RECRUIT)),
      political("public_hiring_priority", always(ItemReason.EVERY_VETERAN)),
      new Spec("accounts.political.graduate_reserved_posts", Account.POLITICAL,
          ImmutableMap.of("years", RESERVED_POST_YEARS), ThreeAccountsCalculator::reservedPosts),
      political("civil_service_exam", (p, m, f) -> p.officerOrAcademyAfterMonths().isEmpty()
          ? Optional.of(ItemReason.EVERY_VETERAN) : Optional.empty()),
      political("sergeant_path", always(ItemReason.EVERY_RECRUIT)),
      political("refusal_consequences", always(ItemReason.REFUSAL_STATED)),
      growth("study_place_kept", ImmutableMap.of(), (p, m, f) -> p.isCollegeStudent()
          ? Optional.of(ItemReason.ENROLLED_STUDENT) : Optional.empty()),
      growth("postgraduate_bonus", ImmutableMap.of(
          "points", ParameterKey.integer("growth.postgraduate_exam.bonus_points"),
          "years", ParameterKey.integer("growth.postgraduate_exam.window_years")), ThreeAccountsCalculator::bachelor),
      growth("postgraduate_plan", ImmutableMap.of("places", ParameterKey.integer("growth.postgraduate_plan.places")),
          ThreeAccountsCalculator::bachelor),
      growth("zhuanshengben", ImmutableMap.of(), (p, m, f) ->
          p.educationLevel() == EducationLevel.JUNIOR_COLLEGE && p.isCollegeStudent()
              ? Optional.of(ItemReason.JUNIOR_COLLEGE_STUDENT) : Optional.empty()),
      growth("vocational_training", ImmutableMap.of(), always(ItemReason.EVERY_VETERAN)));

  private final PolicyBook book;
  private final BenefitsCalculator benefits;
  /** The local text parameters the policy defines, in key order, with their account. */
  private final ImmutableMap<String, Account> localKeys;

  private ThreeAccountsCalculator(PolicyBook book) {
    this.book = book;
    this.benefits = BenefitsCalculator.of(book);
    ImmutableMap.Builder<String, Account> local = ImmutableMap.builder();
    for (String key : new TreeSet<>(book.definitions().keySet())) {
      Account account = key.startsWith(POLITICAL_LOCAL) ? Account.POLITICAL
          : key.startsWith(GROWTH_LOCAL) ? Account.GROWTH : null;
      if (account != null && book.definitions().get(key).type().equals(TEXT)) {
        local.put(key, account);
      }
    }
    this.localKeys = local.buildOrThrow();
  }

  /**
   * Obtains a calculator reading a policy, such as {@code PolicySets.sampleRegions()}.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   * @throws IllegalArgumentException if the policy lacks the benefit parameters
   */
  public static ThreeAccountsCalculator of(PolicyBook book) {
    checkNotNull(book, "book");
    return new ThreeAccountsCalculator(book);
  }

  /**
   * Returns the policy this calculator reads.
   *
   * @return the policy, never null
   */
  public PolicyBook book() {
    return book;
  }

  /**
   * Works out the three accounts for a profile's region and term, as of its approval date; the comparison uses the
   * region's average wage if the policy has it.
   *
   * @param profile  the profile, not null
   * @return the statement, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date or conscript
   *     term for the profile's term, or a figure an applicable text needs
   * @throws IllegalArgumentException if a region's formula needs an input the profile lacks (the hukou type)
   */
  public ThreeAccounts calculate(CandidateProfile profile) {
    checkNotNull(profile, "profile");
    return compute(profile, null);
  }

  /**
   * Works out the three accounts for a profile enlisting in another region or term.
   *
   * @param profile  the profile, not null
   * @param region  the region of enlistment, not null
   * @param term  the season of enlistment, not null
   * @return the statement, never null
   * @throws org.zhengbing.policy.profile.InvalidProfileException if the profile's approval date is outside the term
   * @throws org.zhengbing.core.param.ParameterNotFoundException as {@link #calculate(CandidateProfile)}
   */
  public ThreeAccounts calculate(CandidateProfile profile, RegionCode region, ConscriptionTerm term) {
    checkNotNull(profile, "profile");
    checkNotNull(region, "region");
    checkNotNull(term, "term");
    return compute(profile.withEnlistmentRegion(region).withEnlistmentTerm(term), null);
  }

  /**
   * Works out the three accounts for a profile enlisting in another region on a known approval date.
   *
   * @param profile  the profile, not null
   * @param region  the region of enlistment, not null
   * @param approvalDate  the approval date (批准入伍日期), which gives the season, not null
   * @return the statement, never null
   * @throws org.zhengbing.policy.profile.InvalidProfileException if the profile already has an approval date in
   *     another season
   * @throws org.zhengbing.core.param.ParameterNotFoundException as {@link #calculate(CandidateProfile)}
   */
  public ThreeAccounts calculate(CandidateProfile profile, RegionCode region, LocalDate approvalDate) {
    checkNotNull(profile, "profile");
    checkNotNull(region, "region");
    checkNotNull(approvalDate, "approvalDate");
    return compute(profile.withEnlistmentRegion(region).withEnlistmentTerm(ConscriptionTerm.from(approvalDate))
        .withApprovalDate(approvalDate), null);
  }

  /**
   * Works out the three accounts for a profile's region and term, compared with a monthly wage the caller expects
   * the person would earn by working instead.
   *
   * @param profile  the profile, not null
   * @param expectedMonthlyWage  the expected wage a month, in CNY, at least zero, not null
   * @return the statement, never null
   * @throws IllegalArgumentException if the wage is negative or not in CNY
   * @throws org.zhengbing.core.param.ParameterNotFoundException as {@link #calculate(CandidateProfile)}
   */
  public ThreeAccounts calculate(CandidateProfile profile, Money expectedMonthlyWage) {
    checkNotNull(profile, "profile");
    checkNotNull(expectedMonthlyWage, "expectedMonthlyWage");
    checkArgument(expectedMonthlyWage.getCurrencyUnit().equals(Cny.CNY) && !expectedMonthlyWage.isNegative(),
        "expected monthly wage must be an amount in CNY >= 0, but was %s", expectedMonthlyWage);
    return compute(profile, expectedMonthlyWage);
  }

  private ThreeAccounts compute(CandidateProfile profile, @Nullable Money wage) {
    BenefitRules rules = BenefitRules.forProfile(book, profile);
    EnlistmentBenefits economic = benefits.calculate(profile, rules);
    RegionCode region = profile.enlistmentRegion();
    LocalDate date = economic.approvalDate();
    int termMonths = rules.dates().termMonths();
    int served = profile.monthsServed().orElse(termMonths);

    List<AccountItem> political = new ArrayList<>();
    List<AccountItem> growth = new ArrayList<>();
    List<AccountItem> later = new ArrayList<>();
    for (Spec s : SPECS) {
      Optional<LocalDate> on = firstInForce(s.key, region, date);
      if (on.isEmpty()) {
        continue;
      }
      Map<String, Resolved<Long>> figures = resolveFigures(s, region, on.get());
      Optional<ItemReason> reason = s.rule.applies(profile, served, figures);
      if (reason.isPresent()) {
        AccountItem item = item(s.key, s.account, reason.get(), region, on.get(), figures);
        (on.get().equals(date) ? (s.account == Account.POLITICAL ? political : growth) : later).add(item);
      }
    }
    for (Map.Entry<String, Account> local : localKeys.entrySet()) {
      String key = local.getKey();
      Account account = local.getValue();
      Optional<LocalDate> on = firstInForce(key, region, date);
      if (on.isPresent()) {
        AccountItem item = item(key, account, ItemReason.LOCAL_ITEM, region, on.get(), ImmutableMap.of());
        (on.get().equals(date) ? (account == Account.POLITICAL ? political : growth) : later).add(item);
      }
    }
    Optional<IncomeComparison> comparison = wage != null
        ? Optional.of(expectedWage(wage, termMonths, economic.total()))
        : regionWage(region, rules, termMonths, economic.total());
    return ThreeAccounts.of(profile, political, growth, later, economic, comparison);
  }

  /** Returns the date itself if the text is in force then, else the first later date it is in force, if any. */
  private Optional<LocalDate> firstInForce(String key, RegionCode region, LocalDate date) {
    ParameterKey<LocalizedText> k = ParameterKey.text(key);
    if (book.definition(key).isEmpty()) {
      return Optional.empty();
    }
    if (book.find(k, region, date).isPresent()) {
      return Optional.of(date);
    }
    TreeSet<LocalDate> starts = new TreeSet<>();
    for (ParameterEntry e : book.entries(key)) {
      if (e.provenance().effectiveFrom().isAfter(date)) {
        starts.add(e.provenance().effectiveFrom());
      }
    }
    for (LocalDate d : starts) {
      if (book.find(k, region, d).isPresent()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private Map<String, Resolved<Long>> resolveFigures(Spec s, RegionCode region, LocalDate on) {
    ImmutableMap.Builder<String, Resolved<Long>> out = ImmutableMap.builder();
    for (Map.Entry<String, ParameterKey<Long>> f : s.figures.entrySet()) {
      out.put(f.getKey(), book.resolve(f.getValue(), region, on));
    }
    return out.build();
  }

  private AccountItem item(String key, Account account, ItemReason reason, RegionCode region, LocalDate on,
      Map<String, Resolved<Long>> figures) {
    Resolved<LocalizedText> text = book.resolve(ParameterKey.text(key), region, on);
    ParameterDefinition def = book.definition(key).orElseThrow();
    List<Step> steps = new ArrayList<>();
    Step.Builder last = Step.builder().rule(key).addInputs(text.asInput("text"))
        .addInputs(Input.of("reason", new Datum.OfEnum("item_reason", reason.key())));
    String zh = text.value().zh();
    String en = text.value().en();
    for (Map.Entry<String, Resolved<Long>> f : figures.entrySet()) {
      Resolved<Long> r = f.getValue();
      steps.add(Step.builder().rule(r.provenance().key()).addInputs(r.asInput("value")).result(r.datum())
          .citation(r.provenance().citation()).build());
      last.addInputs(Input.of(f.getKey(), r.datum()));
      String placeholder = "{" + f.getKey() + "}";
      zh = zh.replace(placeholder, Long.toString(r.value()));
      en = en.replace(placeholder, Long.toString(r.value()));
    }
    if (zh.contains("{") || en.contains("{")) {
      throw new IllegalStateException("text parameter '" + key + "' must only use the placeholders "
          + figures.keySet() + ", but after filling it still reads: " + (zh.contains("{") ? zh : en));
    }
    LocalizedText filled = LocalizedText.of(zh, en);
    steps.add(last.result(new Datum.OfText(filled)).citation(text.provenance().citation()).build());
    return AccountItem.of(key, account, reason, def.label(), filled, Explanation.of(steps));
  }

  private static IncomeComparison expectedWage(Money wage, int months, Money enlistment) {
    Money income = wage.multipliedBy(months);
    Explanation e = Explanation.of(
        Step.builder().rule("comparison.expected_wage").addInputs(Input.of("monthly_wage", new Datum.OfMoney(wage)))
            .addInputs(Input.of("months", new Datum.OfInteger(months))).result(new Datum.OfMoney(income)).build(),
        Step.builder().rule("comparison.alternative_income").addInputs(Input.of("expected_wage",
            new Datum.OfMoney(income))).result(new Datum.OfMoney(income)).build());
    return IncomeComparison.of(IncomeComparison.Basis.EXPECTED_WAGE, months, enlistment, income, e);
  }

  private Optional<IncomeComparison> regionWage(RegionCode region, BenefitRules rules, int months, Money enlistment) {
    List<Step> steps = new ArrayList<>();
    Step.Builder total = Step.builder().rule("comparison.alternative_income");
    Money sum = Cny.ZERO;
    for (int start = 0, year = 1; start < months; start += 12, year++) {
      LocalDate from = rules.dates().monthsAfterApproval(start);
      Optional<Resolved<Money>> w = book.find(AVERAGE_WAGE, region, from);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      int m = Math.min(12, months - start);
      BigDecimal exact = w.get().value().getAmount().multiply(BigDecimal.valueOf(m))
          .divide(TWELVE, MathContext.DECIMAL128);
      Money amount = Cny.of(exact.setScale(2, RoundingMode.HALF_UP));
      Step.Builder s = Step.builder().rule("comparison.average_wage").addInputs(w.get().asInput("annual_wage"))
          .addInputs(Input.of("year_from", new Datum.OfDate(from)))
          .addInputs(Input.of("months", new Datum.OfInteger(m))).result(new Datum.OfMoney(amount))
          .citation(w.get().provenance().citation());
      if (exact.compareTo(amount.getAmount()) != 0) {
        s.rounding(Rounding.of(exact, amount.getAmount(), RoundingMode.HALF_UP, "fen"));
      }
      steps.add(s.build());
      total.addInputs(Input.of("year_" + year, new Datum.OfMoney(amount)));
      sum = sum.plus(amount);
    }
    steps.add(total.result(new Datum.OfMoney(sum)).build());
    return Optional.of(IncomeComparison.of(IncomeComparison.Basis.REGION_AVERAGE_WAGE, months, enlistment, sum,
        Explanation.of(steps)));
  }

  private static boolean secondClassOrHigher(MeritAward award) {
    // MeritAward is declared from the highest award down; second-class merit and everything above it count.
    return award.compareTo(MeritAward.SECOND_CLASS_MERIT) <= 0;
  }

  private static Optional<ItemReason> reservedPosts(CandidateProfile p, int monthsServed,
      Map<String, Resolved<Long>> figures) {
    long years = figures.get("years").value();
    return p.educationLevel().isCollege() && p.isGraduate() && monthsServed >= years * 12
        ? Optional.of(ItemReason.GRADUATE_LONG_SERVICE) : Optional.empty();
  }

  private static Optional<ItemReason> bachelor(CandidateProfile p, int monthsServed,
      Map<String, Resolved<Long>> figures) {
    return p.educationLevel() == EducationLevel.UNDERGRADUATE ? Optional.of(ItemReason.BACHELOR_PATH)
        : Optional.empty();
  }

  private static Rule always(ItemReason reason) {
    return (p, m, f) -> Optional.of(reason);
  }

  private static Spec political(String name, Rule rule) {
    return new Spec("accounts.political." + name, Account.POLITICAL, ImmutableMap.of(), rule);
  }

  private static Spec growth(String name, ImmutableMap<String, ParameterKey<Long>> figures, Rule rule) {
    return new Spec("accounts.growth." + name, Account.GROWTH, figures, rule);
  }

  @Override
  public String toString() {
    return "ThreeAccountsCalculator[" + book + "]";
  }
}
