package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/** The JDK HttpClient against a sandbox, with no project client code: what any integrator would write. */
final class SandboxHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    final Sandbox sandbox;
    final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    SandboxHttp(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> send(String method, String url, String token, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> api(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        return send(method, sandbox.apiBaseUrl() + path, token, json, "application/json");
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    static String lastSegment(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response =
                send("POST", sandbox.authBaseUrl() + "/token", null, body, "application/x-www-form-urlencoded");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token failed: " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    String clientToken() throws IOException, InterruptedException {
        return token(Map.of(
                "grant_type",
                "client_credentials",
                "scope",
                "users_create",
                "provider",
                "LINXO_CONNECT",
                "client_id",
                SandboxConfig.DEFAULT_CLIENT_ID,
                "client_secret",
                SandboxConfig.DEFAULT_CLIENT_SECRET));
    }

    /** Creates a user and returns [userId, userToken]. */
    String[] newUser(String email) throws IOException, InterruptedException {
        HttpResponse<String> created =
                api("POST", "/users", clientToken(), "{\"email\":\"" + email + "\",\"password\":\"pw-" + email + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user creation failed: " + created.body());
        }
        String token = token(Map.of(
                "grant_type",
                "password",
                "username",
                email,
                "password",
                "pw-" + email,
                "client_id",
                SandboxConfig.DEFAULT_CLIENT_ID,
                "client_secret",
                SandboxConfig.DEFAULT_CLIENT_SECRET,
                "scope",
                "accounts_manage connections_manage connections_sync transactions_read"));
        return new String[] {lastSegment(created), token};
    }

    /** Creates a key and returns [keyId, armoredPublicKey]. */
    String[] newKey(String token) throws IOException, InterruptedException {
        String keyId = lastSegment(api("POST", "/keys", token, "{\"type\":\"PGP\"}"));
        JsonNode key = json(api("GET", "/keys/" + keyId, token, null));
        return new String[] {keyId, key.get("public_key").asText()};
    }

    /** Encrypts with Bouncy Castle directly (SEIPD v1, AES-256), as an integrator's own PGP code would. */
    static String encrypt(String armoredPublicKey, String plaintext) throws Exception {
        PGPPublicKeyRing ring = new PGPPublicKeyRing(
                new ArmoredInputStream(
                        new java.io.ByteArrayInputStream(armoredPublicKey.getBytes(StandardCharsets.US_ASCII))),
                new BcKeyFingerprintCalculator());
        PGPPublicKey key = ring.getPublicKey();
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true));
        generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(key));
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out);
                java.io.OutputStream encrypted = generator.open(armored, new byte[4096]);
                java.io.OutputStream literal = new PGPLiteralDataGenerator()
                        .open(encrypted, PGPLiteralData.UTF8, "", bytes.length, new Date())) {
            literal.write(bytes);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** Subscribes the user to the {@code connections} topic and returns the queue id. */
    String subscribeToConnections(String token) throws IOException, InterruptedException {
        return lastSegment(api("POST", "/queues/subscribe", token, "{\"topics\":[\"connections\"]}"));
    }

    /** Polls the queue. */
    JsonNode poll(String token, String queue) throws IOException, InterruptedException {
        return json(api("GET", "/queues/" + queue, token, null));
    }

    static String quote(String value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
