package org.zhengbing.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of issue 2, checked over the main classes of core, calendar and policy (and examples),
 * which are all visible from this module: no floating point near money, the module dependency direction
 * core &lt;- calendar &lt;- ical and policy &lt;- examples, and a clean public surface.
 */
class ArchitectureTest {

  private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");
  private static final String[] LIBRARY = {"org.zhengbing.core..", "org.zhengbing.calendar..",
      "org.zhengbing.ical..", "org.zhengbing.policy.."};

  private static JavaClasses all;

  @BeforeAll
  static void importMainClasses() {
    // the core and policy test-jars are on this module's test class path (for the integration examples' property
    // tests): leave them out as well as test-classes directories
    all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("org.zhengbing");
  }

  @Test
  void importSeesEveryModule() {
    assertThat(all.contain("org.zhengbing.core.money.Rate")).isTrue();
    assertThat(all.contain("org.zhengbing.core.param.PolicyBook")).isTrue();
    assertThat(all.contain("org.zhengbing.calendar.Sex")).isTrue();
    assertThat(all.contain("org.zhengbing.ical.ICalendarExporter")).isTrue();
    assertThat(all.contain("org.zhengbing.policy.PolicySets")).isTrue();
    assertThat(all.contain("org.zhengbing.examples.cli.ZhengbingCli")).isTrue();
    assertThat(all.stream().map(JavaClass::getName)).noneMatch(n -> n.endsWith("Test"))
        .noneMatch(n -> n.startsWith("org.zhengbing.core.testing."));
  }

  // ---------------------------------------------------------------- (1) no floating point

  private static boolean floating(JavaClass type) {
    return FLOATING.contains(type.getName());
  }

