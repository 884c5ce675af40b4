package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.challenge.ChallengeType;
import io.oxlinkit.domain.id.CredentialId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SMS challenge sequence of the integration guide: 303/304 ("send the SMS?" OK/CANCEL), then
 * 305/306/308/307 (code sent, 6-digit code, time left, Validate), with 309 ("invalid code, N attempts
 * left") after a wrong code.
 */
public final class GuideChallenges {

    /** The phone number the guide's samples show. */
    public static final String PHONE = "0606060606";
    /** The code the guide's samples send. */
    public static final String CODE = "123456";

    private GuideChallenges() {}

    /** 303 + 304. */
    public static ChallengePrompt sendSms(String phone) {
        return new ChallengePrompt(List.of(
                Challenge.of(
                        CredentialId.of("303"),
                        "La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au {phone}. Souhaitez vous recevoir ce code maintenant ?",
                        ".*",
                        ChallengeType.INFO_MSG,
                        false,
                        Map.of("phone", phone)),
                Challenge.of(
                        CredentialId.of("304"), "Envoyer le SMS", ".*", ChallengeType.OK_CANCEL, false, Map.of())));
    }

    /** 305, [309 with {@code remainingAttempts}], 306, 308, 307. */
    public static ChallengePrompt smsCode(String phone, int remainingAttempts, boolean afterWrongCode) {
        List<Challenge> items = new ArrayList<>();
        items.add(Challenge.of(
                CredentialId.of("305"),
                "Un code a été envoyé par SMS sur votre téléphone au {phone}.",
                ".*",
                ChallengeType.INFO_MSG,
                false,
                Map.of("phone", phone)));
        if (afterWrongCode) {
            items.add(Challenge.of(
                    CredentialId.of("309"),
                    "Code invalide. Encore {remaining_attempts} tentatives",
                    ".*",
                    ChallengeType.ERROR_MSG,
                    false,
                    Map.of("remaining_attempts", Integer.toString(remainingAttempts))));
        }
        items.add(Challenge.of(CredentialId.of("306"), "Code", "^[0-9]{6}$", ChallengeType.NUMERIC, false, Map.of()));
        items.add(Challenge.of(
                CredentialId.of("308"),
                "Il vous reste {timeout} pour valider votre code.",
                ".*",
                ChallengeType.TIMEOUT_MSG,
                false,
                Map.of("timeout", "120")));
        items.add(Challenge.of(CredentialId.of("307"), "Valider", ".*", ChallengeType.OK_CANCEL, false, Map.of()));
        return new ChallengePrompt(items);
    }

    /** The guide's two steps: confirm sending, then the code with {@code attempts} tries. */
    public static List<ChallengeStep> sms(String phone, String code, int attempts) {
        ChallengeStep codeStep = new ChallengeStep(
                smsCode(phone, attempts, false),
                answers -> code.equals(answers.get("306")),
                left -> smsCode(phone, left, true),
                attempts);
        return List.of(ChallengeStep.confirm(sendSms(phone)), codeStep);
    }

    /**
     * One prompt asking every input type the guide names (TEXT, PWD, NUMERIC_PWD, DATE as dd/MM/yyyy) and
     * an OK_CANCEL; any answer matching the patterns is accepted.
     */
    public static List<ChallengeStep> everyInputType() {
        ChallengePrompt prompt = new ChallengePrompt(List.of(
                Challenge.of(
                        CredentialId.of("401"),
                        "Votre banque vérifie votre identité.",
                        ".*",
                        ChallengeType.INFO_MSG,
                        false,
                        Map.of()),
                Challenge.of(
                        CredentialId.of("402"),
                        "Nom de jeune fille de votre mère",
                        "^.+$",
                        ChallengeType.TEXT,
                        false,
                        Map.of()),
                Challenge.of(CredentialId.of("403"), "Mot de passe", "^.{4,}$", ChallengeType.PWD, false, Map.of()),
                Challenge.of(
                        CredentialId.of("404"),
                        "Code confidentiel",
                        "^[0-9]{4}$",
                        ChallengeType.NUMERIC_PWD,
                        false,
                        Map.of()),
                Challenge.of(
                        CredentialId.of("405"),
                        "Date de naissance",
                        "^[0-9]{2}/[0-9]{2}/[0-9]{4}$",
                        ChallengeType.DATE,
                        false,
                        Map.of()),
                Challenge.of(CredentialId.of("406"), "Valider", ".*", ChallengeType.OK_CANCEL, false, Map.of())));
        return List.of(new ChallengeStep(
                prompt,
                answers -> answers.getOrDefault("404", "").matches("[0-9]{4}")
                        && answers.getOrDefault("405", "").matches("[0-9]{2}/[0-9]{2}/[0-9]{4}")
                        && !answers.getOrDefault("402", "").isEmpty()
                        && answers.getOrDefault("403", "").length() >= 4,
                left -> prompt,
                3));
    }
}
