package io.oxlinkit.cli;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interactive connection of {@code oxlin connect}: pick a bank and a channel, fill the form built
 * from the channel definition (passwords masked), answer challenges with their rendered labels (answers
 * checked before they are sent), tick the consent checklist, and see the synchronized accounts.
 */
final class ConnectFlow {

    private static final int MAX_ROUNDS = 200;

    private final OxlinKit kit;
    private final Terminal terminal;
    private final long pollMillis;

    ConnectFlow(OxlinKit kit, Terminal terminal, long pollMillis) {
        this.kit = kit;
        this.terminal = terminal;
        this.pollMillis = pollMillis;
    }

    /** Runs the flow for {@code user}; returns the connection when it is synchronized. */
    ConnectionId run(UserId user) {
        List<Provider> providers = kit.providers(user);
        if (providers.isEmpty()) {
            throw new CliException("no bank can be connected now");
        }
        terminal.say("Banks:");
        for (int i = 0; i < providers.size(); i++) {
            terminal.say(String.format(
                    "  %2d. %s (id %s)",
                    i + 1, providers.get(i).name(), providers.get(i).id()));
        }
        Provider provider = providers.get(terminal.choose("Bank number?", providers.size()));
        List<ChannelDefinition> channels = provider.channelDefinitions();
        terminal.say("Channels of " + provider.name() + ":");
        for (int i = 0; i < channels.size(); i++) {
            terminal.say(String.format(
                    "  %d. %s %s for %s",
                    i + 1,
                    channels.get(i).mode(),
                    channels.get(i).id(),
                    channels.get(i).accountTypes()));
        }
        ChannelDefinition channel = channels.get(terminal.choose("Channel number?", channels.size()));
        ConnectionId connection = channel.mode() == ChannelMode.REDIRECT
                ? redirect(user, provider, channel)
                : embedded(user, provider, channel);
        follow(user, connection);
        return connection;
    }

    private ConnectionId embedded(UserId user, Provider provider, ChannelDefinition channel) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        for (CredentialField field : channel.credentials()) {
            values.put(field.id(), read(field));
        }
        while (true) {
            Map<CredentialId, SecretValue> attempt = new HashMap<>();
            values.forEach((id, value) -> {
                char[] chars = value.copyChars();
                attempt.put(id, SecretValue.of(chars));
                Arrays.fill(chars, '\0');
            });
            StepResult result = kit.startEmbeddedConnection(user, provider.id(), channel.id(), attempt);
            if (result instanceof StepResult.Proceeded proceeded) {
                values.values().forEach(SecretValue::wipe);
                terminal.say("Connection " + proceeded.connectionId() + " created.");
                return proceeded.connectionId();
            }
            if (result instanceof StepResult.Refused refused) {
                values.values().forEach(SecretValue::wipe);
                throw new CliException(refused.message());
            }
            List<FieldError> errors = result instanceof StepResult.InvalidInput invalid ? invalid.errors() : List.of();
            for (FieldError error : errors) {
                terminal.say("  " + error.message());
                CredentialField field = channel.field(error.field()).orElseThrow();
                values.put(field.id(), read(field)).wipe();
            }
        }
    }

    private SecretValue read(CredentialField field) {
        if (field.type().isMasked() || field.encrypt()) {
            char[] typed = terminal.askSecret(field.label() + ":");
            SecretValue value = SecretValue.of(typed);
            Arrays.fill(typed, '\0');
            return value;
        }
        return SecretValue.of(terminal.ask(field.label() + ":"));
    }

    private ConnectionId redirect(UserId user, Provider provider, ChannelDefinition channel) {
        URI callback = URI.create(terminal.ask("Your redirect URI (where the bank sends the user back)?"));
        RedirectResult outcome = kit.startRedirectConnection(user, provider.id(), channel.id(), callback);
        if (outcome instanceof RedirectResult.Refused refused) {
            throw new CliException(refused.message());
        }
        terminal.say("Open this address in a browser and authorize access:");
        terminal.say("  " + outcome.url().orElseThrow());
        URI back = URI.create(terminal.ask("Paste the address the browser came back to:"));
        StepResult completed = kit.completeRedirect(user, Browser.query(back));
        if (!(completed instanceof StepResult.Proceeded proceeded)) {
            throw new CliException("the redirect did not complete: " + completed);
        }
        return proceeded.connectionId();
    }

    private void follow(UserId user, ConnectionId connection) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            kit.pumpEvents(user);
            NextStep step = kit.nextStep(connection).orElseThrow();
            if (step instanceof NextStep.AnswerChallenge challenge) {
                answer(connection, challenge.prompt());
            } else if (step instanceof NextStep.CollectConsent consent) {
                consent(connection, consent.request().pendingAccounts());
            } else if (step instanceof NextStep.Done) {
                terminal.say("Synchronized. Accounts:");
                Tables.accounts(terminal.out(), kit.accounts(connection), "  ");
                return;
            } else if (step instanceof NextStep.Wait) {
                pause();
            } else {
                throw new CliException("the connection needs: " + step);
            }
        }
        throw new CliException("the connection is still waiting; run `oxlin health` later");
    }

    private void answer(ConnectionId connection, ChallengePrompt prompt) {
        while (true) {
            prompt.infoMessages().forEach(m -> terminal.say("Bank: " + m));
            prompt.errorMessages().forEach(m -> terminal.say("Bank: " + m));
            prompt.timeout().ifPresent(t -> terminal.say("(" + t.getSeconds() + " s left)"));
            Map<CredentialId, SecretValue> values = new HashMap<>();
            for (Challenge.Input input : prompt.inputs()) {
                values.put(
                        input.id(),
                        input.type().isMasked()
                                ? SecretValue.of(terminal.askSecret(input.renderedLabel() + ":"))
                                : SecretValue.of(terminal.ask(input.renderedLabel() + ":")));
            }
            boolean ok = prompt.confirmation()
                    .map(c -> terminal.confirm(c.renderedLabel() + "?"))
                    .orElse(true);
            StepResult result =
                    kit.answerChallenge(connection, ok ? ChallengeAnswer.ok(values) : ChallengeAnswer.cancel());
            if (result instanceof StepResult.InvalidInput invalid) {
                invalid.errors().forEach(e -> terminal.say("  " + e.message()));
                continue;
            }
            if (result instanceof StepResult.Refused refused) {
                throw new CliException(refused.message());
            }
            return;
        }
    }

    private void consent(ConnectionId connection, List<Account> pending) {
        terminal.say("Which accounts do you share?");
        List<ConsentDecision> decisions = new ArrayList<>();
        for (Account account : pending) {
            boolean share = terminal.confirm("  Share " + account.displayName() + " (" + account.type() + ")?");
            decisions.add(share ? ConsentDecision.grant(account.id()) : ConsentDecision.decline(account.id()));
        }
        StepResult result = kit.giveConsent(connection, decisions);
        if (!(result instanceof StepResult.Proceeded)) {
            throw new CliException("the consent was not accepted: " + result);
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
