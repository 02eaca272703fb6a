package org.zhengbing.calendar.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * Calculates a conscript's {@link ServiceTerm} from the approval date: the term's length is the parameter
 * {@code service.conscript_term.years} (MSL Art 26) and its end is reached by adding the years under the month-end
 * rule {@code calendar.date_arithmetic.month_end_rule} (民法典 Art 202), unless the caller fixes a rule with
 * {@link #withMonthEndRule(MonthEndRule)}.
 *
 * <p>Parameters are those in force on 1 January of the conscription year, as for the whole calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceTermCalculator {

  /** The conscript term in years. */
  public static final ParameterKey<Long> TERM_YEARS = ParameterKey.integer("service.conscript_term.years");
  /** The month-end rule of date arithmetic. */
  public static final ParameterKey<String> MONTH_END_RULE =
      ParameterKey.enumConstant("calendar.date_arithmetic.month_end_rule", MonthEndRule.DOMAIN);

  private final PolicyBook book;
  private final @Nullable MonthEndRule rule;

  private ServiceTermCalculator(PolicyBook book, @Nullable MonthEndRule rule) {
    this.book = book;
    this.rule = rule;
  }

  /**
   * Obtains a calculator reading its parameters from a policy.
   *
   * @param book  the policy, not null
   * @return the calculator, never null
   */
  public static ServiceTermCalculator of(PolicyBook book) {
    checkNotNull(book, "book");
    return new ServiceTermCalculator(book, null);
  }

  /**
   * Returns a copy that adds years under the given rule instead of the policy's, such as
   * {@link MonthEndRule#STRICT} to refuse an approval date of 29 February.
   *
   * @param monthEndRule  the rule, not null
   * @return a new calculator, never null
   */
  public ServiceTermCalculator withMonthEndRule(MonthEndRule monthEndRule) {
    checkNotNull(monthEndRule, "monthEndRule");
    return new ServiceTermCalculator(book, monthEndRule);
  }

  /**
   * Calculates the term of a conscript approved on a given date, such as the date on his enlistment approval
   * (入伍批准书).
   *
   * @param term  the conscription term (year and season) of the approval, not null
   * @param region  the region whose policy applies, not null
   * @param approvalDate  the approval date, not null
   * @return the service term, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no term length or month-end rule
   *     in force on 1 January of the term's year
   * @throws ArithmeticException if the month-end rule is strict and the end is ambiguous (approval on 29 February)
   */
  public ServiceTerm calculate(ConscriptionTerm term, RegionCode region, LocalDate approvalDate) {
    checkNotNull(term, "term");
    checkNotNull(region, "region");
    checkNotNull(approvalDate, "approvalDate");
    Step given = Step.builder().rule("service_term.approval_date")
        .addInputs(Input.of("approval_date", Datum.of(approvalDate)))
        .result(Datum.of(approvalDate)).build();
    return calculate(term, region, approvalDate, List.of(given));
  }

  /**
   * Calculates the term from an explained approval date, such as a calendar's approval phase: the approval
   * explanation's steps lead the term's explanation.
   *
   * @param term  the conscription term (year and season) of the approval, not null
   * @param region  the region whose policy applies, not null
   * @param approval  the explanation of the approval date; its result is a date or a one-day span, not null
   * @return the service term, never null
   * @throws IllegalArgumentException if the approval's result is not a date or a one-day span
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no term length or month-end rule
   *     in force on 1 January of the term's year
   * @throws ArithmeticException if the month-end rule is strict and the end is ambiguous (approval on 29 February)
   */
  public ServiceTerm calculate(ConscriptionTerm term, RegionCode region, Explanation approval) {
    checkNotNull(term, "term");
    checkNotNull(region, "region");
    checkNotNull(approval, "approval");
    Datum r = approval.result();
    LocalDate date;
    if (r instanceof Datum.OfDate) {
      date = ((Datum.OfDate) r).value();
    } else if (r instanceof Datum.OfDateSpan && ((Datum.OfDateSpan) r).value().lengthInDays() == 1) {
      date = ((Datum.OfDateSpan) r).value().start();
    } else {
      throw new IllegalArgumentException("approval explanation must result in a date or a one-day span, but was "
          + r + " (" + r.kind() + ")");
    }
    return calculate(term, region, date, approval.steps());
  }

  private ServiceTerm calculate(ConscriptionTerm term, RegionCode region, LocalDate approvalDate,
      List<Step> approvalSteps) {
    checkNotNull(term, "term");
    checkNotNull(region, "region");
    LocalDate jan1 = LocalDate.of(term.year(), 1, 1);
    Resolved<Long> years = book.resolve(TERM_YEARS, region, jan1);
    checkArgument(years.value() >= 1 && years.value() <= 100,
        "service.conscript_term.years must be in 1..100, but was %s", years.value());
    List<Step> steps = new ArrayList<>(approvalSteps);
    Input ruleInput;
    MonthEndRule monthEndRule;
    if (rule != null) {
      monthEndRule = rule;
      ruleInput = Input.of("month_end_rule", rule.toDatum());
    } else {
      Resolved<String> r = book.resolve(MONTH_END_RULE, region, jan1);
      monthEndRule = MonthEndRule.ofKey(r.value());
      ruleInput = r.asInput("month_end_rule");
    }
    int y = years.value().intValue();
    LocalDate end = monthEndRule.plusYears(approvalDate, y);
    steps.add(Step.builder().rule("service_term.end")
        .addInputs(Input.of("approval_date", Datum.of(approvalDate)), years.asInput("years"), ruleInput)
        .result(Datum.of(end)).build());
    DateSpan served = DateSpan.ofClosed(approvalDate, end.minusDays(1));
    steps.add(Step.builder().rule("service_term.span")
        .addInputs(Input.of("approval_date", Datum.of(approvalDate)), Input.of("end", Datum.of(end)))
        .result(Datum.of(served)).build());
    return ImmutableServiceTerm.builder().conscriptionTerm(term).region(region).start(approvalDate).years(y)
        .monthEndRule(monthEndRule).end(end).explanation(Explanation.of(steps)).build();
  }
}
