/**
 * Candidate profiles: who is enlisting, with what education, where and when, and (for later-service scenarios) how
 * service went.
 *
 * <p>{@link org.zhengbing.policy.profile.CandidateProfile} is the immutable input of every benefit calculator;
 * {@link org.zhengbing.policy.profile.ProfileJson} reads and writes it as JSON for integrators, rejecting an
 * impossible profile with an {@link org.zhengbing.policy.profile.InvalidProfileException} naming the field.
 *
 * <pre>{@code
 * CandidateProfile p = ProfileJson.parse(json);
 * p.educationCategory();   // BACHELOR_GRADUATE: the row of the region's tables
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.policy.profile;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
