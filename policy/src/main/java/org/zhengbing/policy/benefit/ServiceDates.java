package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

/**
 * The dates of one conscript's service that the benefit calculators need: the approval date (批准入伍日期), from
 * which service and the family preferential payment count (兵役法 Art 29, 征兵工作条例 Art 31), the end of the
 * conscript term, and dates a whole number of months after approval.
 *
 * <p>The approval date is the season's parameter {@code calendar.season.spring.approval_date} or
 * {@code calendar.season.autumn.approval_date} in force on 1 January of the term's year, unless the caller gives the
 * date on the enlistment approval; the term is {@code service.conscript_term.years} in force on the approval date.
 * The term ends, and a soldier serving the full term is discharged, that many years after approval.
 *
 * <p><b>Month-end rule.</b> A date {@code n} months after approval is always counted from the approval date itself
 * (never by adding to an earlier result), and a day past the end of the target month rounds down to that month's
 * last day: six months after 31 August is 28 (or 29) February, twelve months after it is 31 August again. Periods
 * run from one such date up to the day before the next.
 *
 * <p>This class stands apart so that it can later delegate to the calendar module's service-term API. This class is
 * immutable and thread-safe.
 */
public final class ServiceDates {

  private final ConscriptionTerm term;
  private final LocalDate approvalDate;
  private final @Nullable Resolved<MonthDay> approvalParameter;
  private final Resolved<Long> termYears;
  private final int termMonths;
  private final LocalDate termEnd;
  private final Step approvalStep;
  private final Step termEndStep;

  private ServiceDates(ConscriptionTerm term, LocalDate approvalDate, @Nullable Resolved<MonthDay> approvalParameter,
      Resolved<Long> termYears) {
    long years = termYears.value();
    checkArgument(years >= 1 && years <= 10, "service.conscript_term.years must be in 1..10, but was %s", years);
    this.term = term;
    this.approvalDate = approvalDate;
    this.approvalParameter = approvalParameter;
    this.termYears = termYears;
    this.termMonths = (int) years * 12;
    this.termEnd = approvalDate.plusMonths(termMonths);
    Step.Builder a = Step.builder().rule("service.approval_date")
        .addInputs(Input.of("year", new Datum.OfInteger(term.year())))
        .addInputs(Input.of("season", new Datum.OfEnum("season", term.season().key())));
    if (approvalParameter != null) {
      a.addInputs(approvalParameter.asInput("approval_month_day"));
    } else {
      a.addInputs(Input.of("approval_date_given", new Datum.OfDate(approvalDate)));
    }
    this.approvalStep = a.result(new Datum.OfDate(approvalDate)).build();
    this.termEndStep = Step.builder().rule("service.term_end")
        .addInputs(Input.of("approval_date", new Datum.OfDate(approvalDate)))
        .addInputs(termYears.asInput("term_years"))
        .result(new Datum.OfDate(termEnd)).build();
  }

  /**
   * Resolves the service dates of a term from the season's approval-date parameter.
   *
   * @param book  the policy, not null
   * @param region  the region of enlistment, not null
   * @param term  the term, not null
   * @return the dates, never null
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no approval date for the term's
   *     year or no conscript term on the approval date
   */
  public static ServiceDates resolve(PolicyBook book, RegionCode region, ConscriptionTerm term) {
    checkNotNull(book, "book");
    checkNotNull(region, "region");
    checkNotNull(term, "term");
    Resolved<MonthDay> md = book.resolve(term.season() == Season.SPRING ? BenefitKeys.SPRING_APPROVAL
        : BenefitKeys.AUTUMN_APPROVAL, region, LocalDate.of(term.year(), 1, 1));
    LocalDate approval = md.value().atYear(term.year());
    return new ServiceDates(term, approval, md, book.resolve(BenefitKeys.TERM_YEARS, region, approval));
  }

