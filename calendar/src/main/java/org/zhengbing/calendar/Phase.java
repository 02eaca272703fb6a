package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;

/**
 * One phase of a region's conscription calendar: its kind, the season it belongs to (or none, for a phase of the
 * year), the days it covers, both ends included, and how those days were reached.
 *
 * <p>Phases overlap: the physical examination and the political assessment run side by side, and the men's
 * registration window spans months. A one-day phase (approval, departure) has a span of one day. The explanation's
 * result is the span; {@link #isIllustrative()} says whether it rests on an ILLUSTRATIVE parameter.
 *
 * <p>Phases order by start, then by kind, season and end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Phase implements Comparable<Phase> {

  private static final Comparator<Phase> ORDER = Comparator.comparing((Phase p) -> p.span().start())
      .thenComparing(Phase::kind)
      .thenComparing(p -> p.term().map(ConscriptionTerm::toString).orElse(""))
      .thenComparing(p -> p.span().end())
      .thenComparing(Phase::year)
      .thenComparing(Phase::region);

  Phase() {}

  /**
   * Returns the kind of phase.
   *
   * @return the kind, never null
   */
  public abstract PhaseKind kind();

  /**
   * Returns the conscription year whose calendar holds the phase. A registration window opening in December
   * belongs to the next year's calendar.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the season the phase belongs to.
   *
   * @return the term (year and season), or empty for a phase of the year
   */
  public abstract Optional<ConscriptionTerm> term();

  /**
   * Returns the region whose calendar holds the phase.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the days of the phase, both ends included.
   *
   * @return the span, never null
   */
  public abstract DateSpan span();

  /**
   * Returns how the span was reached: the parameters used, with their citations, and each step.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    if (kind().isSeasonal() != term().isPresent()) {
      throw new IllegalArgumentException("phase " + kind() + " must " + (kind().isSeasonal() ? "" : "not ")
          + "belong to a season, but its term was " + term().map(Object::toString).orElse("none"));
    }
    if (term().isPresent() && term().get().year() != year()) {
      throw new IllegalArgumentException("phase term must be of the calendar year " + year() + ", but was "
          + term().get());
    }
    explanation().requireResult(Datum.of(span()));
  }

  /**
   * Returns true if the date lies in the phase.
   *
   * @param date  the date, not null
   * @return whether the phase contains the date
   */
  public boolean contains(LocalDate date) {
    return span().contains(date);
  }

  /**
   * Returns the days left in the phase from a date, both counted: 1 on the last day, 0 after it, the whole
   * length before it starts.
   *
   * @param date  the date, not null
   * @return the days remaining, never negative
   */
  public long daysRemainingFrom(LocalDate date) {
    return span().daysRemainingFrom(date);
  }

  /**
   * Returns true if the phase's dates rest on an ILLUSTRATIVE parameter value and must not be presented as
   * official.
   *
   * @return whether the phase is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  /**
   * Returns a stable identifier of the phase within its region's calendars, such as
   * {@code 2023-spring-physical-exam} or {@code 2023-year-awareness-month-05}.
   *
   * @return the identifier, never null
   */
  public String id() {
    String scope = term().map(t -> t.season().key()).orElse("year");
    String id = year() + "-" + scope + "-" + kind().slug();
    return kind() == PhaseKind.AWARENESS_MONTH ? id + "-" + String.format(Locale.ROOT, "%02d",
        span().start().getMonthValue()) : id;
  }

  /**
   * Returns the phase's title in Chinese and English, such as {@code 2023年上半年 体格检查} and
   * {@code 2023 spring: physical examination}.
   *
   * @return the title, never null
   */
  public LocalizedText title() {
    String zhScope = term().map(t -> year() + "年" + t.season().chineseName()).orElse(year() + "年");
    String enScope = term().map(t -> year() + " " + t.season().key()).orElse(Integer.toString(year()));
    String zh = zhScope + " " + kind().label().zh();
    String en = enScope + ": " + kind().label().en();
    if (kind() == PhaseKind.AWARENESS_MONTH) {
      zh += "（" + span().start().getMonthValue() + "月）";
      en += " (" + span().start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
    }
    return LocalizedText.of(zh, en);
  }

  @Override
  public int compareTo(Phase other) {
    checkNotNull(other, "other");
    return ORDER.compare(this, other);
  }

  static ImmutablePhase.Builder builder() {
    return ImmutablePhase.builder();
  }
}
