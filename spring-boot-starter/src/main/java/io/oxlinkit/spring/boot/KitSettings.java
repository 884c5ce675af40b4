package io.oxlinkit.spring.boot;

import io.oxlinkit.application.OxlinKitBuilder;

/** {@code oxlin.kit.*} onto {@link OxlinKitBuilder}: what is set replaces the kit's default, the rest stays. */
final class KitSettings {

    private KitSettings() {}

    static void apply(OxlinProperties.Kit kit, OxlinKitBuilder builder) {
        HttpSettings.set(kit.workerId(), builder::workerId);
        HttpSettings.set(kit.transactionPageSize(), builder::transactionPageSize);
        HttpSettings.set(kit.renewalWindow(), builder::renewalWindow);
        HttpSettings.set(kit.providerCacheTtl(), builder::providerCacheTtl);
        HttpSettings.set(kit.eventLease(), builder::eventLease);
        HttpSettings.set(kit.syncLease(), builder::syncLease);
        HttpSettings.set(kit.syncOverlap(), builder::syncOverlap);
        HttpSettings.set(kit.refreshesPerDay(), builder::refreshesPerDay);
        HttpSettings.set(kit.synchronizeAfterSyncAll(), builder::synchronizeAfterSyncAll);
        HttpSettings.set(kit.generatedLoginDomain(), builder::generatedLoginDomain);
    }
}
