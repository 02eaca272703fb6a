package org.zhengbing.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Phase;
import org.zhengbing.calendar.PhaseKind;
import org.zhengbing.calendar.SeasonCalendar;
import org.zhengbing.calendar.Sex;
import org.zhengbing.calendar.UnknownYearException;
import org.zhengbing.calendar.workday.MissingHolidayDataException;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterNotFoundException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyFileException;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.DischargePayment;
import org.zhengbing.policy.benefit.DischargePaymentCalculator;
import org.zhengbing.policy.benefit.FamilyPaymentCalculator;
import org.zhengbing.policy.benefit.FamilyPaymentSchedule;
import org.zhengbing.policy.benefit.Payment;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * Checks a policy against the {@link ConformanceRule}s: the suite a province's tester runs on their own policy
 * files before giving them to Zhengbing.
 *
 * <pre>{@code
 * ConformanceReport report = PolicyConformance.check(List.of(Path.of("my-county.yaml")));
 * if (!report.passed()) {
 *   System.out.print(report.format());
 * }
 * }</pre>
 *
 * <p>Files are read in order over {@link PolicySets#nationalDefaults()}; a file that does not read is a
 * {@link ConformanceRule#READABLE} violation with its line and column, and the files after it are not read. The
 * rules that need calculations enumerate profiles deterministically (every education category, posting and number
 * of months served) for every region scope in the policy and every conscription term from the region's earliest
 * value to its latest; a term the policy cannot calculate for (a missing value) is left to the coverage rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyConformance {

  /** Placeholders that are not a citation. */
  private static final ImmutableSet<String> PLACEHOLDERS = ImmutableSet.of("todo", "tbd", "tba", "xxx", "x", "?",
      "??", "-", "n/a", "na", "none", "unknown", "待定", "待补充", "无", "未知");

  /**
   * Chains of education categories, each from less education to more, along which a rule promises that an amount
   * or an uplift never falls. Categories not on a common chain are not compared (a bachelor freshman and a
   * junior-college graduate, for instance).
   */
  static final ImmutableList<ImmutableList<String>> EDUCATION_CHAINS = ImmutableList.of(
      ImmutableList.of("junior_high", "senior_high", "junior_college_graduate", "bachelor_graduate",
          "postgraduate_graduate"),
      ImmutableList.of("junior_college_freshman", "junior_college_student", "junior_college_final_year",
          "junior_college_graduate"),
      ImmutableList.of("bachelor_freshman", "bachelor_student", "bachelor_final_year", "bachelor_graduate"),
      ImmutableList.of("postgraduate_student", "postgraduate_graduate"));

  /** Uplift tables by education category. */
  static final ImmutableSet<String> UPLIFT_TABLES = ImmutableSet.of("family_payment.education_uplift");

  /**
   * Amount tables by education category. In these and the uplift tables, rows that are present are compared: a
   * table may leave out categories its published list does not name.
   */
  static final ImmutableSet<String> CATEGORY_AMOUNT_TABLES = ImmutableSet.of("family_payment.annual_by_category",
      "enlistment_reward.by_category");

  /** The region used for calculations when the policy has national values only. */
  static final RegionCode PROBE_REGION = RegionCode.of("110000");

  private static final ParameterKey<Long> TERM_YEARS = ParameterKey.integer("service.conscript_term.years");
  private static final int MAX_YEARS_PER_REGION = 40;

  private PolicyConformance() {}

  /**
   * Reads policy files in order over the national defaults and checks the result against every rule.
   *
   * @param files  the YAML policy files, in layering order, not null
   * @return the report, never null
   * @throws UncheckedIOException if a file cannot be read from disk
   */
  public static ConformanceReport check(List<Path> files) {
    return check(PolicySets.nationalDefaults(), files);
  }

  /**
   * Reads policy files in order over a base policy and checks the result against every rule.
   *
   * @param base  the policy the files are layered over, not null
   * @param files  the YAML policy files, in layering order, not null
   * @return the report, never null
   * @throws UncheckedIOException if a file cannot be read from disk
   */
  public static ConformanceReport check(PolicyBook base, List<Path> files) {
    checkNotNull(base, "base");
    checkNotNull(files, "files");
    PolicyBook book = base;
    for (Path file : files) {
      checkNotNull(file, "file");
      try {
        book = book.withFile(file);
      } catch (PolicyFileException e) {
        Violation v = new Violation(ConformanceRule.READABLE, file.getFileName().toString(), RegionScope.NATIONAL,
            Violation.NO_DATE, Optional.empty(), e.problem(),
            Optional.of(e.file() + ":" + e.line() + ":" + e.column()));
        return new ConformanceReport(EnumSet.allOf(ConformanceRule.class), List.of(v));
      }
    }
    return check(book);
  }

  /**
   * Checks a policy against every rule.
   *
   * @param book  the policy, not null
   * @return the report, never null
   */
  public static ConformanceReport check(PolicyBook book) {
    return check(book, EnumSet.allOf(ConformanceRule.class));
  }

  /**
   * Checks a policy against some rules.
   *
   * @param book  the policy, not null
   * @param rules  the rules to check, not null
   * @return the report, never null
   */
  public static ConformanceReport check(PolicyBook book, Set<ConformanceRule> rules) {
    checkNotNull(book, "book");
    checkNotNull(rules, "rules");
    List<Violation> out = new ArrayList<>();
    for (ConformanceRule rule : rules) {
      switch (rule) {
        case CITED:
          cited(book, out);
          break;
        case COVERAGE:
          coverage(book, out);
          break;
        case RECONCILE:
          reconcile(book, out);
          break;
        case MONOTONIC:
          monotonic(book, out);
          break;
        case CALENDAR:
          calendar(book, out);
          break;
        case WORKING_DAYS:
          workingDays(book, ConscriptionScheduler.of(book, WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears()),
              WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears(), out);
          break;
        case UNIFIED_STANDARD:
          unifiedStandard(book, out);
          break;
        default:
          break; // READABLE: a store is read already
      }
    }
    return new ConformanceReport(rules, out);
  }

  // --- cited -----------------------------------------------------------------------------------------------------

  private static void cited(PolicyBook book, List<Violation> out) {
    for (ParameterEntry e : book.entries()) {
      Provenance p = e.provenance();
      String document = p.citation().document().strip();
      if (document.isEmpty() || PLACEHOLDERS.contains(document.toLowerCase(Locale.ROOT))) {
        out.add(at(ConformanceRule.CITED, p, "the citation must name a document, but was '" + document + "'"));
      }
      if (p.confidence().isIllustrative() && p.citation().note().map(String::isBlank).orElse(true)) {
        out.add(at(ConformanceRule.CITED, p, "an ILLUSTRATIVE value must say in a note why it is not official, "
            + "but has no note"));
      }
    }
  }

  // --- coverage --------------------------------------------------------------------------------------------------

  private static void coverage(PolicyBook book, List<Violation> out) {
    for (String key : book.definitions().keySet()) {
      ImmutableList<ParameterEntry> entries = book.entries(key);
      Map<RegionScope, List<ParameterEntry>> byScope = new TreeMap<>();
      for (ParameterEntry e : entries) {
        byScope.computeIfAbsent(e.provenance().scope(), s -> new ArrayList<>()).add(e);
      }
      for (Map.Entry<RegionScope, List<ParameterEntry>> s : byScope.entrySet()) {
        List<ParameterEntry> list = s.getValue();
        list.sort(Comparator.comparing(e -> e.provenance().effectiveFrom()));
        for (int i = 0; i + 1 < list.size(); i++) {
          Provenance a = list.get(i).provenance();
          Provenance b = list.get(i + 1).provenance();
          Optional<LocalDate> end = a.effectiveUntil();
          if (end.isEmpty() || end.get().isAfter(b.effectiveFrom())) {
            out.add(new Violation(ConformanceRule.COVERAGE, key, s.getKey(), b.effectiveFrom(),
                end.filter(d -> d.isAfter(b.effectiveFrom())), "values overlap: the value from "
                    + a.effectiveFrom() + origin(a) + " is still in force when the value from " + b.effectiveFrom()
                    + " takes effect", b.origin()));
          } else if (end.get().isBefore(b.effectiveFrom())) {
            LocalDate gapStart = end.get();
            LocalDate gapEnd = b.effectiveFrom();
            if (!coveredByBroaderScope(book, key, s.getKey(), gapStart, gapEnd)) {
              out.add(new Violation(ConformanceRule.COVERAGE, key, s.getKey(), gapStart, Optional.of(gapEnd),
                  "no value in force from " + gapStart + " to " + gapEnd.minusDays(1) + ": the value from "
                      + a.effectiveFrom() + " ends before the next one takes effect", a.origin()));
            }
          }
        }
      }
    }
  }

  /** Whether every day of [start, end) has a value of a broader scope than {@code scope}. */
  private static boolean coveredByBroaderScope(PolicyBook book, String key, RegionScope scope, LocalDate start,
      LocalDate end) {
    if (scope.isNational()) {
      return false;
    }
    RangeSet<LocalDate> covered = TreeRangeSet.create();
    for (ParameterEntry e : book.entries(key)) {
      RegionScope other = e.provenance().scope();
      if (other.specificity() < scope.specificity() && (other.isNational()
          || other.covers(scope.region().orElseThrow()))) {
        covered.add(e.provenance().effective());
      }
    }
    return covered.encloses(Range.closedOpen(start, end));
  }

  // --- reconcile -------------------------------------------------------------------------------------------------

  private static void reconcile(PolicyBook book, List<Violation> out) {
    for (ParameterEntry e : book.entries()) {
      negative(e.provenance(), e.value(), out);
    }
    FamilyPaymentCalculator family = FamilyPaymentCalculator.of(book);
    DischargePaymentCalculator discharge = DischargePaymentCalculator.of(book);
    for (RegionCode region : regions(book)) {
      terms:
      for (ConscriptionTerm term : terms(book, region, "family_payment.")) {
        for (EducationLevel level : EducationLevel.values()) {
          for (Posting posting : Posting.values()) {
            Optional<CandidateProfile> p = profile(region, term, level, StudyStatus.FRESH_GRADUATE, posting,
                null);
            if (p.isPresent() && !familyReconciles(book, family, p.get(), out)) {
              continue terms; // one violation a term is enough
            }
          }
        }
      }
      for (ConscriptionTerm term : terms(book, region, "discharge.")) {
        Optional<CandidateProfile> one = profile(region, term, EducationLevel.SENIOR_HIGH,
            StudyStatus.FRESH_GRADUATE, Posting.ORDINARY, 12);
        if (one.isEmpty()) {
          continue;
        }
        Optional<DischargePayment> year = discharge(discharge, one.get());
        if (year.isEmpty()) {
          continue;
        }
        for (int years = 2; years <= termYears(book, region, term); years++) {
          Optional<DischargePayment> longer = discharge(discharge, one.get().withMonthsServed(12 * years));
          if (longer.isPresent() && !longer.get().total().isEqual(year.get().total().multipliedBy(years))) {
            out.add(about(ConformanceRule.RECONCILE, "discharge.base_per_year", book, region, term,
                "the discharge payment for " + years + " whole years must be " + years + " times the payment for "
                    + "one year (" + year.get().total() + "), but was " + longer.get().total()));
          }
        }
      }
    }
  }

  private static void negative(Provenance p, Datum value, List<Violation> out) {
    if (value instanceof Datum.OfMoney m && m.value().isNegative()) {
      out.add(at(ConformanceRule.RECONCILE, p, "an amount must not be negative, but was " + m.value()));
    } else if (value instanceof Datum.OfTable t) {
      t.values().forEach((row, v) -> {
        if (v instanceof Datum.OfMoney m && m.value().isNegative()) {
          out.add(at(ConformanceRule.RECONCILE, p, "an amount must not be negative, but row " + row + " was "
              + m.value()));
        }
      });
    }
  }

  /** Checks one schedule; returns false if it found a violation. */
  private static boolean familyReconciles(PolicyBook book, FamilyPaymentCalculator calc, CandidateProfile p,
      List<Violation> out) {
    FamilyPaymentSchedule s;
    try {
      s = calc.calculate(p);
    } catch (ParameterNotFoundException | IllegalArgumentException e) {
      return true; // not calculable: a missing value is the coverage rule's concern
    }
    if (!s.isPayable() || s.payments().isEmpty()) {
      return true;
    }
    Optional<Money> annual = s.explanation().step("family_payment.instalment")
        .flatMap(st -> st.input("annual")).map(in -> in.value())
        .filter(Datum.OfMoney.class::isInstance).map(d -> ((Datum.OfMoney) d).value());
    if (annual.isEmpty()) {
      return true;
    }
    int years = termYears(book, p.enlistmentRegion(), p.enlistmentTerm());
    Money expected = annual.get().multipliedBy(years);
    Money total = s.total();
    // each instalment is rounded to the fen, half up: at most half a fen off each
    BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(s.payments().size()));
    if (total.minus(expected).abs().getAmount().compareTo(tolerance) > 0) {
      out.add(about(ConformanceRule.RECONCILE, "family_payment.annual_standard", book, p.enlistmentRegion(),
          p.enlistmentTerm(), "the family payment's " + s.payments().size() + " instalments over a full term of "
              + years + " years must add up to " + years + " × " + annual.get() + " = " + expected
              + " (to within their rounding), but added up to " + total + " (" + p.educationCategory().key() + ", "
              + p.posting().key() + ")"));
      return false;
    }
    LocalDate previous = LocalDate.MIN;
    for (Payment pay : s.payments()) {
      if (pay.amount().isNegativeOrZero() || pay.dueOn().isBefore(previous)) {
        out.add(about(ConformanceRule.RECONCILE, "family_payment.period_months", book, p.enlistmentRegion(),
            p.enlistmentTerm(), "the family payment's instalments must be positive and in date order, but one of "
                + pay.amount() + " was due on " + pay.dueOn() + " after one due on " + previous));
        return false;
      }
      previous = pay.dueOn();
    }
    return true;
  }

  // --- monotonic -------------------------------------------------------------------------------------------------

  private static void monotonic(PolicyBook book, List<Violation> out) {
    for (ParameterEntry e : book.entries()) {
      boolean uplift = UPLIFT_TABLES.contains(e.key());
      if (!(uplift || CATEGORY_AMOUNT_TABLES.contains(e.key())) || !(e.value() instanceof Datum.OfTable t)) {
        continue;
      }
      for (List<String> chain : EDUCATION_CHAINS) {
        String lowKey = "";
        BigDecimal low = null;
        for (String row : chain) {
          BigDecimal v = number(t.values().get(row));
          if (v == null) {
            continue;
          }
          if (low != null && v.compareTo(low) < 0) {
            out.add(at(ConformanceRule.MONOTONIC, e.provenance(), "more education must never lower the "
                + (uplift ? "uplift" : "amount") + ", but " + row + " has " + show(t.values().get(row))
                + ", less than " + show(t.values().get(lowKey)) + " for " + lowKey));
          }
          lowKey = row;
          low = v;
        }
      }
    }
    DischargePaymentCalculator discharge = DischargePaymentCalculator.of(book);
    for (RegionCode region : regions(book)) {
      for (ConscriptionTerm term : terms(book, region, "discharge.")) {
        Optional<CandidateProfile> base = profile(region, term, EducationLevel.SENIOR_HIGH,
            StudyStatus.FRESH_GRADUATE, Posting.ORDINARY, 1);
        if (base.isEmpty()) {
          continue;
        }
        Money previous = null;
        for (int months = 1; months <= 12 * termYears(book, region, term); months++) {
          Optional<DischargePayment> d = discharge(discharge, base.get().withMonthsServed(months));
          if (d.isEmpty()) {
            break;
          }
          Money total = d.get().total();
          if (previous != null && total.isLessThan(previous)) {
            out.add(about(ConformanceRule.MONOTONIC, "discharge.base_per_year", book, region, term,
                "more service must never lower the discharge payment, but " + months + " months pay " + total
                    + ", less than " + previous + " for " + (months - 1) + " months"));
            break;
          }
          previous = total;
        }
      }
    }
  }

  private static @Nullable BigDecimal number(@Nullable Datum d) {
    if (d == null) {
      return null;
    }
    if (d instanceof Datum.OfRate r) {
      return r.value().fraction();
    }
    if (d instanceof Datum.OfMoney m) {
      return m.value().getAmount();
    }
    if (d instanceof Datum.OfDecimal x) {
      return x.value();
    }
    if (d instanceof Datum.OfInteger i) {
      return BigDecimal.valueOf(i.value());
    }
    return null;
  }

  private static String show(Datum d) {
    if (d instanceof Datum.OfRate r) {
      return r.value().percent().stripTrailingZeros().toPlainString() + "%";
    }
    if (d instanceof Datum.OfMoney m) {
      return m.value().toString();
    }
    return d.toString();
  }

  // --- calendar --------------------------------------------------------------------------------------------------

  /** Pairs (earlier, later) of phases whose starts must be in this order in every season. */
  private static final ImmutableList<PhaseKind[]> ORDER = ImmutableList.of(
      new PhaseKind[] {PhaseKind.PHYSICAL_EXAM, PhaseKind.PRE_SERVICE_EDUCATION},
      new PhaseKind[] {PhaseKind.POLITICAL_ASSESSMENT, PhaseKind.PRE_SERVICE_EDUCATION},
      new PhaseKind[] {PhaseKind.PRE_SERVICE_EDUCATION, PhaseKind.COLLECTIVE_APPROVAL},
      new PhaseKind[] {PhaseKind.COLLECTIVE_APPROVAL, PhaseKind.PUBLIC_NOTICE},
      new PhaseKind[] {PhaseKind.PUBLIC_NOTICE, PhaseKind.APPROVAL},
      new PhaseKind[] {PhaseKind.APPROVAL, PhaseKind.DEPARTURE},
      new PhaseKind[] {PhaseKind.DEPARTURE, PhaseKind.ARRIVAL});

  private static void calendar(PolicyBook book, List<Violation> out) {
    ConscriptionScheduler bundled = ConscriptionScheduler.of(book, WorkdayCalendar.bundled());
    ConscriptionScheduler weekends = ConscriptionScheduler.of(book, WorkdayCalendar.weekendsOnly());
    for (RegionCode region : regions(book)) {
      TreeSet<Integer> years = years(book, region, "calendar.");
      for (int year : years) {
        ConscriptionCalendar cal;
        try {
          try {
            cal = bundled.schedule(year, region);
          } catch (MissingHolidayDataException e) {
            cal = weekends.schedule(year, region);
          }
        } catch (UnknownYearException e) {
          continue; // not covered
        } catch (IllegalArgumentException e) {
          out.add(new Violation(ConformanceRule.CALENDAR, "calendar", scopeOf(book, region, "calendar."),
              LocalDate.of(year, 1, 1), Optional.of(LocalDate.of(year + 1, 1, 1)), "the calendar of " + year
                  + " cannot be laid out: " + e.getMessage(), Optional.empty()));
          continue;
        }
        for (Season season : Season.values()) {
          SeasonCalendar s = cal.season(season);
          for (PhaseKind[] pair : ORDER) {
            Phase a = s.phase(pair[0]);
            Phase b = s.phase(pair[1]);
            if (b.span().start().isBefore(a.span().start())) {
              out.add(new Violation(ConformanceRule.CALENDAR, "calendar", scopeOf(book, region, "calendar."),
                  LocalDate.of(year, 1, 1), Optional.of(LocalDate.of(year + 1, 1, 1)), s.term() + ": "
                      + pair[1].name().toLowerCase(Locale.ROOT) + " starts " + b.span().start() + ", before "
                      + pair[0].name().toLowerCase(Locale.ROOT) + " starts " + a.span().start(), Optional.empty()));
            }
          }
        }
      }
    }
  }

  // --- working days ----------------------------------------------------------------------------------------------

  /** Schedules every covered year with a scheduler and reports the office phases off the checking calendar's days. */
  static void workingDays(PolicyBook book, ConscriptionScheduler scheduler, WorkdayCalendar check,
      List<Violation> out) {
    for (RegionCode region : regions(book)) {
      for (int year : years(book, region, "calendar.")) {
        ConscriptionCalendar cal;
        try {
          cal = scheduler.schedule(year, region);
        } catch (UnknownYearException | IllegalArgumentException e) {
          continue; // not covered, or left to the calendar rule
        }
        for (Phase p : cal.phasesOffWorkingDays(check)) {
          out.add(new Violation(ConformanceRule.WORKING_DAYS, "calendar", scopeOf(book, region, "calendar."),
              LocalDate.of(year, 1, 1), Optional.of(LocalDate.of(year + 1, 1, 1)), p.id() + " " + p.span()
                  + " needs working days but starts or ends on a " + check.dayType(
                      check.isWorkingDay(p.span().start()) ? p.span().end() : p.span().start())
                      .name().toLowerCase(Locale.ROOT).replace('_', ' '), Optional.empty()));
        }
      }
    }
  }

  // --- one urban-rural standard ----------------------------------------------------------------------------------

  private static final ParameterKey<Boolean> UNIFIED = ParameterKey.bool("family_payment.urban_rural_unified");

  static void unifiedStandard(PolicyBook book, List<Violation> out) {
    for (ParameterEntry e : book.entries()) {
      Provenance p = e.provenance();
      String key = p.key();
      boolean formula = key.equals("family_payment.formula") && e.value().toString().equals("income_multiple");
      boolean income = key.equals("family_payment.reference_income");
      boolean fraction = key.equals("local_subsidy.rural_fraction");
      if (!formula && !income && !fraction) {
        continue;
      }
      RegionCode region = p.scope().region().orElse(PROBE_REGION);
      LocalDate from = p.effectiveFrom();
      LocalDate until = p.effectiveUntil().orElse(LocalDate.MAX);
      for (ParameterEntry u : book.entries()) {
        Provenance up = u.provenance();
        if (!up.key().equals(UNIFIED.name()) || !"true".equals(u.value().toString())) {
          continue;
        }
        LocalDate start = up.effectiveFrom().isAfter(from) ? up.effectiveFrom() : from;
        LocalDate end = up.effectiveUntil().orElse(LocalDate.MAX);
        if (!start.isBefore(end) || !start.isBefore(until)) {
          continue;
        }
        Optional<Resolved<Boolean>> rule = book.find(UNIFIED, region, start);
        if (rule.isEmpty() || !rule.get().value()) {
          continue;
        }
        String problem = null;
        if (fraction && !e.value().equals(Datum.of(org.zhengbing.core.money.Rate.parse("100%")))) {
          problem = "local_subsidy.rural_fraction " + e.value() + " pays rural soldiers a different share, but "
              + "urban and rural standards are unified from " + up.effectiveFrom();
        } else if (income && differs(e.value())) {
          problem = "family_payment.reference_income " + e.value() + " gives urban and rural families different "
              + "amounts, but 征兵工作条例第六十二条 requires one urban-rural standard (实行城乡统一标准) from "
              + up.effectiveFrom();
        } else if (formula) {
          Optional<Resolved<Datum>> table = book.find(ParameterKey.of("family_payment.reference_income",
              book.definition("family_payment.reference_income").orElseThrow().type()), region, start);
          if (table.isPresent() && differs(table.get().datum())) {
            problem = "family_payment.formula income_multiple with different urban and rural reference incomes "
                + table.get().datum() + " breaks 征兵工作条例第六十二条 (实行城乡统一标准) from " + up.effectiveFrom();
          }
        }
        if (problem != null) {
          out.add(new Violation(ConformanceRule.UNIFIED_STANDARD, key, p.scope(), start,
              until.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(until), problem, p.origin()));
          break;
        }
      }
    }
  }

  /** Whether a table by hukou type holds an urban and a rural row that differ. */
  private static boolean differs(Datum table) {
    if (!(table instanceof Datum.OfTable)) {
      return false;
    }
    Datum urban = ((Datum.OfTable) table).values().get("urban");
    Datum rural = ((Datum.OfTable) table).values().get("rural");
    return urban != null && rural != null && !urban.equals(rural);
  }

  // --- sampling --------------------------------------------------------------------------------------------------

  /** The regions with a scope of their own in the policy, or the probe region if it has national values only. */
  static ImmutableList<RegionCode> regions(PolicyBook book) {
    TreeSet<String> codes = new TreeSet<>();
    for (ParameterEntry e : book.entries()) {
      e.provenance().scope().region().ifPresent(r -> codes.add(r.toString()));
    }
    if (codes.isEmpty()) {
      return ImmutableList.of(PROBE_REGION);
    }
    return codes.stream().map(RegionCode::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * The years from the earliest to the latest start of a value with the key prefix in force for the region (its
   * own scope or a broader one), plus one year, at most {@value #MAX_YEARS_PER_REGION} years, in order.
   */
  static TreeSet<Integer> years(PolicyBook book, RegionCode region, String prefix) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (ParameterEntry e : book.entries()) {
      RegionScope s = e.provenance().scope();
      if (e.key().startsWith(prefix) && s.covers(region)) {
        int y = e.provenance().effectiveFrom().getYear();
        first = Math.min(first, y);
        last = Math.max(last, y);
      }
    }
    TreeSet<Integer> years = new TreeSet<>();
    if (first == Integer.MAX_VALUE) {
      return years;
    }
    // one year past the latest change, to see the last values in force on their own
    last = Math.min(last + 1, ConscriptionTerm.LAST_YEAR);
    first = Math.max(Math.max(first, last - MAX_YEARS_PER_REGION + 1), ConscriptionTerm.FIRST_YEAR);
    for (int y = first; y <= last; y++) {
      years.add(y);
    }
    return years;
  }

  private static List<ConscriptionTerm> terms(PolicyBook book, RegionCode region, String prefix) {
    List<ConscriptionTerm> terms = new ArrayList<>();
    for (int y : years(book, region, prefix)) {
      for (Season s : Season.values()) {
        terms.add(ConscriptionTerm.of(y, s));
      }
    }
    return terms;
  }

  private static Optional<CandidateProfile> profile(RegionCode region, ConscriptionTerm term, EducationLevel level,
      StudyStatus status, Posting posting, @Nullable Integer monthsServed) {
    try {
      CandidateProfile.Builder b = CandidateProfile.builder().sex(Sex.MALE)
          .birthDate(LocalDate.of(term.year() - 20, 5, 1)).educationLevel(level).studyStatus(status)
          .enlistmentRegion(region).enlistmentTerm(term).posting(posting).hukouType(HukouType.URBAN);
      if (monthsServed != null) {
        b.monthsServed(monthsServed);
      }
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<DischargePayment> discharge(DischargePaymentCalculator calc, CandidateProfile p) {
    try {
      return Optional.of(calc.calculate(p));
    } catch (ParameterNotFoundException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int termYears(PolicyBook book, RegionCode region, ConscriptionTerm term) {
    return book.find(TERM_YEARS, region, LocalDate.of(term.year(), term.season() == Season.SPRING ? 3 : 9, 1))
        .map(r -> r.value().intValue()).orElse(2);
  }

  // --- violations ------------------------------------------------------------------------------------------------

  private static Violation at(ConformanceRule rule, Provenance p, String message) {
    return new Violation(rule, p.key(), p.scope(), p.effectiveFrom(), p.effectiveUntil(), message, p.origin());
  }

  /** A violation found by calculation, located at the value of a key in force for the region and term. */
  private static Violation about(ConformanceRule rule, String key, PolicyBook book, RegionCode region,
      ConscriptionTerm term, String message) {
    LocalDate date = LocalDate.of(term.year(), term.season() == Season.SPRING ? 3 : 9, 1);
    Optional<Resolved<Datum>> r = book.definition(key)
        .flatMap(def -> book.find(ParameterKey.of(key, def.type()), region, date));
    RegionScope scope = r.map(x -> x.provenance().scope()).orElse(RegionScope.of(region));
    return new Violation(rule, key, scope, date, Optional.empty(), term + " in " + region + ": " + message,
        r.flatMap(x -> x.provenance().origin()));
  }

  private static RegionScope scopeOf(PolicyBook book, RegionCode region, String prefix) {
    for (ParameterEntry e : book.entries()) {
      if (e.key().startsWith(prefix) && e.provenance().scope().region().map(region::equals).orElse(false)) {
        return e.provenance().scope();
      }
    }
    return RegionScope.NATIONAL;
  }

  private static String origin(Provenance p) {
    return p.origin().map(o -> " (" + o + ")").orElse("");
  }
}
