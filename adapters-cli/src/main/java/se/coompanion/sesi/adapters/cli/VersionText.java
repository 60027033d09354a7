package se.coompanion.sesi.adapters.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code sesi --version}: the product's version from the build, and the Java it runs on. */
public final class VersionText implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"sesi " + BuildVersion.version(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")"};
    }
}
