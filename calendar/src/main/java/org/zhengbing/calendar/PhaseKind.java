package org.zhengbing.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.LocalizedText;

/**
 * The kinds of phase in the conscription calendar, in the order a season runs through them.
 *
 * <p>Most kinds belong to a season (上半年 or 下半年) and occur once in it; {@link #SERVICE_REGISTRATION} and
 * {@link #AWARENESS_MONTH} belong to the year. Registration kinds concern one sex; their last days are a person's
 * deadlines ({@link #isPersonalDeadline()}).
 */
public enum PhaseKind {

  /** The season's conscription period (征兵时间), set by the annual order. */
  SEASON("征兵时间", "conscription period", true, null, false),
  /** Publicity preparation stage (宣传准备阶段), seeds/000. */
  PUBLICITY_PREPARATION("宣传准备", "publicity preparation", true, null, false),
  /** Concentrated publicity stage (集中宣传阶段), seeds/000; ends when men's registration closes. */
  PUBLICITY_CONCENTRATED("集中宣传", "concentrated publicity", true, null, false),
  /** Men's online registration on 全国征兵网 (男兵网上报名). */
  MALE_REGISTRATION("男兵网上报名", "men's online registration", true, Sex.MALE, true),
  /** Women's online registration on 全国征兵网 (女兵网上报名). */
  FEMALE_REGISTRATION("女兵网上报名", "women's online registration", true, Sex.FEMALE, true),
  /** Preliminary check and examination (初审初检, Reg. Arts 16-17). */
  PRELIMINARY_CHECK("初审初检", "preliminary check and examination", true, null, false),
  /** The last day the military liaison group may arrive (联络组到达, Reg. Art 36: at least 15 days before the start). */
  LIAISON_ARRIVAL("部队联络组最迟到达", "latest arrival of the military liaison group", true, null, false),
  /** Physical examination (体格检查, Reg. Arts 18-22). */
  PHYSICAL_EXAM("体格检查", "physical examination", true, null, false),
  /** Political assessment (政治考核, Reg. Arts 23-25). */
  POLITICAL_ASSESSMENT("政治考核", "political assessment", true, null, false),
  /** Pre-service education (役前教育, Reg. Art 26), its length set by the province. */
  PRE_SERVICE_EDUCATION("役前教育", "pre-service education", true, null, false),
  /** Collective approval of recruits (集体审定新兵, Reg. Art 27). */
  COLLECTIVE_APPROVAL("集体审定新兵", "collective approval of recruits", true, null, false),
  /** Public notice of the recruits to be approved (公示, Reg. Art 30: at least 5 working days). */
  PUBLIC_NOTICE("新兵名单公示", "public notice of recruits", true, null, false),
  /** Approval of enlistment (批准入伍, Reg. Art 31); service counts from this day (MSL Art 29). */
  APPROVAL("批准入伍", "approval of enlistment", true, null, false),
  /** Arrival of the escort staff (领兵人员到达, Reg. Art 39: 7 to 10 days before departure). */
  ESCORT_ARRIVAL("领兵人员到达", "arrival of escort staff", true, null, false),
  /** Handover of recruits (交接, Reg. Art 39: completed one day before departure). */
  HANDOVER("新兵交接", "handover of recruits", true, null, false),
  /** Deepening publicity stage (深化宣传阶段), seeds/000; ends with the send-off. */
  PUBLICITY_DEEPENING("深化宣传", "deepening publicity", true, null, false),
  /** Departure of recruits (新兵起运). */
  DEPARTURE("新兵起运", "departure of recruits", true, null, false),
  /** Arrival at the training unit (新兵到达部队). */
  ARRIVAL("新兵到达部队", "arrival at the unit", true, null, false),
  /** The window for returning unfit recruits (检疫复查退回期限, Reg. Art 49: at most 45 days from arrival). */
  RETURN_WINDOW("退回期限", "return window", true, null, false),
  /** The day the service term is complete (服现役期满), in the approval month two years on (MSL Art 26). */
  TERM_END("服现役期满", "end of the service term", true, null, false),
  /** Initial military service registration of men turning 18 (初次兵役登记, MSL Art 15). */
  SERVICE_REGISTRATION("初次兵役登记", "initial military service registration", false, Sex.MALE, true),
  /** A recruitment awareness month a region configures (征兵宣传月, seeds/003). */
  AWARENESS_MONTH("征兵宣传月", "recruitment awareness month", false, null, false);

  private final LocalizedText label;
  private final boolean seasonal;
  private final @Nullable Sex sex;
  private final boolean personalDeadline;

  PhaseKind(String zh, String en, boolean seasonal, @Nullable Sex sex, boolean personalDeadline) {
    this.label = LocalizedText.of(zh, en);
    this.seasonal = seasonal;
    this.sex = sex;
    this.personalDeadline = personalDeadline;
  }

  /**
   * Returns the label in Chinese and English, such as {@code 体格检查 / physical examination}.
   *
   * @return the label, never null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns true if the kind belongs to a season, false if it belongs to the year.
   *
   * @return whether the kind is seasonal
   */
  public boolean isSeasonal() {
    return seasonal;
  }

  /**
   * Returns the sex the phase concerns, for registration phases.
   *
   * @return the sex, or empty if the phase concerns everyone
   */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /**
   * Returns true if the phase concerns a person of the sex.
   *
   * @param person  the person's sex, not null
   * @return whether the phase applies to the person
   */
  public boolean appliesTo(Sex person) {
    checkNotNull(person, "person");
    return sex == null || sex == person;
  }

  /**
   * Returns true if the phase's last day is a deadline for the people it concerns: a registration closes.
   *
   * @return whether the phase ends in a personal deadline
   */
  public boolean isPersonalDeadline() {
    return personalDeadline;
  }

  /**
   * Returns true for the phases that are work done by offices on working days: the physical examination, the
   * political assessment, pre-service education, collective approval and the public notice (征兵工作条例 Art 30
   * counts its notice in working days). Such a phase must start and end on a working day; it may span a weekend.
   *
   * @return whether the phase needs working days
   */
  public boolean needsWorkingDays() {
    switch (this) {
      case PHYSICAL_EXAM:
      case POLITICAL_ASSESSMENT:
      case PRE_SERVICE_EDUCATION:
      case COLLECTIVE_APPROVAL:
      case PUBLIC_NOTICE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the kind as a lower-case slug for identifiers, such as {@code physical-exam}.
   *
   * @return the slug, never null
   */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