  /**
   * Resolves the service dates of a term whose approval date the caller knows.
   *
   * @param book  the policy, not null
   * @param region  the region of enlistment, not null
   * @param term  the term, not null
   * @param approvalDate  the date on the enlistment approval, in the term's half-year, not null
   * @return the dates, never null
   * @throws IllegalArgumentException if the date is not in the term's half-year
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy has no conscript term on the date
   */
  public static ServiceDates resolve(PolicyBook book, RegionCode region, ConscriptionTerm term,
      LocalDate approvalDate) {
    checkNotNull(book, "book");
    checkNotNull(region, "region");
    checkNotNull(term, "term");
    checkNotNull(approvalDate, "approvalDate");
    checkArgument(ConscriptionTerm.from(approvalDate).equals(term),
        "approval date must fall in the half-year of term %s, but was %s", term, approvalDate);
    return new ServiceDates(term, approvalDate, null, book.resolve(BenefitKeys.TERM_YEARS, region, approvalDate));
  }

  /**
   * Returns the term.
   *
   * @return the term, never null
   */
  public ConscriptionTerm term() {
    return term;
  }

  /**
   * Returns the approval date, the first day of service.
   *
   * @return the date, never null
   */
  public LocalDate approvalDate() {
    return approvalDate;
  }

  /**
   * Returns the approval-date parameter used, or empty if the caller gave the date.
   *
   * @return the parameter, if used
   */
  public Optional<Resolved<MonthDay>> approvalDateParameter() {
    return Optional.ofNullable(approvalParameter);
  }

  /**
   * Returns the conscript term parameter used.
   *
   * @return the term in years with its provenance, never null
   */
  public Resolved<Long> termYears() {
    return termYears;
  }

  /**
   * Returns the conscript term in months.
   *
   * @return the months, at least 12
   */
  public int termMonths() {
    return termMonths;
  }

  /**
   * Returns the day the full term ends: the discharge date of a conscript who serves it, and the first day no longer
   * in service.
   *
   * @return the date, never null
   */
  public LocalDate termEnd() {
    return termEnd;
  }

  /**
   * Returns the date a number of months after the approval date, by the month-end rule.
   *
   * @param months  the months, at least zero
   * @return the date, never null
   * @throws IllegalArgumentException if the months are negative
   */
  public LocalDate monthsAfterApproval(int months) {
    checkArgument(months >= 0, "months after approval must be >= 0, but was %s", months);
    return approvalDate.plusMonths(months);
  }

  /**
   * Returns the period from one month count after approval up to the day before another.
   *
   * @param fromMonth  the first month count, at least zero
   * @param toMonthExclusive  the month count at which the period ends, greater than {@code fromMonth}
   * @return the closed span of dates, never null
   * @throws IllegalArgumentException if the month counts are out of order
   */
  public DateSpan period(int fromMonth, int toMonthExclusive) {
    checkArgument(toMonthExclusive > fromMonth, "period end month must be after its start %s, but was %s",
        fromMonth, toMonthExclusive);
    return DateSpan.ofClosed(monthsAfterApproval(fromMonth), monthsAfterApproval(toMonthExclusive).minusDays(1));
  }

  /**
   * Returns the whole term as a closed span: the approval date to the day before {@link #termEnd()}.
   *
   * @return the span, never null
   */
  public DateSpan termSpan() {
    return DateSpan.ofClosed(approvalDate, termEnd.minusDays(1));
  }

  Step approvalStep() {
    return approvalStep;
  }

  Step termEndStep() {
    return termEndStep;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ServiceDates && ((ServiceDates) obj).term.equals(term)
        && ((ServiceDates) obj).approvalStep.equals(approvalStep) && ((ServiceDates) obj).termEndStep.equals(termEndStep);
  }

  @Override
  public int hashCode() {
    return Objects.hash(approvalStep, termEndStep);
  }

  @Override
  public String toString() {
    return "ServiceDates[" + term + ": " + approvalDate + " to " + termEnd + " (" + termYears.value() + " years)]";
  }
}
