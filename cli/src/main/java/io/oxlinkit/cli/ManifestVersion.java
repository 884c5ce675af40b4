package io.oxlinkit.cli;

import picocli.CommandLine;

/** {@code --version}: the kit's version from the jar's manifest ({@code Implementation-Version}), "development" outside a jar. */
final class ManifestVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Oxlin.class.getPackage().getImplementationVersion();
        return new String[] {"oxlin " + (version == null ? "development" : version), "Java " + Runtime.version()};
    }
}
