package io.oxlinkit.cli;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that erase: a connection, or a user with everything kept about them. */
final class DeleteCommands {

    private DeleteCommands() {
    }

    /** {@code oxlin delete-connection ID}. */
    @Command(name = "delete-connection", description = "Deletes a connection at OXLIN and erases its accounts, transactions and events here.")
    static final class DeleteConnectionCommand extends Oxlin.KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Override
        void run(Environment environment) {
            boolean deleted = environment.kit.deleteConnection(ConnectionId.of(connection));
            parent.out.println(deleted ? "Connection " + connection + " deleted." : "Connection " + connection + " is not stored here: nothing to do.");
        }
    }

    /** {@code oxlin delete-user --user ID}. */
    @Command(name = "delete-user", description = "Deletes a user at OXLIN with their connections and erases everything kept about them here.")
    static final class DeleteUserCommand extends Oxlin.KitCommand {
        @Option(names = "--user", required = true, description = "OXLIN user id.")
        String user;

        @Override
        void run(Environment environment) {
            environment.kit.deleteUser(UserId.of(user));
            parent.out.println("User " + user + " deleted, with every local trace.");
        }
    }
}