  private static final ArchCondition<JavaClass> USE_NO_FLOATING_POINT =
      new ArchCondition<>("use no double, float, Double or Float") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          for (JavaField f : c.getFields()) {
            if (floating(f.getRawType())) {
              violation(events, c, f.getFullName() + " has type " + f.getRawType().getName());
            }
          }
          for (JavaCodeUnit u : c.getCodeUnits()) {
            if (floating(u.getRawReturnType())) {
              violation(events, c, u.getFullName() + " returns " + u.getRawReturnType().getName());
            }
            u.getRawParameterTypes().stream().filter(ArchitectureTest::floating)
                .forEach(t -> violation(events, c, u.getFullName() + " takes a " + t.getName()));
          }
          // uses inside method bodies: calls and field accesses whose signature involves floating point (such as
          // BigDecimal.doubleValue() or Math.sqrt(double)), and any other dependency on Double or Float. A local
          // computed purely by primitive conversion (i2d) leaves no trace ArchUnit can see.
          for (JavaAccess<?> a : c.getAccessesFromSelf()) {
            Object target = a.getTarget();
            boolean bad = floating(a.getTargetOwner());
            if (target instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget) {
              com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget t =
                  (com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget) target;
              bad |= floating(t.getRawReturnType()) || t.getRawParameterTypes().stream()
                  .anyMatch(ArchitectureTest::floating);
            } else if (target instanceof com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget) {
              bad |= floating(((com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget) target)
                  .getRawType());
            }
            if (bad) {
              violation(events, c, a.getDescription());
            }
          }
          c.getDirectDependenciesFromSelf().stream().filter(d -> floating(d.getTargetClass()))
              .forEach(d -> violation(events, c, d.getDescription()));
        }
      };

  private static void violation(ConditionEvents events, Object item, String message) {
    events.add(SimpleConditionEvent.violated(item, message));
  }

  @Test
  void noFloatingPointInTheLibrary() {
    ArchRule rule = classes().that().resideInAnyPackage(LIBRARY).should(USE_NO_FLOATING_POINT);
    rule.check(all);
  }

  // ---------------------------------------------------------------- (2) module dependency direction

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("org.zhengbing.core..").should().dependOnClassesThat()
        .resideInAnyPackage("org.zhengbing.calendar..", "org.zhengbing.ical..", "org.zhengbing.policy..",
            "org.zhengbing.examples..")
        .check(all);
  }

  @Test
  void calendarDependsOnlyOnCore() {
    noClasses().that().resideInAPackage("org.zhengbing.calendar..").should().dependOnClassesThat()
        .resideInAnyPackage("org.zhengbing.ical..", "org.zhengbing.policy..", "org.zhengbing.examples..")
        .check(all);
  }

  @Test
  void icalDependsOnlyOnCalendarAndCore() {
    noClasses().that().resideInAPackage("org.zhengbing.ical..").should().dependOnClassesThat()
        .resideInAnyPackage("org.zhengbing.policy..", "org.zhengbing.examples..")
        .check(all);
  }

  @Test
  void onlyTheIcalModuleUsesIcal4j() {
    noClasses().that().resideInAnyPackage("org.zhengbing.core..", "org.zhengbing.calendar..",
        "org.zhengbing.policy..").should().dependOnClassesThat().resideInAPackage("net.fortuna.ical4j..")
        .check(all);
  }

  @Test
  void policyDependsOnNoExamples() {
    noClasses().that().resideInAPackage("org.zhengbing.policy..").should().dependOnClassesThat()
        .resideInAPackage("org.zhengbing.examples..")
        .check(all);
  }

  // ---------------------------------------------------------------- (3) a clean public surface

  @Test
  void internalIsUsedOnlyByTheLibraryModules() {
    classes().that().resideInAPackage("org.zhengbing..internal..").should().onlyHaveDependentClassesThat()
        .resideInAnyPackage(LIBRARY)
        .check(all);
  }

  private static boolean exposed(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static ArchCondition<JavaClass> notExpose(String what, Predicate<JavaClass> forbidden) {
    return new ArchCondition<>("not expose " + what + " in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMethod m : c.getAllMethods()) {
          if (!exposed(m) || !m.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
              && !m.getOwner().getName().startsWith("org.zhengbing")) {
            continue;
          }
          if (forbidden.test(m.getRawReturnType())) {
            violation(events, c, m.getFullName() + " (reachable from " + c.getName() + ") returns "
                + m.getRawReturnType().getName());
          }
          m.getRawParameterTypes().stream().filter(forbidden)
              .forEach(t -> violation(events, c, m.getFullName() + " takes " + t.getName()));
        }
        for (JavaField f : c.getFields()) {
          if (exposed(f) && forbidden.test(f.getRawType())) {
            violation(events, c, f.getFullName() + " has type " + f.getRawType().getName());
          }
        }
        c.getRawSuperclass().filter(forbidden).ifPresent(s -> {
          if (!s.getModifiers().contains(JavaModifier.PUBLIC)) {
            return; // a package-private superclass (an Immutables builder) is not nameable by users
          }
          violation(events, c, c.getName() + " extends " + s.getName());
        });
      }
    };
  }

  private static boolean isInternal(JavaClass t) {
    return t.getPackageName().startsWith("org.zhengbing.") && t.getPackageName().contains(".internal");
  }

  private static boolean isGeneratedImmutable(JavaClass t) {
    return t.getName().startsWith("org.zhengbing.") && t.getSimpleName().startsWith("Immutable")
        || t.getEnclosingClass().map(e -> e.getName().startsWith("org.zhengbing.")
            && e.getSimpleName().startsWith("Immutable")).orElse(false);
  }

  @Test
  void nothingPublicExposesAnInternalType() {
    classes().that().arePublic().and().resideOutsideOfPackage("org.zhengbing..internal..")
        .should(notExpose("an org.zhengbing..internal type", ArchitectureTest::isInternal))
        .check(all);
  }

  @Test
  void nothingPublicReturnsAnImmutablesImplementation() {
    classes().that().arePublic().and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>(
            "are not generated Immutable* classes") {
          @Override
          public boolean test(JavaClass c) {
            return !isGeneratedImmutable(c);
          }
        })
        .should(notExpose("a generated Immutable* class", ArchitectureTest::isGeneratedImmutable))
        .check(all);
  }

  @Test
  void generatedImmutablesStayHidden() {
    classes().that(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are generated Immutable* classes") {
          @Override
          public boolean test(JavaClass c) {
            return isGeneratedImmutable(c) && c.getEnclosingClass().isEmpty();
          }
        })
        .should().notBePublic()
        .allowEmptyShould(false)
        .check(all);
  }

  @Test
  void noUtilHelperOrManagerClasses() {
    noClasses().should().haveSimpleNameEndingWith("Util")
        .orShould().haveSimpleNameEndingWith("Utils")
        .orShould().haveSimpleNameEndingWith("Helper")
        .orShould().haveSimpleNameEndingWith("Helpers")
        .orShould().haveSimpleNameEndingWith("Manager")
        .check(all);
  }
}
