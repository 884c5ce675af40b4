package io.oxlinkit.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The API contract is able to fail: run on deliberately wrong fakes, the tests that check what they get wrong fail. */
class OxlinApiContractCanFailTest {

    /** The names of the tests of {@code suite} that failed, and how many ran. */
    private record Outcome(List<String> failed, int run) {}

    private static Outcome run(Class<?> suite) {
        List<String> failed = new ArrayList<>();
        int[] run = {0};
        Launcher launcher = LauncherFactory.create();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(suite))
                        .build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            run[0]++;
                            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                failed.add(test.getDisplayName().replace("()", ""));
                            }
                        }
                    }
                });
        return new Outcome(failed, run[0]);
    }

    @Test
    void aFakeThatKeepsDeclinedAccountsListedFailsTheConsentTests() {
        Outcome outcome = run(WrongFakes.KeepsDeclinedAccounts.class);
        assertThat(outcome.run()).isGreaterThanOrEqualTo(40);
        assertThat(outcome.failed())
                .contains("declinedAccountsAreDeletedAndNeverListedAgain")
                .hasSizeLessThan(outcome.run() / 4);
    }

    @Test
    void aFakeThatMergesTwoChannelsEventsFailsTheTwoChannelTests() {
        Outcome outcome = run(WrongFakes.MergesChannelEvents.class);
        assertThat(outcome.failed())
                .contains(
                        "everyEventOfATwoChannelConnectionNamesItsChannel",
                        "addingTheEmbeddedChannelRunsItsOwnListAccounts",
                        "eachChannelRunsItsOwnSyncAllAfterConsent")
                .hasSizeLessThan(outcome.run() / 2);
    }
}
