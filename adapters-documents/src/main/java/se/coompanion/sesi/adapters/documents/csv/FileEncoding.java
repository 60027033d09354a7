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
 * What one streaming pass over the whole file tells, before anything is decided: its SHA-256, whether it starts with
 * a byte order mark, whether it is valid UTF-8, and whether it has characters written as UTF-8 (two or more bytes).
 * Decided from the whole file: a valid UTF-8 file is UTF-8; a file with no UTF-8 character and some byte that is not
 * UTF-8 is Windows-1252 (what Swedish Excel saves as "CSV"); a file with both is {@link #mixed()} and refused, since
 * either reading would garble part of it (Ã… for Å), and such text would end up on envelopes.
 *
 * @param sha256   64 hex digits
 * @param charset  the detected or chosen character set
 * @param bom      bytes of a UTF-8 byte order mark to skip (0 or 3)
 * @param size     bytes in the file
 * @param hasNul   true when the file holds NUL bytes (not a text file, or UTF-16)
 * @param invalidUtf8At the offset of the first byte that is not valid UTF-8, or -1 when the file is valid UTF-8
 * @param utf8Characters characters of two or more bytes that are valid UTF-8 (the byte order mark not counted)
 * @param invalidByte the first byte that is not valid UTF-8 (0 to 255), or -1
 */
public record FileEncoding(String sha256, Charset charset, int bom, long size, boolean hasNul, long invalidUtf8At,
        long utf8Characters, int invalidByte) {

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
        int invalidByte = -1;
        long decoded = 0;
        boolean nul = false;
        long size = 0;
        byte[] first = new byte[3];
        int firstCount = 0;
        Decoding decoding = new Decoding(utf8);
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
                pending.put(chunk, 0, read);
                pending.flip();
                long at = decoding.decode(pending, false);
                if (at >= 0 && invalidAt < 0) {
                    invalidAt = decoded + at;
                    invalidByte = decoding.firstInvalid;
                }
                decoded += pending.position();
                pending.compact();
            }
        }
        pending.flip();
        long at = decoding.decode(pending, true);
        if (at >= 0 && invalidAt < 0) {
            invalidAt = decoded + at;
            invalidByte = decoding.firstInvalid;
        }
        boolean validUtf8 = invalidAt < 0;
        boolean bom = firstCount == 3 && (first[0] & 0xff) == 0xEF && (first[1] & 0xff) == 0xBB
                && (first[2] & 0xff) == 0xBF;
        long utf8Characters = decoding.nonAscii - (bom ? 1 : 0);
        Charset charset = switch (choice) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case WINDOWS_1252 -> WINDOWS_1252;
            case AUTO -> bom || validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        };
        int skip = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        return new FileEncoding(HexFormat.of().formatHex(digest.digest()), charset, skip, size, nul, invalidAt,
                utf8Characters, invalidByte);
    }

    /**
     * True when the file is neither encoding as a whole: it has characters written as UTF-8 (or starts with a UTF-8
     * byte order mark) and bytes that are not UTF-8 (a file saved as UTF-8 and edited by a program that wrote
     * Windows-1252, or two files joined).
     */
    public boolean mixed() {
        return !validUtf8() && (utf8Characters > 0 || bom > 0);
    }

    /**
     * True when the file is valid UTF-8 with characters beyond ASCII: read as Windows-1252, each of them would turn
     * into two or three wrong ones.
     */
    public boolean utf8Text() {
        return validUtf8() && utf8Characters > 0;
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

    /**
     * A UTF-8 decoder over the whole file that goes on past bytes that are not UTF-8 and counts the characters of two
     * or more bytes it decodes.
     */
    private static final class Decoding {
        private final CharsetDecoder decoder;
        private final CharBuffer sink = CharBuffer.allocate(64 * 1024);
        long nonAscii;
        int firstInvalid = -1;

        Decoding(CharsetDecoder decoder) {
            this.decoder = decoder;
        }

        /**
         * Decodes what the buffer holds (all of it at the end); returns the position of its first malformed byte, or
         * -1. The buffer's position is after what was decoded or skipped.
         */
        long decode(ByteBuffer in, boolean end) {
            long firstBad = -1;
            while (true) {
                CoderResult result = decoder.decode(in, sink, end);
                count();
                if (result.isError()) {
                    if (firstBad < 0) {
                        firstBad = in.position();
                        firstInvalid = in.get(in.position()) & 0xff;
                    }
                    in.position(in.position() + result.length());
                    continue;
                }
                if (result.isUnderflow()) {
                    if (end) {
                        if (in.hasRemaining() && firstBad < 0) {
                            firstBad = in.position();
                            firstInvalid = in.get(in.position()) & 0xff;
                        }
                        decoder.flush(sink);
                        count();
                    }
                    return firstBad;
                }
            }
        }

        private void count() {
            sink.flip();
            while (sink.hasRemaining()) {
                if (sink.get() > 0x7F) {
                    nonAscii++;
                }
            }
            sink.clear();
        }
    }
}
