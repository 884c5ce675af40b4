package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sandbox's test banks: the guide's two, and banks that fail on demand. */
final class TestBanks {

    record CredentialDef(String id, String label, String regexp, String type, boolean encrypt) {}

    record ChannelDef(
            String id, String mode, List<String> accountTypes, boolean interactive, List<CredentialDef> credentials) {}

    record AccountDef(String name, String type) {}

    /**
     * One bank's definition and behaviour.
     *
     * @param listAccountsAsks the challenges LIST_ACCOUNTS asks on its EMBEDDED channels
     * @param failure the channel status its LIST_ACCOUNTS ends in, if it always fails
     * @param redirectValidity how long a REDIRECT authorization lasts
     * @param livingHistory whether its accounts' histories change on the clock ({@link LivingHistory})
     */
    record Bank(
            String id,
            String name,
            boolean unavailable,
            List<ChannelDef> channels,
            List<ChallengeStep> listAccountsAsks,
            Optional<ChannelState> failure,
            List<AccountDef> accounts,
            Duration redirectValidity,
            boolean livingHistory) {

        Optional<ChannelDef> channel(String channelId) {
            return channels.stream().filter(c -> c.id().equals(channelId)).findFirst();
        }

        boolean interactive() {
            return channels.stream().anyMatch(ChannelDef::interactive);
        }
    }

    /** The SMS code bank 87 expects. */
    static final String SMS_CODE = "123456";
    /** Attempts allowed for the SMS code. */
    static final int SMS_ATTEMPTS = 3;
    /** Seconds the user has to answer a challenge. */
    static final int CHALLENGE_TIMEOUT_SECONDS = 120;

    private static final List<CredentialDef> LOGIN_PASSWORD = List.of(
            new CredentialDef("300", "Identifiant", "^.{3,}$", "TEXT", false),
            new CredentialDef("301", "Mot de passe", "^.{4,}$", "PWD", true));

    private TestBanks() {}

