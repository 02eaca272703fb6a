/**
 * The conscript's service term (义务兵服现役期限): from the approval date (MSL Art 29) for the number of years the
 * law sets (two, MSL Art 26), ending on the corresponding day of the approval month under a declared month-end rule
 * (民法典 Art 202), and its payment periods, such as the six-monthly periods of the family preferential payment.
 *
 * <p>{@link org.zhengbing.calendar.service.ServiceTermCalculator} builds a
 * {@link org.zhengbing.calendar.service.ServiceTerm} from the policy; the conscription calendar gives each season's
 * term, and the benefits calculators take its periods.
 *
 * <pre>{@code
 * ServiceTerm t = ServiceTermCalculator.of(PolicyBook.nationalDefaults())
 *     .calculate(ConscriptionTerm.of(2023, Season.SPRING), RegionCode.of("500116"), LocalDate.of(2023, 3, 1));
 * t.end();          // 2025-03-01, the day the two years are complete
 * t.periods(6);     // 2023-03-01/2023-08-31, 2023-09-01/2024-02-29, 2024-03-01/2024-08-31, 2024-09-01/2025-02-28
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.calendar.service;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
