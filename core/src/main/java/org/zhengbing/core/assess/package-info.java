/**
 * The assessment of a unit's conscription work (征兵工作考评): the five rates (五率) and their targets, and the
 * college-student targets a quota implies. {@link org.zhengbing.core.assess.FiveRateAssessor} judges a unit's counts
 * by the rate definitions of a policy; {@link org.zhengbing.core.assess.CollegeTargetCalculator} turns a
 * college-share target into a number of students.
 *
 * <pre>{@code
 * FiveRateAssessment a = FiveRateAssessor.of(book).assess(counts, RegionCode.of("500116"), date);
 * a.rate(AssessmentRate.RETURN).verdict();
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.core.assess;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
