package io.oxlinkit.testkit.fake;

import io.oxlinkit.testkit.contract.OxlinApiContract;
import io.oxlinkit.testkit.contract.api.Emulator;

/** The API contract on the in-memory fake. */
class FakeOxlinApiContractTest extends OxlinApiContract {

    @Override
    protected Emulator startEmulator() {
        return new FakeEmulator();
    }
}
