package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The challenges the test banks ask, as JSON items and as the steps of a job. */
final class Challenges {

    static final String PHONE = "0606060606";

    private Challenges() {}

    /** 303 (INFO_MSG with {phone}) and 304 (OK_CANCEL). */
    static ArrayNode sendSms() {
        ArrayNode items = Json.array();
        item(
                        items,
                        "303",
                        "La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au {phone}. Souhaitez vous recevoir ce code maintenant ?",
                        ".*",
                        "INFO_MSG")
                .putObject("params")
                .put("phone", PHONE);
        item(items, "304", "Envoyer le SMS", ".*", "OK_CANCEL");
        return items;
    }

    /** 305, [309 with the attempts left], 306, 308, 307. */
    static ArrayNode smsCode(int remainingAttempts, boolean afterWrongCode) {
        ArrayNode items = Json.array();
        item(items, "305", "Un code a été envoyé par SMS sur votre téléphone au {phone}.", ".*", "INFO_MSG")
                .putObject("params")
                .put("phone", PHONE);
        if (afterWrongCode) {
            item(items, "309", "Code invalide. Encore {remaining_attempts} tentatives", ".*", "ERROR_MSG")
                    .putObject("params")
                    .put("remaining_attempts", Integer.toString(remainingAttempts));
        }
        item(items, "306", "Code", "^[0-9]{6}$", "NUMERIC");
        item(items, "308", "Il vous reste {timeout} pour valider votre code.", ".*", "TIMEOUT_MSG")
                .putObject("params")
                .put("timeout", Integer.toString(TestBanks.CHALLENGE_TIMEOUT_SECONDS));
        item(items, "307", "Valider", ".*", "OK_CANCEL");
        return items;
    }

    /** The guide's sequence: confirm sending the SMS (304), then the code (306) with Validate (307), 3 attempts. */
    static List<ChallengeStep> sms() {
        return List.of(
                new ChallengeStep(sendSms(), left -> sendSms(), answers -> "true".equals(answers.get("304")), "304", 1),
                new ChallengeStep(
                        smsCode(TestBanks.SMS_ATTEMPTS, false),
                        left -> smsCode(left, true),
                        answers -> TestBanks.SMS_CODE.equals(answers.get("306")) && !"false".equals(answers.get("307")),
                        "307",
                        TestBanks.SMS_ATTEMPTS));
    }

    /** One prompt with a TEXT, a PWD, a NUMERIC_PWD (4 digits) and a DATE (dd/MM/yyyy) input, and OK_CANCEL. */
    static List<ChallengeStep> everyInputType() {
        ArrayNode items = Json.array();
        item(items, "501", "Pour votre sécurité, répondez aux questions suivantes.", ".*", "INFO_MSG");
        item(items, "502", "Ville de naissance", "^.+$", "TEXT");
        item(items, "503", "Mot de passe", "^.{4,}$", "PWD");
        item(items, "504", "Code secret", "^[0-9]{4}$", "NUMERIC_PWD");
        item(items, "505", "Date de naissance (JJ/MM/AAAA)", "^[0-3][0-9]/[01][0-9]/[12][0-9]{3}$", "DATE");
        item(items, "506", "Valider", ".*", "OK_CANCEL");
        return List.of(new ChallengeStep(
                items,
                left -> items,
                answers -> !answers.getOrDefault("502", "").isEmpty()
                        && answers.getOrDefault("503", "").length() >= 4
                        && answers.getOrDefault("504", "").matches("[0-9]{4}")
                        && answers.getOrDefault("505", "").matches("[0-3][0-9]/[01][0-9]/[12][0-9]{3}"),
                "506",
                3));
    }

    private static ObjectNode item(ArrayNode items, String id, String label, String regexp, String type) {
        ObjectNode item = items.addObject();
        item.put("id", id);
        item.put("label", label);
        item.put("regexp", regexp);
        item.put("type", type);
        item.put("encrypt", false);
        return item;
    }
}
