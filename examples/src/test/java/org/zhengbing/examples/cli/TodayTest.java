package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The commands' default date is today in China (Asia/Shanghai, UTC+8), shown in the output; --date fixes it. */
class TodayTest {

  /** 16:30 UTC on 30 June 2025 is 00:30 on 1 July 2025 in Beijing: the Chinese date, not the UTC one. */
  private static final Clock JULY_FIRST_IN_BEIJING =
      Clock.fixed(Instant.parse("2025-06-30T16:30:00Z"), java.time.ZoneOffset.UTC);

  @Test
  void policyShowDefaultsToTodayInShanghai() {
    Cli r = Cli.runAt(JULY_FIRST_IN_BEIJING, "policy", "show", "quota.season_split.spring_share");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("on 2025-07-01 (today in Asia/Shanghai; --date to fix it)");
  }

  @Test
  void anExplicitDateIsShownAlone() {
    Cli r = Cli.runAt(JULY_FIRST_IN_BEIJING, "policy", "show", "quota.season_split.spring_share", "--date",
        "2024-03-01");
    assertThat(r.out()).contains("  for:        500116 江津区 on 2024-03-01\n");
  }

  @Test
  void policyListAndCalendarDefaultToToday() {
    assertThat(Cli.runAt(JULY_FIRST_IN_BEIJING, "policy", "list").out())
        .startsWith("Parameters for 500116 江津区 on 2025-07-01 (today in Asia/Shanghai; --date to fix it):\n");
    assertThat(Cli.runAt(JULY_FIRST_IN_BEIJING, "calendar").out())
        .startsWith("Conscription calendar 2025 (this year in Asia/Shanghai; --year to fix it) for 500116 江津区\n");
    assertThat(Cli.runAt(JULY_FIRST_IN_BEIJING, "calendar", "--year", "2024").out())
        .startsWith("Conscription calendar 2024 for 500116 江津区\n");
  }

  @Test
  void accountsTakeTheSeasonOfToday() {
    // 1 July is in the second half-year: the autumn (下半年) term
    Cli r = Cli.runAt(JULY_FIRST_IN_BEIJING, "accounts", "--birth-date", "2006-03-01", "--format", "summary");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("term: 2025-AUTUMN (the season of 2025-07-01 (today in Asia/Shanghai; --term to "
        + "fix it))\n");
  }

  @Test
  void theDemoKeepsItsFixedDate() {
    Cli r = Cli.runAt(JULY_FIRST_IN_BEIJING, "demo");
    assertThat(r.out()).contains("as of 2026-01-15");
  }
}
