/**
 * The two-season conscription calendar (两征两退) of a region and year: each season's phases as date spans, from
 * online registration to the end of the service term, the publicity stages, men's service registration and any
 * awareness months, with queries for the phases of a date, the season of a date and a person's next deadline.
 *
 * <p>{@link org.zhengbing.calendar.ConscriptionScheduler} builds a
 * {@link org.zhengbing.calendar.ConscriptionCalendar} from the policy ({@code calendar.*} parameters in force on
 * 1 January of the year) and a {@link org.zhengbing.calendar.workday.WorkdayCalendar}. Every
 * {@link org.zhengbing.calendar.Phase} explains its dates and says whether they rest on illustrative values.
 *
 * <pre>{@code
 * ConscriptionScheduler scheduler = ConscriptionScheduler.of(PolicyBook.nationalDefaults(), WorkdayCalendar.bundled());
 * ConscriptionCalendar c2024 = scheduler.schedule(2024, RegionCode.of("500116"));
 * c2024.spring().period();                                  // 2024-02-20/2024-03-31
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.calendar;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
