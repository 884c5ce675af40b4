package io.oxlinkit.example;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.UserScope;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The endpoints a host writes over the kit. Every connection call goes through {@link OxlinKit#forUser}, so one user
 * can never reach another's connection by its id (a real host takes the user from its own authentication, not the path).
 */
@RestController
public class BankingController {

    /** The body creating a user: the host's own stable key of its customer. */
    public record NewUser(String hostReference) {}

    /** The body starting an EMBEDDED connection: the bank, its channel, the form's values by credential id. */
    public record NewConnection(String provider, String channel, Map<String, String> values) {}

    /** The body answering a challenge: the values by input id. */
    public record Answer(Map<String, String> values) {}

    /** The body giving consent: the accounts the user shares (the others are declined). */
    public record Consent(List<String> share) {}

    private final OxlinKit kit;

    /** Endpoints over the starter's kit. */
    public BankingController(OxlinKit kit) {
        this.kit = kit;
    }

    /** Finds or creates the OXLIN user of a host customer (safe to retry). */
    @PostMapping("/users")
    public Map<String, String> createUser(@RequestBody NewUser body) {
        return Map.of("userId", kit.findOrCreateUser(body.hostReference()).value());
    }

    /** The banks a user can connect to now. */
    @GetMapping("/users/{user}/banks")
    public List<Map<String, String>> banks(@PathVariable String user) {
        return kit.providers(UserId.of(user)).stream()
                .map(p -> Map.of("id", p.id().value(), "name", p.name()))
                .toList();
    }

    /** Starts an EMBEDDED connection with the form's values (encrypted where the bank asks, then wiped). */
    @PostMapping("/users/{user}/connections")
    public ResponseEntity<Map<String, Object>> connect(@PathVariable String user, @RequestBody NewConnection body) {
        StepResult started = kit.startEmbeddedConnection(
                UserId.of(user),
                ProviderId.of(body.provider()),
                ChannelDefinitionId.of(body.channel()),
                secrets(body.values()));
        return answer(started);
    }

    /** Reads the user's event queue and applies it (a host running {@code oxlin.fleet.enabled=true} needs no such call). */
    @PostMapping("/users/{user}/pump")
    public Map<String, Integer> pump(@PathVariable String user) {
        return Map.of("applied", kit.pumpEvents(UserId.of(user)).applied());
    }

    /** What the connection asks of the user now. */
    @GetMapping("/users/{user}/connections/{connection}/next")
    public StepView next(@PathVariable String user, @PathVariable String connection) {
        return scope(user)
                .nextStep(ConnectionId.of(connection))
                .map(StepView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such connection"));
    }

    /** Answers the challenge the connection waits on. */
    @PostMapping("/users/{user}/connections/{connection}/answer")
    public ResponseEntity<Map<String, Object>> answer(
            @PathVariable String user, @PathVariable String connection, @RequestBody Answer body) {
        return answer(
                scope(user).answerChallenge(ConnectionId.of(connection), ChallengeAnswer.ok(secrets(body.values()))));
    }

    /** Gives the user's consent: the listed accounts shared, the other pending ones declined. */
    @PostMapping("/users/{user}/connections/{connection}/consent")
    public ResponseEntity<Map<String, Object>> consent(
            @PathVariable String user, @PathVariable String connection, @RequestBody Consent body) {
        UserScope scope = scope(user);
        ConnectionId id = ConnectionId.of(connection);
        Set<String> shared = Set.copyOf(body.share());
        List<ConsentDecision> decisions = scope
                .nextStep(id)
                .filter(io.oxlinkit.domain.journey.NextStep.CollectConsent.class::isInstance)
                .map(step -> ((io.oxlinkit.domain.journey.NextStep.CollectConsent) step)
                        .request()
                        .pendingAccounts())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.CONFLICT, "the connection asks no consent now"))
                .stream()
                .map(account -> shared.contains(account.id().value())
                        ? ConsentDecision.grant(account.id())
                        : ConsentDecision.decline(account.id()))
                .toList();
        return answer(scope.giveConsent(id, decisions));
    }

    /** The connection's stored accounts. */
    @GetMapping("/users/{user}/connections/{connection}/accounts")
    public List<Map<String, String>> accounts(@PathVariable String user, @PathVariable String connection) {
        return scope(user).accounts(ConnectionId.of(connection)).stream()
                .map(a -> Map.of(
                        "id",
                        a.id().value(),
                        "name",
                        a.name().orElse(""),
                        "transactions",
                        Integer.toString(
                                scope(user).transactions(a.id(), 0, 10_000).size())))
                .toList();
    }

    private UserScope scope(String user) {
        return kit.forUser(UserId.of(user));
    }

    private static Map<CredentialId, SecretValue> secrets(Map<String, String> values) {
        Map<CredentialId, SecretValue> secrets = new HashMap<>();
        values.forEach((id, value) -> secrets.put(CredentialId.of(id), SecretValue.of(value)));
        return secrets;
    }

    private static ResponseEntity<Map<String, Object>> answer(StepResult result) {
        if (result instanceof StepResult.Proceeded proceeded) {
            return ResponseEntity.ok(
                    Map.of("connectionId", proceeded.connectionId().value(), "next", StepView.of(proceeded.next())));
        }
        if (result instanceof StepResult.InvalidInput invalid) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of(
                            "errors",
                            invalid.errors().stream().map(Object::toString).toList()));
        }
        StepResult.Refused refused = (StepResult.Refused) result;
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("refused", refused.reason().name(), "message", refused.message()));
    }
}
