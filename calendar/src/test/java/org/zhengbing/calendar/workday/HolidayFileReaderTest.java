package org.zhengbing.calendar.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Holiday files read through {@link WorkdayCalendar#read(java.io.InputStream, String)}: each error, located. */
class HolidayFileReaderTest {

  private static final String NOTICE = String.join("\n",
      "format: zhengbing-holidays/1",
      "notices:",
      "  - year: 2030",
      "    document: 国务院办公厅关于2030年部分节假日安排的通知",
      "    number: 国办发明电〔2029〕1号",
      "    issuer: 国务院办公厅",
      "    date: 2029-11-01",
      "    url: http://example.invalid/2030",
      "    note: a test notice",
      "    holidays:",
      "      - {name: {zh: 元旦, en: \"New Year's Day\"}, from: 2030-01-01, to: 2030-01-01, note: one day}",
      "    working_days: [2030-02-02]",
      "");

  private static WorkdayCalendar read(String yaml) {
    return WorkdayCalendar.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "h.yaml");
  }

  private static void rejected(String yaml, String location, String fragment) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(HolidayFileException.class)
        .hasMessageStartingWith("h.yaml:" + location).hasMessageContaining(fragment);
  }

  @Test
  void aWellFormedNoticeIsRead() {
    WorkdayCalendar cal = read(NOTICE);
    // 2030-01-01 is a Tuesday holiday; 2030-02-02 a Saturday worked; 2030-01-02 an ordinary Wednesday
    assertThat(cal.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2030, 2, 2))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
    assertThat(cal.toString()).isNotBlank();
  }

  @Test
  void eachErrorNamesItsLine() {
    rejected("- a list\n", "1:1", "a holiday data file must be a mapping of keys to values");
    rejected(NOTICE + "extra: 1\n", "13:1", "unknown key 'extra' in holiday data file");
    rejected(NOTICE.replace("zhengbing-holidays/1", "zhengbing-holidays/2"), "1:9",
        "format must be 'zhengbing-holidays/1', but was 'zhengbing-holidays/2'");
    rejected("notices: []\n", "1:1", "holiday data file must have 'format', but has none");
    rejected("format: zhengbing-holidays/1\nnotices: {}\n", "2:10", "notices must be a list");
    rejected("format: zhengbing-holidays/1\nnotices: [1]\n", "2:11", "a notice must be a mapping");
    rejected(NOTICE.replace("year: 2030", "year: \"2030\""), "3:11", "notice year must be a four-digit year");
    rejected(NOTICE.replace("year: 2030", "year: 20300"), "3:11", "notice year must be a four-digit year");
    rejected(NOTICE.replace("    issuer: 国务院办公厅\n", ""), "3:5", "notice of 2030 must have 'issuer'");
    rejected(NOTICE.replace("number: 国办发明电〔2029〕1号", "number: \" \""), "5:13", "number must be a text");
    rejected(NOTICE.replace("url: http://example.invalid/2030", "url: ~"), "8:10", "url must be a text");
    rejected(NOTICE.replace("note: a test notice", "note: [x]"), "9:11", "note must be a text");
    rejected(NOTICE.replace("date: 2029-11-01", "date: 2029-11-31"), "7:11",
        "date must be a date such as 2023-01-21, but was '2029-11-31'");
    rejected(NOTICE.replace("date: 2029-11-01", "date: 29-11-01"), "7:11",
        "date must be a date such as 2023-01-21, but was '29-11-01'");
    rejected(NOTICE.replace("working_days: [2030-02-02]", "working_days: 2030-02-02"), "12:19",
        "working_days of 2030 must be a list");
    rejected(NOTICE.replace("to: 2030-01-01", "to: 2029-12-31"), "11:",
        "holiday 元旦 must not end before it starts, but was 2030-01-01 to 2029-12-31");
    rejected(NOTICE.replace(", note: one day", ", day: 1"), "11:", "unknown key 'day' in holiday of 2030");
    rejected(NOTICE.replace("en: \"New Year's Day\"", "fr: \"Jour de l'an\""), "11:",
        "unknown key 'fr' in holiday name");
    rejected(NOTICE.replace("name: {zh: 元旦, en: \"New Year's Day\"}", "name: 元旦"), "11:",
        "holiday name must be a mapping");
    rejected(NOTICE.replace("    url: http://example.invalid/2030\n", "    url: http://example.invalid/2030\n"
        + "    site: x\n"), "9:5", "unknown key 'site' in notice");
    rejected(NOTICE.replace("working_days: [2030-02-02]", "working_days: [2030-02-04]"), "3:5", "");
    rejected("format: [\n", "", "");
  }
}
