package io.oxlinkit.adapter.jdbc;

/** Every storage contract suite on H2 in memory. */
class H2MemoryStorageContractTest extends JdbcStorageContracts {

    H2MemoryStorageContractTest() {
        super("h2-mem", Databases::h2Memory);
    }
}
