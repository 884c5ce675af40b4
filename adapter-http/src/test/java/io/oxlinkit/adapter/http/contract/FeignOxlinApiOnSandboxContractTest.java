package io.oxlinkit.adapter.http.contract;

import io.oxlinkit.testkit.contract.OxlinApiContract;
import io.oxlinkit.testkit.contract.api.Emulator;

/** The API contract on {@code FeignOxlinApi} against the sandbox over loopback HTTP. */
class FeignOxlinApiOnSandboxContractTest extends OxlinApiContract {

    @Override
    protected Emulator startEmulator() {
        return new SandboxEmulator();
    }
}
