package io.oxlinkit.adapter.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.lifecycle.ChannelHealth;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's sample payloads, fed through the adapter's own readers, give the expected domain objects. */
class GuidePayloadMappingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = GuidePayloadMappingTest.class.getResourceAsStream("/guide/" + name)) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void provider119ReadsAsTheGuidesHsbc() throws IOException {
        Provider provider = WireReader.provider(fixture("provider-119.json"));
        assertThat(provider.id().value()).isEqualTo("119");
        assertThat(provider.name()).isEqualTo("HSBC");
        assertThat(provider.countryCode()).isEqualTo("FRA");
        assertThat(provider.unavailable()).isFalse();
        assertThat(provider.channelDefinitions()).isEqualTo(Banks.hsbc().channelDefinitions());
        assertThat(provider.channel(ChannelDefinitionId.of("embedded1"))
                        .orElseThrow()
                        .form()
                        .fields())
                .filteredOn(f -> f.encrypt())
                .extracting(f -> f.id().value())
                .containsExactly("3502");
    }

    @Test
    void valuesThisVersionDoesNotKnowAreReadAsUnknownWithTheirRawForm() throws IOException {
        Connection connection = WireReader.connection(new ObjectMapper().readTree("""
                {"id": "1", "provider_id": "87", "status": "PAUSED", "channels": [
                  {"channel_definition_id": "8702", "mode": "EMBEDDED", "status": "BANK_MAINTENANCE", "last_end_date": 1562233742}]}"""));
        assertThat(connection.status()).isEqualTo(ConnectionStatus.UNKNOWN);
        assertThat(connection.rawStatus()).isEqualTo("PAUSED");
        assertThat(connection.channels().get(0).status()).isEqualTo(ChannelStatus.UNKNOWN);
        assertThat(connection.channels().get(0).rawStatus()).isEqualTo("BANK_MAINTENANCE");
        Account account = WireReader.account(new ObjectMapper().readTree("""
                {"id": "a1", "connection_id": "1", "type": "CRYPTO_WALLET", "status": "ACTIVE", "classification": "CORPORATE_TRUST"}"""));
        assertThat(account.rawType()).isEqualTo("CRYPTO_WALLET");
        assertThat(account.rawStatus()).isEqualTo("ACTIVE");
        assertThat(account.rawClassification()).isEqualTo("CORPORATE_TRUST");
    }

    @Test
    void connection18903ReadsAsFailedWithAnAuthFailedEmbeddedChannel() throws IOException {
        Connection connection = WireReader.connection(fixture("connection-18903.json"));
        assertThat(connection.id()).isEqualTo(ConnectionId.of("18903"));
        assertThat(connection.status()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(connection.channels()).singleElement().satisfies(channel -> {
            assertThat(channel.definitionId().value()).isEqualTo("17650");
            assertThat(channel.mode()).isEqualTo(ChannelMode.EMBEDDED);
            assertThat(channel.status()).isEqualTo(ChannelStatus.AUTH_FAILED);
            assertThat(channel.lastSuccess()).contains(Instant.ofEpochSecond(1562233742L));
            assertThat(channel.maskedCredentials()).singleElement().satisfies(m -> {
                assertThat(m.id()).isEqualTo(CredentialId.of("10001"));
                assertThat(m.maskedValue()).isEqualTo("**mo");
            });
        });
        assertThat(connection.owner().name()).contains("Mr Test");
        assertThat(connection.owner().phoneNumber()).contains("06******1");
        List<NextStep> steps = new ChannelHealth(RenewalPolicy.defaults())
                .issues(connection, Instant.parse("2019-07-05T00:00:00Z")).stream()
                        .map(i -> NextStep.forAction(i.connectionId(), i.mode(), i.action())
                                .orElseThrow())
                        .toList();
        assertThat(steps).singleElement().isInstanceOf(NextStep.FixCredentials.class);
    }

    @Test
    void connection18902ReadsWithAnEmptyChannel13400() throws IOException {
        Connection connection = WireReader.connection(fixture("connection-18902.json"));
        assertThat(connection.channels())
                .extracting(c -> c.definitionId().value(), c -> c.status())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("8701", ChannelStatus.NEVER),
                        org.assertj.core.groups.Tuple.tuple("13400", ChannelStatus.EMPTY));
        assertThat(connection.channels().get(0).expires()).contains(Instant.ofEpochSecond(1569974400L));
        assertThat(connection.owner().name()).isEmpty();
        assertThat(connection.creationDate()).contains(Instant.ofEpochSecond(1562233640L));
    }

    @Test
    void theGuidesEventsReadAsChallengePrompts() throws IOException {
        Event sendSms = WireReader.event(fixture("event-14-send-sms.json"));
        assertThat(sendSms).isInstanceOfSatisfying(Event.UserInputRequested.class, e -> {
            assertThat(e.type()).isEqualTo(EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED);
            assertThat(e.header().id()).isEqualTo(EventId.of("14"));
            assertThat(e.header().connectionId()).isEqualTo(ConnectionId.of("17730"));
            assertThat(e.header().channelDefinitionId()).contains(ChannelDefinitionId.of("embedded1"));
            assertThat(e.header().createdAt()).isEqualTo(Instant.ofEpochSecond(1528199358L));
            assertThat(e.prompt()).isEqualTo(GuideChallenges.sendSms("0606060606"));
        });
        Connection snapshot = sendSms.header().snapshot().orElseThrow();
        assertThat(snapshot.channel(ChannelDefinitionId.of("embedded1"))
                        .orElseThrow()
                        .status())
                .isEqualTo(ChannelStatus.RUNNING);
        assertThat(snapshot.channel(ChannelDefinitionId.of("redirect1"))
                        .orElseThrow()
                        .expires())
                .contains(Instant.ofEpochSecond(1528106353L));

        ChallengePrompt code =
                ((Event.UserInputRequested) WireReader.event(fixture("event-17-sms-code.json"))).prompt();
        assertThat(code).isEqualTo(GuideChallenges.smsCode("0606060606", 3, false));
        ChallengePrompt wrong =
                ((Event.UserInputRequested) WireReader.event(fixture("event-17-wrong-code.json"))).prompt();
        assertThat(wrong).isEqualTo(GuideChallenges.smsCode("0606060606", 1, true));
        assertThat(wrong.errorMessages()).containsExactly("Code invalide. Encore 1 tentatives");
    }

    @Test
    void unknownFieldsAndEnumValuesNeverBreakReading() throws IOException {
        JsonNode odd = MAPPER.readTree(
                "{\"id\":99,\"event_type\":\"CONNECTION_RENAMED\",\"creation_date\":\"1528199358\",\"future\":{\"a\":1},"
                        + "\"resource\":{\"id\":7,\"provider_id\":87,\"status\":\"QUANTUM\",\"channels\":[{\"id\":\"c\",\"status\":\"TELEPORTED\",\"mode\":\"HOLO\"}]}}");
        Event event = WireReader.event(odd);
        assertThat(event)
                .isInstanceOfSatisfying(
                        Event.Unrecognized.class, e -> assertThat(e.rawType()).isEqualTo("CONNECTION_RENAMED"));
        Connection snapshot = event.header().snapshot().orElseThrow();
        assertThat(snapshot.status()).isEqualTo(ConnectionStatus.UNKNOWN);
        assertThat(snapshot.channels().get(0).status()).isEqualTo(ChannelStatus.UNKNOWN);
        assertThat(snapshot.channels().get(0).mode()).isEqualTo(ChannelMode.UNKNOWN);
    }

    @Test
    void accountsReadBothClassificationSpellingsAndExactAmounts() throws IOException {
        Account account = WireReader.account(
                MAPPER.readTree(
                        "{\"id\":\"a1\",\"connection_id\":\"c1\",\"account_number\":\"0001\","
                                + "\"balance\":1523.47,\"currency\":\"EUR\",\"type\":\"CHECKINGS\",\"status\":\"CONSENT_PENDING\",\"classification\":\"PERSONNAL\"}"));
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_CONSENT);
        assertThat(account.classification()).isEqualTo(AccountClassification.PERSONAL);
        assertThat(account.balance().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("1523.47"));
        assertThat(account.displayName()).isEqualTo("0001");
    }

    @Test
    void aPageOfTransactionsStreamsIntoRecords() throws IOException {
        String page =
                "[{\"id\":1,\"account_id\":\"a1\",\"amount\":-12.30,\"currency\":\"EUR\",\"date\":1700000000,\"label\":\"CB\","
                        + "\"type\":\"DEBIT\",\"status\":\"BOOKED\",\"remittance_information\":[\"x\"],\"extra\":{\"y\":[1,2]}},"
                        + "{\"id\":\"2\",\"account_id\":\"a1\",\"amount\":\"0.10\",\"date\":\"1700000001\",\"type\":\"NEW_KIND\"}]";
        List<Transaction> transactions = new TransactionReader(MAPPER.getFactory())
                .page(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0).amount().amount()).isEqualByComparingTo("-12.30");
        assertThat(transactions.get(0).amount().amount().scale()).isEqualTo(2);
        assertThat(transactions.get(1).type()).isEqualTo(io.oxlinkit.domain.account.TransactionType.UNKNOWN);
        assertThatThrownBy(() -> new TransactionReader(MAPPER.getFactory())
                        .page(new ByteArrayInputStream("[{\"id\":1,".getBytes())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aListIsReadBareOrWrappedInItsNamedField() throws IOException {
        assertThat(WireReader.items(MAPPER.readTree("[{\"id\":1},{\"id\":2}]"), "accounts"))
                .hasSize(2);
        assertThat(WireReader.items(MAPPER.readTree("{\"accounts\":[{\"id\":1}],\"total\":1}"), "accounts"))
                .hasSize(1);
        assertThat(WireReader.items(MAPPER.readTree("{\"total\":0}"), "accounts"))
                .isEmpty();
    }
}
