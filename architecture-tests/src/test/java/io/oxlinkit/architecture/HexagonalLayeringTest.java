package io.oxlinkit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the product's main code, checked on every {@code mvn verify}. */
@AnalyzeClasses(packages = "io.oxlinkit", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalLayeringTest {

    @ArchTest
    static final ArchRule the_domain_depends_on_the_jdk_alone = LayeringRules.domainDependsOnTheJdkAlone("io.oxlinkit");

    @ArchTest
    static final ArchRule the_application_depends_on_no_adapter_and_no_framework =
            LayeringRules.applicationDependsOnDomainAndSlf4jOnly("io.oxlinkit");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            LayeringRules.adaptersDoNotDependOnEachOther("io.oxlinkit");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = LayeringRules.packagesAreFreeOfCycles("io.oxlinkit");

    @ArchTest
    static final ArchRule ports_are_implemented_only_by_adapters_or_the_testkit =
            LayeringRules.portsAreImplementedOnlyByAdaptersOrTheTestkit("io.oxlinkit");

    @ArchTest
    static final ArchRule the_sandbox_is_independent_of_the_client =
            LayeringRules.theSandboxIsIndependentOfTheClient("io.oxlinkit");
}
