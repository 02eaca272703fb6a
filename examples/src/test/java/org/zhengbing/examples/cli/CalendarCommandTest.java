package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

  @TempDir
  Path dir;

  @Test
  void printsBothSeasonsAsATable() {
    Cli r = Cli.run("calendar", "--year", "2025", "--region", "500116");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Conscription calendar 2025 for 500116 江津区")
        .contains("2025 spring: approval of enlistment (2025年上半年 批准入伍)",
            "2025 autumn: approval of enlistment (2025年下半年 批准入伍)",
            "* rests on an ILLUSTRATIVE parameter");
  }

  @Test
  void writesAnICalendarFileReproducibly() throws Exception {
    Path ics = dir.resolve("cal/jiangjin-2026.ics");
    Cli r = Cli.run("calendar", "--ics", ics.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("wrote ").contains(ics.toString());
    String text = Files.readString(ics);
    // the default DTSTAMP is 1 January of the year, 00:00 UTC
    assertThat(text).startsWith("BEGIN:VCALENDAR").contains("DTSTAMP:20260101T000000Z", "END:VCALENDAR");
    Path again = dir.resolve("again.ics");
    Cli.run("calendar", "--ics", again.toString());
    assertThat(Files.readString(again)).isEqualTo(text);
    Cli stamped = Cli.run("calendar", "--ics", again.toString(), "--dtstamp", "2026-05-04T03:02:01Z");
    assertThat(stamped.code()).isZero();
    assertThat(Files.readString(again)).contains("DTSTAMP:20260504T030201Z");
  }

  @Test
  void aYearWithoutDataIsAnInputError() {
    Cli r = Cli.run("calendar", "--year", "2035");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("2035");
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("calendar", "--year", "twenty").code()).isEqualTo(2);
    assertThat(Cli.run("calendar", "--dtstamp", "yesterday").code()).isEqualTo(2);
    assertThat(Cli.run("calendar", "--region", "50011x").code()).isEqualTo(2);
  }
}
