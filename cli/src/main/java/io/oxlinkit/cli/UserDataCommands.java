package io.oxlinkit.cli;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands of a user's data lifecycle: erase a connection, erase a user, export what is kept about a user. */
final class UserDataCommands {

    private UserDataCommands() {}

    /** {@code oxlin delete-connection ID}. */
    @Command(
            name = "delete-connection",
            description = "Deletes a connection at OXLIN and erases its accounts, transactions and events here.")
    static final class DeleteConnectionCommand extends Oxlin.KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Override
        void run(Environment environment) {
            boolean deleted = environment.kit.deleteConnection(ConnectionId.of(connection));
            parent.out.println(
                    deleted
                            ? "Connection " + connection + " deleted."
                            : "Connection " + connection + " is not stored here: nothing to do.");
        }
    }

    /** {@code oxlin delete-user --user ID}. */
    @Command(
            name = "delete-user",
            description = "Deletes a user at OXLIN with their connections and erases everything kept about them here.")
    static final class DeleteUserCommand extends Oxlin.KitCommand {
        @Option(names = "--user", required = true, description = "OXLIN user id.")
        String user;

        @Override
        void run(Environment environment) {
            environment.kit.deleteUser(UserId.of(user));
            parent.out.println("User " + user + " deleted, with every local trace.");
        }
    }

    /** {@code oxlin export-user --user ID [--output FILE]}. */
    @Command(
            name = "export-user",
            description =
                    "Writes everything stored for a user as one JSON document (secrets listed as held, never exported).")
    static final class ExportUserCommand extends Oxlin.KitCommand {
        @Option(names = "--user", required = true, description = "OXLIN user id.")
        String user;

        @Option(names = "--output", description = "The file to write (default: standard output).")
        java.nio.file.Path output;

        @Override
        void run(Environment environment) {
            if (output == null) {
                environment.kit.exportUserData(
                        UserId.of(user), io.oxlinkit.adapter.jdbc.codec.UserDataJson.writer(parent.out));
                parent.out.println();
                return;
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(output)) {
                environment.kit.exportUserData(
                        UserId.of(user), io.oxlinkit.adapter.jdbc.codec.UserDataJson.writer(out));
            } catch (java.io.IOException failure) {
                throw new CliException("could not write " + output + ": " + failure.getMessage());
            }
            parent.out.println("User " + user + " exported to " + output + ".");
        }
    }
}
