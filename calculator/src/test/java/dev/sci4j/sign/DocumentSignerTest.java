package dev.sci4j.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSignerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final KeyPair KEYS = Ed25519Keys.generate();

    @TempDir
    Path dir;

    private ObjectNode signed() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(
                "{\"vendor\":{\"name\":\"甲公司\"},\"result\":{\"sciGPerUnit\":0.0000264},\"list\":[1,2,3]}");
        SignatureBlock block = DocumentSigner.sign(doc, KEYS.getPrivate(), KEYS.getPublic());
        doc.set(SignatureBlock.MEMBER, MAPPER.valueToTree(block));
        return doc;
    }

    private boolean valid(ObjectNode doc) throws Exception {
        SignatureBlock block = MAPPER.treeToValue(doc.get(SignatureBlock.MEMBER), SignatureBlock.class);
        return DocumentSigner.verify(doc, block, KEYS.getPublic());
    }

    @Test
    void anUntouchedDocumentVerifiesEvenWhenReformatted() throws Exception {
        ObjectNode doc = signed();
        assertThat(valid(doc)).isTrue();
        ObjectNode reparsed = (ObjectNode) MAPPER.readTree(doc.toPrettyString());
        assertThat(valid(reparsed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"number", "string", "added field", "removed field", "array order"})
    void anyEditIsDetected(String edit) throws Exception {
        ObjectNode doc = signed();
        Consumer<ObjectNode> change = switch (edit) {
            case "number" -> d -> ((ObjectNode) d.get("result")).put("sciGPerUnit", 0.0000263);
            case "string" -> d -> ((ObjectNode) d.get("vendor")).put("name", "乙公司");
            case "added field" -> d -> d.put("note", "");
            case "removed field" -> d -> d.remove("list");
            default ->
                d -> {
                    ArrayNode l = (ArrayNode) d.get("list");
                    l.remove(0);
                    l.add(1);
                };
        };
        change.accept(doc);
        assertThat(valid(doc)).isFalse();
    }

    @Test
    void anotherKeyDoesNotVerify() throws Exception {
        ObjectNode doc = signed();
        SignatureBlock block = MAPPER.treeToValue(doc.get(SignatureBlock.MEMBER), SignatureBlock.class);
        assertThat(DocumentSigner.verify(doc, block, Ed25519Keys.generate().getPublic()))
                .isFalse();
    }

    @Test
    void keysRoundTripThroughPemFiles() throws Exception {
        Ed25519Keys.write(KEYS, dir.resolve("v.key"), dir.resolve("v.pub"));
        assertThat(Files.readString(dir.resolve("v.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("v.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Ed25519Keys.readPublic(dir.resolve("v.pub"))).isEqualTo(KEYS.getPublic());
        assertThat(Ed25519Keys.readPrivate(dir.resolve("v.key")).getEncoded())
                .isEqualTo(KEYS.getPrivate().getEncoded());
    }

    @Test
    void anyOtherCanonicalizationTextFailsVerification() throws Exception {
        ObjectNode doc = signed();
        ((ObjectNode) doc.get(SignatureBlock.MEMBER)).put("canonicalization", "whatever the signer liked");

        assertThat(valid(doc)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"65 bytes", "no padding", "line break"})
    void aSignatureValueThatIsNotExactly64BytesInCanonicalBase64FailsVerification(String edit) throws Exception {
        ObjectNode doc = signed();
        ObjectNode block = (ObjectNode) doc.get(SignatureBlock.MEMBER);
        String value = block.get("value").asText();
        byte[] bytes = java.util.Base64.getDecoder().decode(value);
        String changed = switch (edit) {
            case "65 bytes" -> java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 65));
            case "no padding" -> value.replace("=", "");
            default -> value.substring(0, 10) + "\n" + value.substring(10);
        };
        block.put("value", changed);

        assertThat(valid(doc)).isFalse();
    }
}