    static Map<String, Bank> all() {
        Map<String, Bank> banks = new LinkedHashMap<>();
        List<AccountDef> standard = List.of(
                new AccountDef("Compte courant", "CHECKINGS"),
                new AccountDef("Livret A", "SAVINGS"),
                new AccountDef("Carte Visa", "CREDIT_CARD"),
                new AccountDef("Prêt immobilier", "LOAN"));
        add(
                banks,
                new Bank(
                        "87",
                        "Linxo Test Bank",
                        false,
                        List.of(
                                new ChannelDef(
                                        "8701", "REDIRECT", List.of("CHECKINGS", "CREDIT_CARD"), false, List.of()),
                                new ChannelDef(
                                        "8702", "EMBEDDED", List.of("CHECKINGS", "SAVINGS"), true, LOGIN_PASSWORD)),
                        Challenges.sms(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        false));
        add(
                banks,
                new Bank(
                        "119",
                        "HSBC",
                        false,
                        List.of(
                                new ChannelDef(
                                        "redirect1", "REDIRECT", List.of("CHECKINGS", "CREDIT_CARD"), false, List.of()),
                                new ChannelDef(
                                        "embedded1",
                                        "EMBEDDED",
                                        List.of("SAVINGS", "LOAN"),
                                        false,
                                        List.of(
                                                new CredentialDef(
                                                        "3500",
                                                        "Identifiant",
                                                        "^[\\a-zA-Z0-9@._-]{7,}$",
                                                        "TEXT",
                                                        false),
                                                new CredentialDef("3501", "Réponse mémorable", ".+", "PWD", false),
                                                new CredentialDef(
                                                        "3502",
                                                        "Mot de passe (8 car. min.)",
                                                        "^.{8,}$",
                                                        "PWD",
                                                        true)))),
                        List.of(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        false));
        addFailing(banks, "901", "Auth Failed Bank", "AUTH_FAILED", standard);
        addFailing(banks, "902", "Too Many Attempts Bank", "TOO_MANY_ATTEMPTS", standard);
        addFailing(banks, "903", "Password Change Bank", "PASSWORD_CHANGE_REQUIRED", standard);
        addFailing(banks, "904", "User Action Bank", "USER_ACTION_REQUIRED", standard);
        add(
                banks,
                new Bank(
                        "905",
                        "Unavailable Bank",
                        true,
                        List.of(new ChannelDef("9051", "EMBEDDED", List.of("CHECKINGS"), false, LOGIN_PASSWORD)),
                        List.of(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        false));
        add(
                banks,
                new Bank(
                        "906",
                        "Expiring Redirect Bank",
                        false,
                        List.of(new ChannelDef("9061", "REDIRECT", List.of("CHECKINGS"), false, List.of())),
                        List.of(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(3),
                        false));
        List<CredentialDef> withScenario = new ArrayList<>(LOGIN_PASSWORD);
        withScenario.add(new CredentialDef("302", "URL de scénario (facultatif)", "^(https?://.+)?$", "URL", false));
        add(
                banks,
                new Bank(
                        "907",
                        "Scenario Bank",
                        false,
                        List.of(new ChannelDef(
                                "9071", "EMBEDDED", List.of("CHECKINGS", "SAVINGS"), false, withScenario)),
                        List.of(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        false));
        add(
                banks,
                new Bank(
                        "908",
                        "Living Bank",
                        false,
                        List.of(new ChannelDef(
                                "9081", "EMBEDDED", List.of("CHECKINGS", "CREDIT_CARD"), false, LOGIN_PASSWORD)),
                        List.of(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        true));
        add(
                banks,
                new Bank(
                        "909",
                        "Quiz Bank",
                        false,
                        List.of(new ChannelDef("9091", "EMBEDDED", List.of("CHECKINGS"), true, LOGIN_PASSWORD)),
                        Challenges.everyInputType(),
                        Optional.empty(),
                        standard,
                        Duration.ofDays(90),
                        false));
        return banks;
    }

    private static void addFailing(
            Map<String, Bank> banks, String id, String name, String status, List<AccountDef> accounts) {
        add(
                banks,
                new Bank(
                        id,
                        name,
                        false,
                        List.of(new ChannelDef(id + "1", "EMBEDDED", List.of("CHECKINGS"), false, LOGIN_PASSWORD)),
                        List.of(),
                        Optional.of(ChannelState.valueOf(status)),
                        accounts,
                        Duration.ofDays(90),
                        false));
    }

    private static void add(Map<String, Bank> banks, Bank bank) {
        banks.put(bank.id(), bank);
    }

    static ObjectNode json(Bank bank) {
        ObjectNode provider = Json.object();
        provider.put("id", bank.id());
        provider.put("name", bank.name());
        provider.put("branch_name", "");
        provider.put("base_url", "https://bank-" + bank.id() + ".sandbox.invalid/");
        provider.put("logo_url", "https://static.oxlin.io/common/pictures/providers_logos/" + bank.id() + ".png");
        provider.put("country_code", "FRA");
        ArrayNode channels = provider.putArray("channel_definitions");
        for (ChannelDef channel : bank.channels()) {
            ObjectNode c = channels.addObject();
            c.put("id", channel.id());
            c.put("mode", channel.mode());
            ArrayNode types = c.putArray("account_types");
            channel.accountTypes().forEach(types::add);
            c.put("interactive", channel.interactive());
            ArrayNode credentials = c.putArray("credentials");
            for (CredentialDef credential : channel.credentials()) {
                ObjectNode f = credentials.addObject();
                f.put("id", credential.id());
                f.put("label", credential.label());
                f.put("regexp", credential.regexp());
                f.put("type", credential.type());
                f.put("encrypt", credential.encrypt());
            }
        }
        provider.put("unavailable", bank.unavailable());
        provider.put("interactive", bank.interactive());
        return provider;
    }

    /** The accounts a channel of the bank lists. */
    static List<AccountDef> accountsFor(Bank bank, ChannelDef channel) {
        List<AccountDef> listed = new ArrayList<>();
        for (AccountDef account : bank.accounts()) {
            if (channel.accountTypes().contains(account.type())) {
                listed.add(account);
            }
        }
        return listed;
    }
}
