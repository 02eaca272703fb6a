/**
 * Eligibility: is a candidate within the age window of the season, which priority categories apply, and is
 * military-service registration due. {@link org.zhengbing.policy.eligibility.EligibilityChecker} gives an
 * {@link org.zhengbing.policy.eligibility.EligibilityVerdict} with an explanation citing every rule.
 *
 * <pre>{@code
 * EligibilityVerdict v = EligibilityChecker.of(PolicySets.nationalDefaults()).check(profile);
 * v.eligibleByAge();      // within the birth window of the term, age counted by 31 December
 * v.priorities();         // e.g. COLLEGE_GRADUATE and STEM, each cited
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.policy.eligibility;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
