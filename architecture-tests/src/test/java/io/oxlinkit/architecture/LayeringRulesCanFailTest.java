package io.oxlinkit.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule fails on a small fixture of deliberate violations, so a passing rule means something. */
class LayeringRulesCanFailTest {

    private static final String ROOT = "fixture.violations";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void domainRuleFailsOnADomainClassImportingJavax() {
        assertThatThrownBy(() -> LayeringRules.domainDependsOnTheJdkAlone(ROOT).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BadDomainType");
    }

    @Test
    void applicationRuleFailsOnAnApplicationClassImportingAnAdapter() {
        assertThatThrownBy(() -> LayeringRules.applicationDependsOnDomainAndSlf4jOnly(ROOT)
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BadUseCase");
    }

    @Test
    void adapterRuleFailsOnAnAdapterImportingAnother() {
        assertThatThrownBy(
                        () -> LayeringRules.adaptersDoNotDependOnEachOther(ROOT).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AlphaAdapter");
    }

    @Test
    void cycleRuleFailsOnTwoPackagesUsingEachOther() {
        assertThatThrownBy(() -> LayeringRules.packagesAreFreeOfCycles(ROOT).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void portRuleFailsOnAPortImplementedInsideTheApplication() {
        assertThatThrownBy(() -> LayeringRules.portsAreImplementedOnlyByAdaptersOrTheTestkit(ROOT)
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SneakyStore");
    }

    @Test
    void sandboxRuleFailsOnASandboxClassUsingTheDomain() {
        assertThatThrownBy(() ->
                        LayeringRules.theSandboxIsIndependentOfTheClient(ROOT).check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakySandbox");
    }
}
