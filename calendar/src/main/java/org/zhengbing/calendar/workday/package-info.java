/**
 * China's working-day calendar: statutory holidays and the weekend days that become working days (调休), read
 * from the State Council General Office's annual holiday notices, each with its citation.
 *
 * <p>{@link org.zhengbing.calendar.workday.WorkdayCalendar#bundled()} holds the notices for 2022-2026. A year
 * without a notice is an error ({@link org.zhengbing.calendar.workday.MissingHolidayDataException}) unless the
 * caller explicitly chooses weekends-only for such years.
 *
 * <pre>{@code
 * WorkdayCalendar workdays = WorkdayCalendar.bundled();
 * workdays.isWorkingDay(LocalDate.of(2024, 2, 18));                 // true: a Sunday worked (调休上班)
 * workdays.workingDaysFrom(LocalDate.of(2023, 9, 27), 5);          // 2023-09-27/2023-10-09
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.calendar.workday;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
