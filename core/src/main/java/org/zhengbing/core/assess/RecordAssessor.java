package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Rounding;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;

/**
 * Assesses units' season records (征兵工作季度记录) over seasons and years: every rate per season and per year,
 * scores, rankings and streaks.
 *
 * <p>The rules, all in the policy:
 * <ul>
 *   <li>A return is recorded in the season it happened and counts in the return rate (退兵率) of the season the
 *       recruit was approved in; returns of a season's recruits must not exceed its approved count.</li>
 *   <li>Registered above liable is rejected unless {@code assessment.registration.from_elsewhere_allowed} is true
 *       for the unit's region.</li>
 *   <li>A year's rates are computed from the summed counts of its seasons, never by averaging rates.</li>
 *   <li>A season's parameters are read on 1 January (spring) or 1 July (autumn) of its year; a year's on the date
 *       of its last recorded season.</li>
 *   <li>The score sums, over the rates with a weight ({@code assessment.<rate>.weight}), the points of the rule
 *       {@code assessment.score.rule} ({@link ScoreRule}); the ranking and its tie rule are those of
 *       {@link Ranking}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordAssessor {

  static final ParameterKey<Boolean> FROM_ELSEWHERE =
      ParameterKey.bool("assessment.registration.from_elsewhere_allowed");
  static final ParameterKey<String> SCORE_RULE = ParameterKey.enumConstant("assessment.score.rule", "score_rule");

  private final PolicyBook book;
  private final FiveRateAssessor assessor;

  private RecordAssessor(PolicyBook book) {
    this.book = book;
    this.assessor = FiveRateAssessor.of(book);
  }

  /**
   * Obtains an assessor reading the definitions from a policy.
   *
   * @param book  the policy, not null
   * @return the assessor, never null
   */
  public static RecordAssessor of(PolicyBook book) {
    checkNotNull(book, "book");
    return new RecordAssessor(book);
  }

  /**
   * Returns the date a season's parameters are read for: 1 January for spring, 1 July for autumn.
   *
   * @param season  the season, not null
   * @return the date, never null
   */
  public static LocalDate effectiveDate(ConscriptionTerm season) {
    return LocalDate.of(season.year(), season.season() == Season.SPRING ? 1 : 7, 1);
  }

  /**
   * Assesses season records.
   *
   * @param records  the records, at most one per unit and season, in any order, not null
   * @return the assessment, never null
   * @throws InvalidRecordException naming the unit, season and field, if a unit has two records for a season or two
   *     regions, registered exceeds liable where that is not allowed, a return names a season of approval without a
   *     record, or the returns of a season's recruits exceed its approved count
   * @throws org.zhengbing.core.param.ParameterNotFoundException if a definition is missing for a region and date
   */
  public RecordAssessment assess(Iterable<SeasonRecord> records) {
    checkNotNull(records, "records");
    Map<String, TreeMap<ConscriptionTerm, SeasonRecord>> byUnit = new TreeMap<>(RecordAssessment.UNIT_ORDER);
    for (SeasonRecord r : records) {
      TreeMap<ConscriptionTerm, SeasonRecord> seasons = byUnit.computeIfAbsent(r.unit(), u -> new TreeMap<>());
      if (seasons.containsKey(r.season())) {
        throw new InvalidRecordException(r.unit(), r.season(), "season", "a unit must have one record per season, "
            + "but " + r.season() + " appears twice");
      }
      if (!seasons.isEmpty() && !seasons.firstEntry().getValue().region().equals(r.region())) {
        throw new InvalidRecordException(r.unit(), r.season(), "region", "a unit must keep one region, but was "
            + r.region() + " after " + seasons.firstEntry().getValue().region());
      }
      if (r.registered() > r.liable()
          && !book.resolve(FROM_ELSEWHERE, r.region(), effectiveDate(r.season())).value()) {
        throw new InvalidRecordException(r.unit(), r.season(), "registered", "registered must not exceed liable "
            + "unless assessment.registration.from_elsewhere_allowed, but was " + r.registered() + " > "
            + r.liable());
      }
      seasons.put(r.season(), r);
    }
    Map<String, Map<ConscriptionTerm, Long>> returned = new HashMap<>();
    for (Map.Entry<String, TreeMap<ConscriptionTerm, SeasonRecord>> u : byUnit.entrySet()) {
      Map<ConscriptionTerm, Long> attributed = new HashMap<>();
      for (SeasonRecord r : u.getValue().values()) {
        for (RecordedReturn ret : r.returns()) {
          if (!u.getValue().containsKey(ret.approvedIn())) {
            throw new InvalidRecordException(r.unit(), r.season(), "returned_approved_in", "a return must name a "
                + "season of approval the unit has a record for, but was " + ret.approvedIn());
          }
          attributed.merge(ret.approvedIn(), ret.count(), Math::addExact);
        }
      }
      for (Map.Entry<ConscriptionTerm, Long> a : attributed.entrySet()) {
        SeasonRecord approvedIn = u.getValue().get(a.getKey());
        if (a.getValue() > approvedIn.approved()) {
          throw new InvalidRecordException(u.getKey(), a.getKey(), "returned", "returned must not exceed approved "
              + "(returns of the season's recruits, in any season), but was " + a.getValue() + " > "
              + approvedIn.approved());
        }
      }
      returned.put(u.getKey(), attributed);
    }
    return new RecordAssessment(this, byUnit, returned);
  }

  FiveRateAssessment assessCounts(AssessmentCounts counts, RegionCode region, LocalDate date) {
    return assessor.assess(counts, region, date);
  }

  /**
   * Scores one unit's assessment by the weights and the rule in force for a region and date.
   *
   * @param unit  the unit's name, not null
   * @param assessment  the unit's assessment over a period, not null
   * @param region  the unit's region, not null
   * @param effectiveOn  the date the weights and rule are read for, not null
   * @return the score, never null
   */
  public UnitScore score(String unit, FiveRateAssessment assessment, RegionCode region, LocalDate effectiveOn) {
    checkNotNull(unit, "unit");
    checkNotNull(assessment, "assessment");
    checkNotNull(region, "region");
    checkNotNull(effectiveOn, "effectiveOn");
    Resolved<String> ruleParam = book.resolve(SCORE_RULE, region, effectiveOn);
    ScoreRule rule = ScoreRule.ofKey(ruleParam.value());
    List<Step> steps = new ArrayList<>();
    List<ScoreItem> items = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    long maximum = 0;
    for (AssessmentRate r : AssessmentRate.values()) {
      Resolved<Long> weight = book.resolve(ParameterKey.integer("assessment." + r.key() + ".weight"), region,
          effectiveOn);
      long w = weight.value();
      if (w < 0) {
        throw new IllegalArgumentException("assessment." + r.key() + ".weight must be >= 0, but was " + w);
      }
      if (w == 0) {
        continue;
      }
      maximum = Math.addExact(maximum, w);
      RateAssessment a = assessment.rate(r);
      Step.Builder step = Step.builder().rule("assessment.score." + r.key())
          .addInputs(ruleParam.asInput("rule"))
          .addInputs(weight.asInput("weight"))
          .addInputs(Input.of("verdict", new Datum.OfEnum("assessment_verdict", a.verdict().key())));
      BigDecimal points = points(rule, a, w, step);
      step.result(Datum.of(points));
      steps.add(step.build());
      items.add(ScoreItem.of(r, w, a.verdict(), points));
      total = total.add(points);
    }
    steps.add(Step.builder().rule("assessment.score")
        .addInputs(Input.of("items", Datum.of(items.size())))
        .addInputs(Input.of("maximum", Datum.of(maximum)))
        .result(Datum.of(total)).build());
    return UnitScore.builder().unit(unit).rule(rule).addAllItems(items).score(total).maximum(maximum)
        .explanation(Explanation.of(steps)).build();
  }

  private static BigDecimal points(ScoreRule rule, RateAssessment a, long weight, Step.Builder step) {
    BigDecimal w = BigDecimal.valueOf(weight).setScale(2);
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    if (a.verdict() == Verdict.NO_TARGET || a.verdict() == Verdict.UNDEFINED) {
      return zero;
    }
    if (rule == ScoreRule.MET || a.verdict() == Verdict.MET) {
      return a.verdict() == Verdict.MET ? w : zero;
    }
    // capped ratio, target missed: the share of the target reached, from the counts exactly
    BigDecimal n = BigDecimal.valueOf(a.numerator());
    BigDecimal targetPeople = a.target().orElseThrow().fraction().multiply(BigDecimal.valueOf(a.denominator()));
    BigDecimal exact;
    if (a.targetIsMaximum()) {
      // n > target × d > = 0 here: points = weight × (target × d) / n
      exact = w.multiply(targetPeople).divide(n, 12, RoundingMode.HALF_EVEN);
    } else {
      // n < target × d here, so target × d > 0: points = weight × n / (target × d)
      exact = w.multiply(n).divide(targetPeople, 12, RoundingMode.HALF_EVEN);
    }
    BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_EVEN);
    step.addInputs(Input.of("numerator", Datum.of(a.numerator())))
        .addInputs(Input.of("target_people", Datum.of(targetPeople)))
        .rounding(Rounding.of(exact, rounded, RoundingMode.HALF_EVEN, "hundredth"));
    return rounded;
  }
}
