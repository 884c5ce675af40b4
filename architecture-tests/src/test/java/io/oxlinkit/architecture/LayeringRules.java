package io.oxlinkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's layering rules, parameterized by the root package so that the same rules run on the
 * product ({@code io.oxlinkit}) and on a fixture of deliberate violations.
 */
final class LayeringRules {

    private LayeringRules() {}

    static ArchRule domainDependsOnTheJdkAlone(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends on the JDK alone (java.* only)");
    }

    static ArchRule applicationDependsOnDomainAndSlf4jOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..", "org.slf4j..")
                .as("the application depends on the domain, the JDK and SLF4J only: no adapter, no framework");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true)
                .as("an adapter never depends on another adapter");
    }

    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("packages form no cycle");
    }

    static ArchRule portsAreImplementedOnlyByAdaptersOrTheTestkit(String root) {
        return classes()
                .that()
                .implement(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a port (a top-level interface of " + root
                                + ".application.port; nested ones such as ChangeFeed.Entry are values)",
                        (com.tngtech.archunit.core.domain.JavaClass type) ->
                                type.getPackageName().startsWith(root + ".application.port") && type.isTopLevelClass()))
                .and()
                .areNotInterfaces()
                .should()
                .resideInAnyPackage(root + ".adapter..", root + ".testkit..")
                .allowEmptyShould(true)
                .as("ports are implemented only by adapters and the testkit");
    }

    static ArchRule theSandboxIsIndependentOfTheClient(String root) {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(root + ".sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".domain..", root + ".application..", root + ".adapter..")
                .as("the sandbox shares no code with the client, so they cannot share one misunderstanding");
    }
}
