package se.coompanion.sesi.adapters.documents.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What one streaming pass over a file tells: its SHA-256, whether it starts with a byte order mark, and
 * whether it is valid UTF-8 (otherwise it is read as Windows-1252, what Swedish Excel saves as "CSV").
 *
 * @param sha256   64 hex digits
 * @param charset  the detected or chosen character set
 * @param bom      bytes of a UTF-8 byte order mark to skip (0 or 3)
 * @param size     bytes in the file
 * @param hasNul   true when the file holds NUL bytes (not a text file, or UTF-16)
 * @param invalidUtf8At the offset of the first byte that is not valid UTF-8, or -1 when the file is valid UTF-8
 */
public record FileEncoding(String sha256, Charset charset, int bom, long size, boolean hasNul, long invalidUtf8At) {

    /** Windows-1252: the "ANSI" code page of Swedish Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How the user asked the file to be read. */
    public enum Choice {
        AUTO, UTF_8, WINDOWS_1252;

        public static Choice parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "auto" -> AUTO;
                case "utf-8", "utf8" -> UTF_8;
                case "windows-1252", "cp1252", "ansi", "latin-1", "iso-8859-1" -> WINDOWS_1252;
                default -> throw new IllegalArgumentException(text);
            };
        }
    }

    /** Reads the whole file once; detects the encoding unless the choice fixes it. */
    public static FileEncoding scan(Path file, Choice choice) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long invalidAt = -1;
        long decoded = 0;
        boolean nul = false;
        long size = 0;
        byte[] first = new byte[3];
        int firstCount = 0;
        CharBuffer sink = CharBuffer.allocate(64 * 1024);
        ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
                for (int i = 0; i < read && firstCount < 3 && size + i < 3; i++) {
                    first[firstCount++] = chunk[i];
                }
                for (int i = 0; i < read && !nul; i++) {
                    nul = chunk[i] == 0;
                }
                size += read;
                if (invalidAt < 0) {
                    pending.put(chunk, 0, read);
                    pending.flip();
                    if (!decodeAll(utf8, pending, sink, false)) {
                        invalidAt = decoded + pending.position();
                    }
                    decoded += pending.position();
                    pending.compact();
                }
            }
        }
        if (invalidAt < 0) {
            pending.flip();
            if (!decodeAll(utf8, pending, sink, true) || pending.hasRemaining() || utf8.flush(sink).isError()) {
                invalidAt = decoded + pending.position();
            }
        }
        boolean validUtf8 = invalidAt < 0;
        boolean bom = firstCount == 3 && (first[0] & 0xff) == 0xEF && (first[1] & 0xff) == 0xBB
                && (first[2] & 0xff) == 0xBF;
        Charset charset = switch (choice) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case WINDOWS_1252 -> WINDOWS_1252;
            case AUTO -> bom || validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        };
        int skip = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        return new FileEncoding(HexFormat.of().formatHex(digest.digest()), charset, skip, size, nul, invalidAt);
    }

    /** True when every byte sequence is valid UTF-8. */
    public boolean validUtf8() {
        return invalidUtf8At < 0;
    }

    /** The line (from 1) of the first byte that is not valid UTF-8, or 0 when the file is valid UTF-8. */
    public int invalidUtf8Line(Path file) throws IOException {
        if (invalidUtf8At < 0) {
            return 0;
        }
        int line = 1;
        long position = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            for (int read = in.read(chunk); read >= 0 && position < invalidUtf8At; read = in.read(chunk)) {
                for (int i = 0; i < read && position < invalidUtf8At; i++, position++) {
                    if (chunk[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }

    /** Decodes what it can; false on malformed input (the buffer's position is then at the malformed bytes). */
    private static boolean decodeAll(CharsetDecoder decoder, ByteBuffer in, CharBuffer sink, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(in, sink, end);
            sink.clear();
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }
}
