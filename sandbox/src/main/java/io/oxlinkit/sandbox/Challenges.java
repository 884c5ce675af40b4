package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The guide's SMS challenge items, as JSON. */
final class Challenges {

    static final String PHONE = "0606060606";

    private Challenges() {
    }

    /** 303 (INFO_MSG with {phone}) and 304 (OK_CANCEL). */
    static ArrayNode sendSms() {
        ArrayNode items = Json.array();
        item(items, "303", "La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au {phone}. Souhaitez vous recevoir ce code maintenant ?",
                ".*", "INFO_MSG").putObject("params").put("phone", PHONE);
        item(items, "304", "Envoyer le SMS", ".*", "OK_CANCEL");
        return items;
    }

    /** 305, [309 with the attempts left], 306, 308, 307. */
    static ArrayNode smsCode(int remainingAttempts, boolean afterWrongCode) {
        ArrayNode items = Json.array();
        item(items, "305", "Un code a été envoyé par SMS sur votre téléphone au {phone}.", ".*", "INFO_MSG")
                .putObject("params").put("phone", PHONE);
        if (afterWrongCode) {
            item(items, "309", "Code invalide. Encore {remaining_attempts} tentatives", ".*", "ERROR_MSG")
                    .putObject("params").put("remaining_attempts", Integer.toString(remainingAttempts));
        }
        item(items, "306", "Code", "^[0-9]{6}$", "NUMERIC");
        item(items, "308", "Il vous reste {timeout} pour valider votre code.", ".*", "TIMEOUT_MSG")
                .putObject("params").put("timeout", Integer.toString(TestBanks.CHALLENGE_TIMEOUT_SECONDS));
        item(items, "307", "Valider", ".*", "OK_CANCEL");
        return items;
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
