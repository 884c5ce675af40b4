package io.oxlinkit.adapter.jdbc;

/** Every storage contract suite on H2 in a file. */
class H2FileStorageContractTest extends JdbcStorageContracts {

    H2FileStorageContractTest() {
        super("h2-file", Databases::h2File);
    }
}
