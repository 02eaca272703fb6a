/**
 * Implementation details of the policy module, not exported: the JSON tree codecs (Jackson's tree API stays here)
 * shared by {@code ProfileJson}, {@code BenefitJson} and later statement writers.
 */
@NullMarked
package org.zhengbing.policy.internal;

import org.jspecify.annotations.NullMarked;
