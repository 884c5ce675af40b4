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

    private GuideChallenges() {
    }

    /** 303 + 304. */
    public static ChallengePrompt sendSms(String phone) {
        return new ChallengePrompt(List.of(
                Challenge.of(CredentialId.of("303"), "La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au {phone}. Souhaitez vous recevoir ce code maintenant ?",
                        ".*", ChallengeType.INFO_MSG, false, Map.of("phone", phone)),
                Challenge.of(CredentialId.of("304"), "Envoyer le SMS", ".*", ChallengeType.OK_CANCEL, false, Map.of())));
    }

    /** 305, [309 with {@code remainingAttempts}], 306, 308, 307. */
    public static ChallengePrompt smsCode(String phone, int remainingAttempts, boolean afterWrongCode) {
        List<Challenge> items = new ArrayList<>();
        items.add(Challenge.of(CredentialId.of("305"), "Un code a été envoyé par SMS sur votre téléphone au {phone}.", ".*",
                ChallengeType.INFO_MSG, false, Map.of("phone", phone)));
        if (afterWrongCode) {
            items.add(Challenge.of(CredentialId.of("309"), "Code invalide. Encore {remaining_attempts} tentatives", ".*",
                    ChallengeType.ERROR_MSG, false, Map.of("remaining_attempts", Integer.toString(remainingAttempts))));
        }
        items.add(Challenge.of(CredentialId.of("306"), "Code", "^[0-9]{6}$", ChallengeType.NUMERIC, false, Map.of()));
        items.add(Challenge.of(CredentialId.of("308"), "Il vous reste {timeout} pour valider votre code.", ".*",
                ChallengeType.TIMEOUT_MSG, false, Map.of("timeout", "120")));
        items.add(Challenge.of(CredentialId.of("307"), "Valider", ".*", ChallengeType.OK_CANCEL, false, Map.of()));
        return new ChallengePrompt(items);
    }

    /** The guide's two steps: confirm sending, then the code with {@code attempts} tries. */
    public static List<ChallengeStep> sms(String phone, String code, int attempts) {
        ChallengeStep codeStep = new ChallengeStep(smsCode(phone, attempts, false),
                answers -> code.equals(answers.get("306")),
                left -> smsCode(phone, left, true), attempts);
        return List.of(ChallengeStep.confirm(sendSms(phone)), codeStep);
    }
}
