package nl.aanjager.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * The Ed25519 key pair that signs tickets, made from a 32-byte seed derived from the configured
 * signing key: every replica, and every restart, signs with the same key without storing one.
 */
final class TicketSigner {
    /** An X.509 SubjectPublicKeyInfo of Ed25519 is a 12-byte header and the 32-byte key. */
    private static final int X509_HEADER = 12;

    private final KeyPair keyPair;

    TicketSigner(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // the JDK makes the private key from the 32 bytes its random source gives: give it the seed
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(Arrays.copyOf(seed, 32)));
            this.keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        }
    }

    byte[] sign(String body) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keyPair.getPrivate());
            signature.update(body.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a ticket", e);
        }
    }

    boolean verifies(String body, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(keyPair.getPublic());
            signature.update(body.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The raw 32-byte public key, as WebCrypto imports it ("raw" format). */
    byte[] publicKey() {
        byte[] encoded = keyPair.getPublic().getEncoded();
        return Arrays.copyOfRange(encoded, X509_HEADER, encoded.length);
    }

    /** A random source that gives the seed once; the generator asks for exactly 32 bytes. */
    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " bytes, got " + bytes.length);
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
