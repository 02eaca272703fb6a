/**
 * Age windows for conscription and the duty of initial military service registration, with age counted as the
 * age reached by 31 December of the conscription year (MSL Arts 15 and 20, and the annual conscription orders).
 *
 * <p>{@link org.zhengbing.calendar.age.AgeWindowCalculator} gives the {@link org.zhengbing.calendar.age.BirthWindow}
 * for an {@link org.zhengbing.calendar.age.AgeCategory} and judges a birth date
 * ({@link org.zhengbing.calendar.age.AgeVerdict}); {@link org.zhengbing.calendar.age.RegistrationDutyAssessor}
 * says whether a man must register in a year. Every limit is a parameter; every verdict explains itself.
 *
 * <pre>{@code
 * AgeWindowCalculator ages = AgeWindowCalculator.of(PolicyBook.nationalDefaults());
 * ages.calculate(ConscriptionTerm.of(2023, Season.SPRING), RegionCode.of("500116"),
 *     AgeCategory.of(Sex.MALE, EducationLevel.SENIOR_HIGH)).span();     // 2001-01-01/2005-12-31
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.calendar.age;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
