package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * The assessment of units' season records (征兵工作考评): each unit's rates per season and per year, its scores,
 * the rankings of every season and year, and streaks. Made by {@link RecordAssessor}.
 *
 * <p>Units are listed by name in Unicode code point order; seasons in time order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordAssessment {

  /** Unit names in Unicode code point order. */
  static final Comparator<String> UNIT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  };

  /** The condition of a zero-return season (零退兵): none of the season's recruits was returned. */
  public static final Predicate<FiveRateAssessment> ZERO_RETURNS = a -> a.counts().returned() == 0;

  private final ImmutableList<String> units;
  private final ImmutableList<ConscriptionTerm> seasons;
  private final ImmutableList<Integer> years;
  private final ImmutableMap<String, ImmutableSortedMap<ConscriptionTerm, SeasonRecord>> records;
  private final ImmutableMap<String, ImmutableSortedMap<ConscriptionTerm, FiveRateAssessment>> bySeason;
  private final ImmutableMap<String, ImmutableSortedMap<Integer, FiveRateAssessment>> byYear;
  private final ImmutableMap<ConscriptionTerm, Ranking> seasonRankings;
  private final ImmutableMap<Integer, Ranking> yearRankings;

  RecordAssessment(RecordAssessor assessor, Map<String, TreeMap<ConscriptionTerm, SeasonRecord>> byUnit,
      Map<String, Map<ConscriptionTerm, Long>> returned) {
    ImmutableMap.Builder<String, ImmutableSortedMap<ConscriptionTerm, SeasonRecord>> rec = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableSortedMap<ConscriptionTerm, FiveRateAssessment>> season =
        ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableSortedMap<Integer, FiveRateAssessment>> year = ImmutableMap.builder();
    Map<ConscriptionTerm, List<UnitScore>> seasonScores = new TreeMap<>();
    Map<Integer, List<UnitScore>> yearScores = new TreeMap<>();
    TreeSet<ConscriptionTerm> allSeasons = new TreeSet<>();
    for (Map.Entry<String, TreeMap<ConscriptionTerm, SeasonRecord>> u : byUnit.entrySet()) {
      String unit = u.getKey();
      rec.put(unit, ImmutableSortedMap.copyOf(u.getValue()));
      Map<ConscriptionTerm, Long> ret = returned.get(unit);
      TreeMap<ConscriptionTerm, FiveRateAssessment> s = new TreeMap<>();
      TreeMap<Integer, AssessmentCounts> sums = new TreeMap<>();
      TreeMap<Integer, ConscriptionTerm> lastOfYear = new TreeMap<>();
      RegionCode region = u.getValue().firstEntry().getValue().region();
      for (SeasonRecord r : u.getValue().values()) {
        AssessmentCounts counts = r.counts(ret.getOrDefault(r.season(), 0L));
        LocalDate date = RecordAssessor.effectiveDate(r.season());
        FiveRateAssessment a = assessor.assessCounts(counts, region, date);
        s.put(r.season(), a);
        seasonScores.computeIfAbsent(r.season(), t -> new ArrayList<>()).add(assessor.score(unit, a, region, date));
        sums.merge(r.season().year(), counts, AssessmentCounts::plus);
        lastOfYear.put(r.season().year(), r.season());
        allSeasons.add(r.season());
      }
      TreeMap<Integer, FiveRateAssessment> y = new TreeMap<>();
      for (Map.Entry<Integer, AssessmentCounts> e : sums.entrySet()) {
        LocalDate date = RecordAssessor.effectiveDate(lastOfYear.get(e.getKey()));
        FiveRateAssessment a = assessor.assessCounts(e.getValue(), region, date);
        y.put(e.getKey(), a);
        yearScores.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(assessor.score(unit, a, region, date));
      }
      season.put(unit, ImmutableSortedMap.copyOf(s));
      year.put(unit, ImmutableSortedMap.copyOf(y));
    }
    this.units = ImmutableList.copyOf(byUnit.keySet());
    this.seasons = ImmutableList.copyOf(allSeasons);
    this.records = rec.build();
    this.bySeason = season.build();
    this.byYear = year.build();
    this.years = ImmutableSortedSet.copyOf(yearScores.keySet()).asList();
    ImmutableMap.Builder<ConscriptionTerm, Ranking> sr = ImmutableMap.builder();
    seasonScores.forEach((t, scores) -> sr.put(t, rank(scores)));
    this.seasonRankings = sr.build();
    ImmutableMap.Builder<Integer, Ranking> yr = ImmutableMap.builder();
    yearScores.forEach((t, scores) -> yr.put(t, rank(scores)));
    this.yearRankings = yr.build();
  }

  /**
   * Ranks scores: higher first; equal scores share the better rank and are listed by unit name.
   *
   * @param scores  the scores, one per unit, not null
   * @return the ranking, never null
   */
  static Ranking rank(List<UnitScore> scores) {
    List<UnitScore> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparing(UnitScore::score, Comparator.reverseOrder())
        .thenComparing(UnitScore::unit, UNIT_ORDER));
    List<Ranking.Place> places = new ArrayList<>();
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      UnitScore s = sorted.get(i);
      if (i == 0 || sorted.get(i - 1).score().compareTo(s.score()) != 0) {
        rank = i + 1;
      }
      boolean tied = (i > 0 && sorted.get(i - 1).score().compareTo(s.score()) == 0)
          || (i + 1 < sorted.size() && sorted.get(i + 1).score().compareTo(s.score()) == 0);
      places.add(Ranking.Place.of(i + 1, rank, s, tied));
    }
    return Ranking.of(places);
  }

  /** @return the units, by name in code point order */
  public ImmutableList<String> units() {
    return units;
  }

  /** @return every season with a record, in time order */
  public ImmutableList<ConscriptionTerm> seasons() {
    return seasons;
  }

  /** @return every year with a record, in order */
  public ImmutableList<Integer> years() {
    return years;
  }

  /**
   * Returns the latest season with a record.
   *
   * @return the season, or empty if there are no records
   */
  public Optional<ConscriptionTerm> latestSeason() {
    return seasons.isEmpty() ? Optional.empty() : Optional.of(seasons.get(seasons.size() - 1));
  }

  /**
   * Returns a unit's records.
   *
   * @param unit  the unit, not null
   * @return the records by season, in time order, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public ImmutableSortedMap<ConscriptionTerm, SeasonRecord> records(String unit) {
    return known(records, unit);
  }

  /**
   * Returns a unit's region.
   *
   * @param unit  the unit, not null
   * @return the region, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public RegionCode region(String unit) {
    return records(unit).firstEntry().getValue().region();
  }

  /**
   * Returns a unit's assessment for each season it has a record for.
   *
   * @param unit  the unit, not null
   * @return the assessments by season, in time order, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public ImmutableSortedMap<ConscriptionTerm, FiveRateAssessment> seasons(String unit) {
    return known(bySeason, unit);
  }

  /**
   * Returns a unit's assessment for one season.
   *
   * @param unit  the unit, not null
   * @param season  the season, not null
   * @return the assessment, or empty if the unit has no record for the season
   * @throws IllegalArgumentException if the unit has no record at all
   */
  public Optional<FiveRateAssessment> season(String unit, ConscriptionTerm season) {
    checkNotNull(season, "season");
    return Optional.ofNullable(seasons(unit).get(season));
  }

  /**
   * Returns a unit's assessment for each year it has records in, computed from the summed counts of its seasons.
   *
   * @param unit  the unit, not null
   * @return the assessments by year, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public ImmutableSortedMap<Integer, FiveRateAssessment> years(String unit) {
    return known(byYear, unit);
  }

  /**
   * Returns a unit's assessment for one year, from the summed counts of its seasons in that year.
   *
   * @param unit  the unit, not null
   * @param year  the year
   * @return the assessment, or empty if the unit has no record in the year
   * @throws IllegalArgumentException if the unit has no record at all
   */
  public Optional<FiveRateAssessment> year(String unit, int year) {
    return Optional.ofNullable(years(unit).get(year));
  }

  /**
   * Returns the ranking of the units with a record for a season.
   *
   * @param season  the season, not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if no unit has a record for the season
   */
  public Ranking ranking(ConscriptionTerm season) {
    checkNotNull(season, "season");
    Ranking r = seasonRankings.get(season);
    if (r == null) {
      throw new IllegalArgumentException("season must have records, but " + season + " has none");
    }
    return r;
  }

  /**
   * Returns the ranking of the units with a record in a year, by their year's scores.
   *
   * @param year  the year
   * @return the ranking, never null
   * @throws IllegalArgumentException if no unit has a record in the year
   */
  public Ranking yearRanking(int year) {
    Ranking r = yearRankings.get(year);
    if (r == null) {
      throw new IllegalArgumentException("year must have records, but " + year + " has none");
    }
    return r;
  }

  /**
   * Returns the longest run of consecutive seasons in which a unit's assessment met a condition; the earliest of
   * equally long runs.
   *
   * @param unit  the unit, not null
   * @param condition  the condition, such as {@link #ZERO_RETURNS}, not null
   * @return the streak, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public Streak longestStreak(String unit, Predicate<FiveRateAssessment> condition) {
    checkNotNull(condition, "condition");
    Streak best = Streak.empty();
    int length = 0;
    ConscriptionTerm first = null;
    ConscriptionTerm previous = null;
    for (Map.Entry<ConscriptionTerm, FiveRateAssessment> e : seasons(unit).entrySet()) {
      ConscriptionTerm t = e.getKey();
      if (!condition.test(e.getValue())) {
        length = 0;
      } else {
        if (length == 0 || !previous.next().equals(t)) {
          length = 0;
          first = t;
        }
        length++;
        if (length > best.length()) {
          best = Streak.of(length, first, t);
        }
      }
      previous = t;
    }
    return best;
  }

  /**
   * Returns the run of consecutive seasons, ending with the unit's latest season, in which its assessment met a
   * condition (empty if the latest season does not meet it).
   *
   * @param unit  the unit, not null
   * @param condition  the condition, not null
   * @return the streak, never null
   * @throws IllegalArgumentException if the unit has no record
   */
  public Streak currentStreak(String unit, Predicate<FiveRateAssessment> condition) {
    checkNotNull(condition, "condition");
    ConscriptionTerm last = null;
    ConscriptionTerm first = null;
    int length = 0;
    for (Map.Entry<ConscriptionTerm, FiveRateAssessment> e : seasons(unit).descendingMap().entrySet()) {
      if (!condition.test(e.getValue()) || (first != null && !e.getKey().next().equals(first))) {
        break;
      }
      if (last == null) {
        last = e.getKey();
      }
      first = e.getKey();
      length++;
    }
    return length == 0 ? Streak.empty() : Streak.of(length, first, last);
  }

  private static <V> V known(Map<String, V> map, String unit) {
    checkNotNull(unit, "unit");
    V v = map.get(unit);
    if (v == null) {
      throw new IllegalArgumentException("unit must have records, but '" + unit + "' has none");
    }
    return v;
  }
}
