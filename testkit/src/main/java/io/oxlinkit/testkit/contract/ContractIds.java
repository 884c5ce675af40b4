package io.oxlinkit.testkit.contract;

import java.util.UUID;

/** Fresh ids per test, so contract suites can run against a shared database without cleaning it. */
final class ContractIds {

    private ContractIds() {}

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
