/**
 * Hostile-input tests of the policy module's JSON readers ({@code ProfileJson}, {@code BenefitJson}): truncations,
 * wrong values in every field, random stacked mutations and documents built to be hostile. Only the documented
 * exception may escape.
 */
@NullMarked
package org.zhengbing.policy.hostile;

import org.jspecify.annotations.NullMarked;
