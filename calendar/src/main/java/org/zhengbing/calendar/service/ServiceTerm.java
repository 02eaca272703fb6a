package org.zhengbing.calendar.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.zhengbing.calendar.date.MonthEndRule;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * A conscript's service term (义务兵服现役期限): it starts on the approval date (批准入伍之日, MSL Art 29) and lasts
 * {@link #years()} years (two, MSL Art 26).
 *
 * <p>{@link #end()} is the day the term is complete: the approval date plus the years under the term's
 * {@link MonthEndRule} (民法典 Art 202: the corresponding day of the approval month, or the month's last day if
 * there is none), which is why discharge follows the approval month. The days served are {@link #span()}, from the
 * approval date to the day before {@link #end()}. The explanation's result is that span.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceTerm {

  ServiceTerm() {}

  /**
   * Returns the conscription term (year and season) the conscript was approved in.
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm conscriptionTerm();

  /**
   * Returns the region whose policy applied.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the approval date, the first day of service.
   *
   * @return the start, never null
   */
  public abstract LocalDate start();

  /**
   * Returns the length of the term in years.
   *
   * @return the years, at least 1
   */
  public abstract int years();

  /**
   * Returns the month-end rule used to add the years.
   *
   * @return the rule, never null
   */
  public abstract MonthEndRule monthEndRule();

  /**
   * Returns the day the term is complete, when discharge falls due: the approval date plus {@link #years()} years
   * under {@link #monthEndRule()}. It is the first day after the days served.
   *
   * @return the end, never null
   */
  public abstract LocalDate end();

  /**
   * Returns how the term was reached; its result is {@link #span()}.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the days served in the term: from the approval date to the day before {@link #end()}.
   *
   * @return the span, never null
   */
  public DateSpan span() {
    return DateSpan.ofClosed(start(), end().minusDays(1));
  }

  /**
   * Returns the term's periods of a number of months each, counted from the approval date: period k (from 1)
   * starts on the approval date plus (k-1) times the months, under the term's month-end rule, and ends the day
   * before the next one starts; the last ends with the term. With six months and a two-year term these are the
   * four half-years of the family preferential payment.
   *
   * @param monthsPerPeriod  the months in a period, 1 to 120
   * @return the periods, in order, never null
   * @throws IllegalArgumentException if monthsPerPeriod is out of range
   * @throws ArithmeticException if the month-end rule is strict and a period boundary is ambiguous
   */
  public ImmutableList<ServicePeriod> periods(int monthsPerPeriod) {
    return periodsThrough(monthsPerPeriod, end().minusDays(1));
  }

  /**
   * Returns the periods up to the last day served, the last one cut short there: for a conscript who leaves
   * service early (returned, or discharged before the term is complete). A period cut short is not
   * {@linkplain ServicePeriod#isFull() full}.
   *
   * @param monthsPerPeriod  the months in a period, 1 to 120
   * @param lastDayServed  the last day of service, in {@link #span()}, not null
   * @return the periods, in order, never null
   * @throws IllegalArgumentException if monthsPerPeriod is out of range or the day lies outside the term
   * @throws ArithmeticException if the month-end rule is strict and a period boundary is ambiguous
   */
  public ImmutableList<ServicePeriod> periodsThrough(int monthsPerPeriod, LocalDate lastDayServed) {
    checkArgument(monthsPerPeriod >= 1 && monthsPerPeriod <= 120,
        "months per period must be in 1..120, but was %s", monthsPerPeriod);
    checkNotNull(lastDayServed, "lastDayServed");
    checkArgument(span().contains(lastDayServed), "last day served must lie in the term %s, but was %s", span(),
        lastDayServed);
    ImmutableList.Builder<ServicePeriod> out = ImmutableList.builder();
    LocalDate from = start();
    for (int k = 1; !from.isAfter(lastDayServed); k++) {
      LocalDate next = monthEndRule().plusMonths(start(), (long) k * monthsPerPeriod);
      LocalDate nominalEnd = (next.isAfter(end()) ? end() : next).minusDays(1);
      DateSpan full = DateSpan.ofClosed(from, nominalEnd);
      LocalDate servedEnd = nominalEnd.isAfter(lastDayServed) ? lastDayServed : nominalEnd;
      out.add(ServicePeriod.of(k, DateSpan.ofClosed(from, servedEnd), full));
      from = nominalEnd.plusDays(1);
    }
    return out.build();
  }

  @Value.Check
  void check() {
    if (years() < 1) {
      throw new IllegalArgumentException("service term years must be >= 1, but was " + years());
    }
    LocalDate expected = monthEndRule().plusYears(start(), years());
    if (!end().equals(expected)) {
      throw new IllegalArgumentException("service term end must be the start " + start() + " plus " + years()
          + " years under " + monthEndRule() + " (" + expected + "), but was " + end());
    }
    explanation().requireResult(Datum.of(span()));
  }
}
